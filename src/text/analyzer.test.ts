import { describe, expect, it } from 'vitest';
import { fixtures } from '../../test/support.js';

const split = (text: string): string[] =>
  fixtures()
    .analyzer.sentences(text)
    .map((s) => s.text);

describe('sentences', () => {
  it.each([
    [
      'abbreviations',
      'The U.S. and the U.N. met on Feb. 10. Gen. Smith attended.',
      ['The U.S. and the U.N. met on Feb. 10.', 'Gen. Smith attended.'],
    ],
    [
      'initials',
      'J. R. Smith met Lavrov. They talked.',
      ['J. R. Smith met Lavrov.', 'They talked.'],
    ],
    [
      'quotes ending a sentence',
      '“We are ready to talk,” Gatilov said. Kerry agreed.',
      ['“We are ready to talk,” Gatilov said.', 'Kerry agreed.'],
    ],
    [
      'a line break is a paragraph end',
      'BERLIN\nThe talks ended on Friday.',
      ['BERLIN', 'The talks ended on Friday.'],
    ],
    [
      'question and exclamation',
      'Will Russia attend? It will!',
      ['Will Russia attend?', 'It will!'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('gives offsets into the article text', () => {
    const text = 'First paragraph here.\nSecond one. Third one.';
    for (const s of fixtures().analyzer.sentences(text)) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.tokens) expect(s.text.slice(t.start, t.end)).toBe(t.text);
    }
  });
});

describe('part-of-speech fixes', () => {
  const tagged = (text: string): string =>
    (fixtures().analyzer.sentences(text)[0]?.tokens ?? [])
      .filter((t) => t.pos === 'VERB')
      .map((t) => `${t.text}/${t.lemma}`)
      .join(' ');
  it.each([
    // A past tense read as a noun or adjective, between subject and object, is a verb.
    ['Iraqi forces retook Mosul.', 'retook/retake'],
    ['Islamic State beheaded a hostage.', 'beheaded/behead'],
    ['Israel blockaded the Gaza Strip.', 'blockaded/blockade'],
    ['Qatar mediated between the rivals.', 'mediated/mediate'],
    ['Soldiers shot dead a protester.', 'shot/shoot'],
    // A participle that usually modifies is the verb when the sentence has no other.
    ['Armenian police detained Russian protesters.', 'detained/detain'],
    ['Police released the detained activists.', 'released/release'],
    // …but not a participle inside a noun phrase.
    ['The displaced people returned.', 'returned/return'],
    ['Russian ground forces entered.', 'entered/enter'],
    // Hyphenated compounds and noun modifiers are not verbs.
    ['They agreed to a 72-hour cease-fire.', 'agreed/agree'],
    ['Rebels attacked a government-held district.', 'attacked/attack'],
    ['Police fired tear gas at protesters.', 'fired/fire'],
    // A subjunctive verb after "that" and a name.
    ['Britain demanded that Iran release the sailors.', 'demanded/demand release/release'],
    // An -ing form after "be", before an object, is a progressive verb.
    ['Israel is bombing Gaza.', 'bombing/bomb'],
    ['Israel is striking Syria.', 'striking/strike'],
    ['Russia was shelling the city.', 'shelling/shell'],
    ['The shelling was heavy.', ''],
    // Lemmas the model gets wrong.
    ['Rebels staged an attack and waged war.', 'staged/stage waged/wage'],
    // A headline's present verb, read as a noun, before a bare object…
    ['Venezuela releases dozens of political activists.', 'releases/release'],
    ['Saudi Arabia lifts blockade of Qatar.', 'lifts/lift'],
    ['Iraqi Special Forces arrest a suspect in Mosul.', 'arrest/arrest'],
    // …but not after a finite verb, nor a noun before a verb.
    ['Officials said Russia talks resumed.', 'said/say resumed/resume'],
    ['The Paris attacks shocked France.', 'shocked/shock'],
  ])('%s → %s', (text, verbs) => expect(tagged(text)).toBe(verbs));
});

describe('a capital at the start of a sentence', () => {
  const first = (text: string): string => {
    const t = fixtures()
      .analyzer.sentences(text)[0]
      ?.tokens.find((x) => x.pos !== 'PUNCT');
    return `${t?.text ?? ''}/${t?.pos ?? ''}`;
  };
  it.each([
    // Common words are not names…
    ['Furious Theresa May spoke.', 'Furious/ADJ'],
    ['Armed men attacked.', 'Armed/ADJ'],
    ['"Several countries objected," he said.', 'Several/ADJ'],
    // …but names the vocabulary does not hold stay names, and nouns stay nouns.
    ['Maduro closed the border.', 'Maduro/PROPN'],
    ['North Korea fired missiles.', 'North/PROPN'],
  ])('%s → %s', (text, expected) => expect(first(text)).toBe(expected));
});

describe('a preposition that qualifies a number', () => {
  const tags = (text: string, word: string): string =>
    fixtures()
      .analyzer.sentences(text)[0]
      ?.tokens.filter((t) => t.lower === word)
      .map((t) => t.pos)
      .join(' ') ?? '';
  it.each([
    ['About 2,000 refugees fled to Sudan.', 'about', 'ADV'],
    ['Police detained over 20 protesters.', 'over', 'ADV'],
    ['Germany accepts more than 1,500 refugees.', 'than', 'ADV'],
    // After a noun the number is the preposition's object.
    ['The dispute over two islands deepened.', 'over', 'ADP'],
  ])('%s: %s → %s', (text, word, expected) => expect(tags(text, word)).toBe(expected));
});

describe('noun phrases', () => {
  const phrases = (text: string): string[] => {
    const s = fixtures().analyzer.sentences(text)[0];
    return (s?.nounPhrases ?? []).map((p) =>
      s
        ? s.tokens
            .slice(p.start, p.end)
            .map((t) => t.text)
            .join(' ')
        : '',
    );
  };
  it.each([
    // A participle between a determiner or a hyphen and a noun stays inside the phrase…
    ['The stalled talks resumed.', ['The stalled talks']],
    ['US-backed rebels advanced.', ['US - backed rebels']],
    // …but after a name and an adjective it is the predicate.
    ['The US military struck Syria.', ['The US', 'Syria']],
    // A day after a common noun is when, not part of the phrase.
    ['Police deported a man Friday.', ['Police', 'a man', 'Friday']],
    ['Black Friday sales fell.', ['Black Friday sales']],
  ])('%s', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe('verb groups', () => {
  const groups = (text: string): string[] =>
    (fixtures().analyzer.sentences(text)[0]?.verbGroups ?? []).map((g) =>
      [g.lemma, g.passive ? 'passive' : '', g.negated ? 'negated' : '', g.modal ?? '']
        .filter((f) => f !== '')
        .join(' '),
    );
  it.each([
    ['Turkey accused Russia.', ['accuse']],
    ['Russia was accused by Turkey.', ['accuse passive']],
    ['Russia has been attacked.', ['attack passive']],
    ['Turkey did not accuse Russia.', ['accuse negated']],
    ["Turkey didn't accuse Russia.", ['accuse negated']],
    ['Turkey never accused Russia.', ['accuse negated']],
    ['Russia would attack Turkey.', ['attack would']],
    ['Kerry and Lavrov agreed to re-launch the talks.', ['agree', 're-launch']],
    ['Iran plans to visit Iraq.', ['plan', 'visit']],
    ['Turkey attacks Syria.', ['attack']],
    ['The situation is difficult.', ['be']],
  ])('%s', (text, expected) => {
    expect(groups(text)).toEqual(expected);
  });
});
