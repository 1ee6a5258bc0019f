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
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
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

/** True for a token that can be part of a personal or proper name. */
export function isNameToken(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || TIME_WORDS.has(t.lower) || TITLE_MODIFIERS.has(t.lower)) return false;
  if (t.pos === 'PROPN') return true;
  // A capitalised noun inside a sentence is a name the tagger took for a word ("President Bush").
  if (i > 0 && t.pos === 'NOUN' && /^\p{Lu}\p{Ll}/u.test(t.text)) return true;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const between = prev?.pos === 'PROPN' && next?.pos === 'PROPN';
  // "Jean-Claude", "Ki-moon"; "de Mistura", "bin Salman"
  return between && (t.lower === '-' || NAME_PARTICLES.has(t.lower));
}
