/**
 * Imported verb patterns coding sentences, merged over the built-in ones: each PETRARCH
 * construct Parley reads, on a sentence, with the built-in actors.
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../actors/index.js';
import { brief, fixtures, sentence } from '../../../test/support.js';
import { codeSentence } from '../index.js';
import type { CodedEvent } from '../index.js';
import { parsePetrarchVerbs, withImportedVerbs } from './index.js';

const DICTIONARY = `
&CURRENCY
+DOLLAR
+SWISS_FRANC

--- JOURNEY [032:033] ---
JOURNEY

--- CELEBRATE [---] ---
CELEBRATE
- * EID AT ^ WITH + [043]

--- BESTOW [070] ---
BESTOW
- * &CURRENCY [903]
- * SPARE_CURRENCY [075A]
- * OLD_CLOTHES [---]

--- RECEIVE [---] ---
RECEIVE
- + * MONEY (FROM $) [071]

--- ENTER [---] ---
ENTER
- TROOPS * [1721]

--- FACE [---] ---
FACE
- * CHARGES [:112]

--- LIAISE [036:036] ---
LIAISE

--- DELAY [---] ---
DELAY
- % HAVE * [191]

--- SAID [023] ---
SAID

--- ACCUSE [111] ---
ACCUSE

--- EXCLUDE [1721] ---
+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF}
- * (FOR CONSTRUCTION) [071]

--- FIRE [---] ---
FIRE
- * ARTILLERY [194]

--- WELCOME [041] ---
WELCOME

--- SEAL [---] ---
SEAL
- * TRADE PROTOCOL [061]

--- GRANT [---] ---
GRANT
- * REALLY_WARM_PLACE [043]

--- PHONE [036] ---
PHONE
- QUIETLY_ALSO_* [040]

--- DROP [081] ---
DROP
- * NEW_&CURRENCY [061]
- * REVISED &CURRENCY RULES [062]

--- SPEAK [---] ---
SPEAK
- NEVER_* (TO +) [0311]
`;

const { ontology, patterns, refusals, intents, demands } = fixtures().knowledge.coder;
const imported = parsePetrarchVerbs(DICTIONARY, 'mine.verbs');
const { coder, warnings } = withImportedVerbs({ ontology, patterns, refusals, intents, demands }, [
  imported,
]);

function coded(text: string): CodedEvent[] {
  const s = sentence(text);
  return codeSentence(coder, s, findMentions(fixtures().knowledge.actors, s));
}

describe('imported verb patterns', () => {
  it('read without problems', () => {
    expect(imported.problems.map((p) => p.message)).toEqual([]);
  });

  it.each([
    // An isolated verb codes alone; its target is the first actor after it (here in a PP).
    ['Russia journeyed to Turkey.', ['RUS 032 TUR', 'TUR 033 RUS']],
    // `^` steps over a noun phrase, `+` binds the target.
    ['Russia celebrated Eid at Sochi with Turkey.', ['RUS 043 TUR']],
    // A synset phrase of two words; codes the ontology lacks still code.
    ['Russia bestowed a million swiss francs on Turkey.', ['RUS 903 TUR']],
    ['Russia bestowed spare currency on Turkey.', ['RUS 075A TUR']],
    // The null code wins and codes nothing (the isolated BESTOW [070] would).
    ['Russia bestowed old clothes on Turkey.', []],
    ['Russia bestowed gifts on Turkey.', ['RUS 070 TUR']],
    // `+` before the verb: the subject is the target; `$` after it, the source.
    ['Turkey received money from Russia.', ['RUS 071 TUR']],
    // Words before the verb.
    ['Russian troops entered Turkey.', ['RUSMIL 1721 TUR']],
    ['Russian officials entered Turkey.', []],
    // Only the reverse event of `[:112]`.
    ['Russia faced charges from Turkey.', ['TUR 112 RUS']],
    // A pattern's word matches as written, as in PETRARCH: CHARGES is not "charge".
    ['Russia faced a charge from Turkey.', []],
    // `[036:036]`: one mutual event.
    ['Russia liaised with Turkey.', ['RUS 036 TUR [mutual]']],
    // `%` before the verb: coordinated actors acting on each other.
    ['Russia and Turkey have delayed their meeting.', ['RUS 191 TUR [mutual]']],
    ['Russia has delayed its meeting.', []],
    // A verb listed as written, not by its lemma.
    ['Russia said nothing.', ['RUS 023 -']],
    // A multi-word verb and its irregular form, with and without a pattern.
    ['Russian troops cordoned off the border with Turkey.', ['RUSMIL 1721 TUR']],
    ['Russian troops cordoned off for construction the road to Turkey.', ['RUSMIL 071 TUR']],
    // `_` joins a word to the verb; adverbs named by a pattern are matched. A pattern that
    // names the negation codes the act it describes: the event is not negated.
    ['Russia never spoke to Turkey.', ['RUS 0311 TUR']],
    // The implicit target is not the word the pattern names ("artillery").
    ['Russia fired two artillery shells at Turkey.', ['RUS 194 TUR']],
    // `_`: nothing between the joined words; a blank lets words come between.
    ['Russia dropped the new dollar with Turkey.', ['RUS 061 TUR']],
    ['Russia dropped the new paper dollar with Turkey.', ['RUS 081 TUR']],
    ['Russia quietly also phoned Turkey.', ['RUS 040 TUR']],
    ['Russia quietly then also phoned Turkey.', ['RUS 036 TUR']],
    // `A_*`: right before the verb, not before its auxiliary.
    ['Russia quietly also has phoned Turkey.', ['RUS 036 TUR']],
    // A blank lets up to four words come between.
    ['Russia sealed a new ten year trade protocol with Turkey.', ['RUS 061 TUR']],
    // The implicit target: after the pattern's words, else among those it stepped over.
    ['Russia granted that Turkey is a really warm place.', ['RUS 043 TUR']],
    // A participle with its agent after the object is part of the object's phrase.
    ['Russia welcomed the memos sent by Turkey.', ['RUS 041 TUR']],
    // A participle right after the verb modifies its object ("revised"), in its clause.
    ['Russia dropped revised dollar rules with Turkey.', ['RUS 062 TUR']],
  ])('%s', (text, expected) => {
    expect(coded(text).map(brief)).toEqual(expected);
  });

  it('codes a verb it matches over the built-in patterns, which code the rest', () => {
    // Built-in `1123 accuse +T of bombing` is more specific, but ACCUSE [111] matches.
    expect(coded('Turkey accused Russia.').map(brief)).toEqual(['TUR 111 RUS']);
    expect(coded('Turkey accused Russia of bombing hospitals.').map(brief)).toEqual([
      'TUR 111 RUS',
    ]);
    // No imported pattern for "condemn": Parley's own codes it.
    expect(coded('Turkey condemned Russia.').map(brief)).toEqual(['TUR 111 RUS']);
  });

  it('keeps the saying only when nothing else is coded, and its speaker is named', () => {
    expect(coded('Turkey accused Russia, an official said.').map(brief)).toEqual(['TUR 111 RUS']);
    expect(coded('A Turkish official said.').map(brief)).toEqual(['TURGOV 023 -']);
    // …and only when it names the speaker's country, organisation or name.
    expect(coded('A senior official said.').map(brief)).toEqual([]);
  });

  it('explains each event by the imported line', () => {
    const [event] = coded('Russia celebrated Eid at Sochi with Turkey.');
    expect(event?.rule).toBe('mine.verbs:11 043 CELEBRATE * EID AT ^ WITH +');
    expect(event?.why.pattern).toBe('mine.verbs:11');
  });

  it('codes a code the ontology lacks like its CAMEO ancestor, or as neutral', () => {
    const [aid] = coded('Russia bestowed spare currency on Turkey.');
    const parent = ontology.get('075');
    expect(aid).toMatchObject({
      cameo: '075A',
      goldstein: parent?.goldstein,
      quad: parent?.quad,
      plover: parent?.plover,
    });
    const [weis] = coded('Russia bestowed a million swiss francs on Turkey.');
    expect(weis).toMatchObject({ cameo: '903', goldstein: 0, quad: 1, plover: null });
    expect(warnings.map((w) => w.message)).toEqual([
      'mine.verbs:15: code 903 is not in the CAMEO ontology; it has no CAMEO root: coded with Goldstein 0, quad class 1 and no PLOVER type',
      `mine.verbs:16: code 075A is not in the CAMEO ontology; coded like 075 (${parent?.name ?? ''})`,
    ]);
  });

  it('leaves the built-in knowledge as it was', () => {
    expect(ontology.has('903')).toBe(false);
    expect(patterns.verbs.get('journey')).toBeUndefined();
  });
});
