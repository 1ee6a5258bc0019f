import { describe, expect, it } from 'vitest';
import type { Pattern } from '../patterns/types.js';
import { parsePetrarchVerbs } from './petrarch-verbs.js';

/** A pattern in one line: where, code(s), heads / forms, before * after, text. */
function show(p: Pattern): string {
  const symbols = { gap: '…', target: '+T', source: '+S', skip: '^' } as const;
  const words = (es: Pattern['elements']): string =>
    es.map((e) => (e.kind === 'word' ? e.alts.join('|') : symbols[e.kind])).join(' ');
  const code = p.reverseCode === null ? p.code : `${p.code}:${p.reverseCode}`;
  const forms = p.forms.filter((f) => !p.heads.includes(f));
  return [
    p.where,
    code,
    `${p.heads.join('|')}${forms.length > 0 ? ` {${forms.join(' ')}}` : ''}`,
    `${words(p.before)} * ${words(p.elements)}`.trim(),
    `"${p.text}"`,
  ].join('  ');
}

const DICTIONARY = [
  '# A user dictionary', // 1
  '&MONEY_', // 2
  '+DOLLAR', // 3
  '+SWISS_FRANC', // 4
  '', // 5
  '--- GIVE [070] ---', // 6
  'GIVE {GAVE GIVEN}', // 7
  'DONATE [073]', // 8
  '+HAND_OVER {+HANDED_OVER}', // 9
  '- * &MONEY [071]', // 10
  '- $ * (TO +) [:073]   # comment', // 11
  '', // 12
  '--- MEET [---] ---', // 13
  'MEET {MET}', // 14
  '- * (WITH +) [036:036]', // 15
  '- * &WEATHER [040]', // 16
  '~ a (a b Q) SAY = a b Q', // 17
  '- * FOO [def]', // 18
  '- * BAR', // 19
  'SAY {SAID} [010]', // 20
].join('\n');

describe('parsePetrarchVerbs', () => {
  const { patterns, problems, counts } = parsePetrarchVerbs(DICTIONARY, 'my.verbs');

  it('makes a pattern per line for the one-word verbs and for each multi-word verb, then isolated verbs', () => {
    expect(patterns.map(show)).toEqual([
      'my.verbs:10  071  give|donate {gave given}  * … dollar|swiss franc  "GIVE * &MONEY"',
      'my.verbs:11  ---:073  give|donate {gave given}  * … to +T  "GIVE $ * (TO +)"',
      'my.verbs:10  071  hand {handed}  * over … dollar|swiss franc  "HAND_OVER * &MONEY"',
      'my.verbs:11  ---:073  hand {handed}  * over … to +T  "HAND_OVER $ * (TO +)"',
      // An isolated verb has its own code, else its block's.
      'my.verbs:7  070  give {gave given}  *  "GIVE"',
      'my.verbs:8  073  donate  *  "DONATE"',
      'my.verbs:9  070  hand {handed}  * over  "HAND_OVER"',
      // Every verb of a block shares its patterns, even one listed after them.
      'my.verbs:15  036:036  meet|say {met said}  * … with +T  "MEET * (WITH +)"',
      'my.verbs:20  010  say {said}  *  "SAY"',
    ]);
    expect(patterns.every((p) => p.priority === 1)).toBe(true);
  });

  it('reports each problem with its line, and loads the rest', () => {
    expect(problems.map((p) => p.message)).toEqual([
      'my.verbs:16: undefined synset &WEATHER; pattern ignored',
      'my.verbs:17: transformations ("~") are not supported; line ignored',
      'my.verbs:18: invalid code "[def]"; pattern ignored',
      'my.verbs:19: a pattern must end with its [CODE]; pattern ignored',
    ]);
  });

  it('counts what it read', () => {
    expect(counts).toEqual({
      synsets: 1,
      blocks: 2,
      verbs: 5,
      patternLines: 3,
      patterns: 9,
      features: {
        irregularForms: 4,
        multiWordVerb: 1,
        pairedCode: 2,
        preposition: 2,
        sourceBefore: 1,
        synset: 1,
        target: 2,
        transformation: 1,
      },
    });
  });

  it.each([
    ['- * AID [070]', 'my.verbs:1: a pattern before any verb block; line ignored'],
    ['GIVE', 'my.verbs:1: a line outside any verb block: "GIVE"'],
    ['&X\nGIVE', 'my.verbs:2: expected a synset phrase "+WORDS", found "GIVE"'],
    ['&X\n+&Y', 'my.verbs:2: undefined synset &Y; phrase ignored'],
    ['&X\n&X', 'my.verbs:2: synset &X is defined twice; the first is kept'],
    ['--- A [1] ---', 'my.verbs:1: invalid code "[1]"; the block has the null code'],
    ['--- A [120] [031:031] ---', 'my.verbs:1: block A has 2 codes; the first is used'],
    ['--- A ---\nA_+B_+C', 'my.verbs:2: more than one "+" in the verb "A_+B_+C"'],
    ['--- A ---\n+ {X}', 'my.verbs:2: no verb in "+"'],
    ['--- A ---\nGIVE [abc]', 'my.verbs:2: invalid code "[abc]"; verb ignored'],
    ['--- A ---\n- * X [###]', 'my.verbs:2: the code is cut by "#", which starts a comment'],
  ])('reports %j', (text, message) => {
    const { problems: found } = parsePetrarchVerbs(text.replace(/\\n/g, '\n'), 'my.verbs');
    expect(found.map((p) => p.message)).toEqual([expect.stringContaining(message)]);
  });

  it('reads PETRARCH validation-file comments and synsets made of synsets', () => {
    const text = [
      '<!-- a comment',
      'over two lines -->',
      '&A',
      '+MILITARY',
      '&B',
      '+&A',
      '+TOTAL_BOYCOTT',
      '--- X [---] ---',
      'X',
      '- * &B [191]',
    ].join('\n');
    const [p] = parsePetrarchVerbs(text, 'v').patterns;
    expect(p?.elements).toEqual([
      { kind: 'gap', words: 4 },
      {
        kind: 'word',
        alts: ['military', 'total boycott'],
        optional: false,
        exact: true,
        phrases: [['total', 'boycott']],
      },
    ]);
  });
});
