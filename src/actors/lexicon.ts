import { MONTHS, WEEKDAYS } from '../calendar.js';
import type { Token } from '../text/index.js';

/** Hyphenated participles that make the country a sponsor, not the actor ("US-backed rebels"). */
export const SPONSOR_PARTICIPLES: ReadonlySet<string> = new Set([
  'backed',
  'sponsored',
  'supported',
  'funded',
  'armed',
  'allied',
  'aligned',
  'trained',
  'brokered',
  'mediated',
  'installed',
  'controlled',
  'held',
  'occupied',
  'friendly',
  'leaning',
]);

/** Proper nouns that are dates, not names: "Russia Monday said" does not make "Russia Monday". */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...MONTHS,
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'oct.',
  'nov.',
  'dec.',
]);

/** Capitalised words before a title that are not names ("Former President Obama"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former',
  'then',
  'ex',
  'acting',
  'interim',
  'caretaker',
  'outgoing',
  'incoming',
  'late',
  'deputy',
  'new',
  'current',
  'previous',
  'disgraced',
  'ousted',
  'exiled',
  'embattled',
  'veteran',
]);

/** Lower-case particles inside personal names ("Staffan de Mistura", "Mohammed bin Salman"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'da',
  'di',
  'del',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'abu',
  'ben',
]);

/** "Saudi-led coalition", "Russian-commanded forces": the country is the actor's own. */
export const LEAD_PARTICIPLES: ReadonlySet<string> = new Set([
  'led',
  'commanded',
  'run',
  'controlled',
  'dominated',
]);

/** Tokens that may sit between two dictionary matches of one actor ("Russia's deputy foreign minister"). */
export function isGlue(t: Token): boolean {
  return (
    t.pos === 'ADJ' ||
    t.pos === 'NOUN' ||
    t.pos === 'PROPN' ||
    t.pos === 'NUM' ||
    t.lower === "'s" ||
    t.lower === "'" ||
    t.lower === '-'
  );
}

/** Quantity words that a capital at the start of a sentence does not make a name ("Thousands of …"). */
const QUANTITIES: ReadonlySet<string> = new Set([
  'thousands',
  'hundreds',
  'dozens',
  'scores',
  'tens',
  'millions',
  'some',
  'about',
  'around',
  'nearly',
  'approximately',
]);

/** True for a token that can be part of a personal or proper name. */
export function isNameToken(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || TIME_WORDS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || QUANTITIES.has(t.lower)) {
    return false;
  }
  if (t.pos === 'PROPN') return true;
  // A capitalised noun inside a sentence is a name the tagger took for a word ("President Bush").
  if (i > 0 && t.pos === 'NOUN' && /^\p{Lu}\p{Ll}/u.test(t.text)) return true;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const between = prev?.pos === 'PROPN' && next?.pos === 'PROPN';
  // "Jean-Claude", "Ki-moon"; "de Mistura", "bin Salman"; "Veterans For Peace"
  const capitalisedWord =
    /^\p{Lu}\p{Ll}+$/u.test(t.text) && (t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'DET');
  return between && (t.lower === '-' || NAME_PARTICLES.has(t.lower) || capitalisedWord);
}

/** Nouns after a country that still leave the country the actor: time words ("Albania today"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'weekend',
  'month',
  'year',
]);

/** Place nouns: a country before one is named as a place of events ("Montenegro province"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'province',
  'region',
  'city',
  'town',
  'village',
  'border',
  'capital',
  'territory',
  'area',
  'district',
  'coast',
  'countryside',
  'frontier',
  'soil',
  'airspace',
  'waters',
]);

/**
 * Nouns for groups of people: a country before one names those people ("Russian civilian
 * advisers", "French paper workers"), and a sector adjective before one is their sector.
 */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'adviser',
  'advisor',
  'worker',
  'immigrant',
  'migrant',
  'citizen',
  'national',
  'member',
  'representative',
  'supporter',
  'volunteer',
  'personnel',
  'staff',
  'crew',
  'delegate',
  'team',
  'community',
  'minority',
  'majority',
  'youth',
  'family',
  'child',
  'woman',
  'man',
  'people',
  'population',
  'group',
  'side',
  'camp',
  'faction',
  'unit',
  'contingent',
  'partner',
  'ally',
  'counterpart',
  'envoy',
  'expert',
  'specialist',
  'engineer',
  'pilot',
  'sailor',
  'crewman',
  'committee',
  'commission',
  'panel',
  'delegation',
  'mission',
  'hacker',
  'leader',
]);

/**
 * Nouns for what an actor says, proposes or makes: the country before one is the actor
 * ("rejected an Australian ultimatum", "a Senegalese peace plan", "a UN resolution").
 */
export const PRODUCT_NOUNS: ReadonlySet<string> = new Set([
  'ultimatum',
  'plan',
  'proposal',
  'offer',
  'demand',
  'call',
  'request',
  'initiative',
  'statement',
  'warning',
  'threat',
  'resolution',
  'decision',
  'bid',
  'policy',
  'position',
  'stance',
  'accusation',
  'allegation',
  'claim',
  'report',
  'veto',
  'draft',
  'appeal',
  'invitation',
  'condemnation',
  'criticism',
  'support',
  'aid',
  'assistance',
  'sanction',
  'embargo',
  'goods',
  'good',
  'product',
  'export',
  'import',
  'attack',
  'strike',
  'offensive',
  'incursion',
  'invasion',
  'shelling',
  'bombardment',
  'airstrike',
  'raid',
  'blockade',
  'occupation',
  'presence',
]);

/** Words that make the person a former official, whatever the date ("ousted President Akayev"). */
export const FORMER_WORDS: ReadonlySet<string> = new Set([
  'former',
  'ousted',
  'ex',
  'deposed',
  'exiled',
  'erstwhile',
  'onetime',
  'one-time',
  'toppled',
]);

/** Words between an organisation and a country that make the country the actor ("NATO member Turkey"). */
export const MEMBER_WORDS: ReadonlySet<string> = new Set(['member', 'state', 'ally', 'partner']);
