import { describe, expect, it } from 'vitest';
import type { Element } from '../patterns/types.js';
import { parsePatternText } from './petrarch-pattern.js';

const synset = (...alts: string[]) => ({
  alts,
  phrases: alts.filter((a) => a.includes(' ')).map((a) => a.split(' ')),
});

const SYNSETS = new Map([
  ['TIETYPES', synset('military', 'economic')],
  ['NEG', synset('did not', "did n't")],
  ['FIGHT', synset('clash', 'fighting')],
]);

/**
 * Elements as text: words (`a|b`, `_a` right after the word before), `…` a gap, `+T`,
 * `+S`, `^` a skipped noun phrase.
 */
function show(elements: readonly Element[]): string {
  return elements
    .map((e) => {
      if (e.kind === 'word') return `${e.adjacent ? '_' : ''}${e.alts.join('|')}`;
      if (e.kind === 'gap') return '…';
      if (e.kind === 'target') return '+T';
      if (e.kind === 'source') return '+S';
      return '^';
    })
    .join(' ');
}

describe('parsePatternText', () => {
  // Pattern → elements before `*` and after it, the subject's role, implicit target, literals.
  it.each([
    ['* AID', '* … aid', 'source', true, 1],
    ['*_OUT', '* out', 'source', true, 1],
    ['* {FINANCIAL AID}', '* … financial aid', 'source', true, 2],
    ['* (FOR {FINANCIAL AID})', '* … for financial aid', 'source', true, 3],
    ['* (TO)', '* … to', 'source', true, 1],
    ['* (WITH +)', '* … with +T', 'source', false, 1],
    ['* + (TO BORDER)', '* … +T … to border', 'source', false, 2],
    ['* DIPLOMATIC TIES', '* … diplomatic … ties', 'source', true, 2],
    ['* NEW_&TIETYPES_RELATIONS', '* … new _military|economic _relations', 'source', true, 3],
    ['* (IN {VERBAL &FIGHT})', '* … in verbal clash|fighting', 'source', true, 3],
    ['* (BY/WITH PROTESTS)', '* … by|with protests', 'source', true, 2],
    ['* EID AT ^ WITH +', '* … eid … at … ^ … with … +T', 'source', false, 3],
    ['* FROM $ TO +', '* … from … +S … to … +T', 'source', false, 2],
    // Before the verb: words matched leftwards, roles saying what the subject is.
    ['FAILED_TO_*', 'failed _to *', 'source', true, 2],
    ['SAID WOULD *', 'said … would … *', 'source', true, 2],
    ['&NEG *', "did not|did n't … *", 'source', true, 1],
    ['$ TROOP * TOWARD +', 'troop … * … toward … +T', 'source', false, 2],
    ['+ WAS_ * TO_ ^ FROM $', 'was … * … to … ^ … from … +S', 'target', false, 3],
    ['% HAVE *', 'have … *', 'mutual', false, 1],
    ['SUGGESTED_+ * DEMAND', 'suggested … * … demand', 'target', false, 2],
    ['* BETWEEN %', '* … between … +T', 'source', false, 1],
  ] as const)('%s', (text, expected, subject, implicitTarget, literals) => {
    const p = parsePatternText(text, SYNSETS);
    expect(`${show(p.before)} * ${show(p.elements)}`.trim()).toBe(expected);
    expect({ subject: p.subject, implicitTarget: p.implicitTarget, literals: p.literals }).toEqual({
      subject,
      implicitTarget,
      literals,
    });
  });

  it('lists the features a pattern uses', () => {
    const p = parsePatternText('$ * (AS &TIETYPES) {MOCK ATTACK} ^ +', SYNSETS);
    expect([...p.features].sort()).toEqual([
      'phrase',
      'preposition',
      'skip',
      'sourceBefore',
      'synset',
      'target',
    ]);
  });

  it.each([
    ['* &WEATHER', 'undefined synset &WEATHER; pattern ignored'],
    ['* ATTACK (ON ^) ^)', '")" without "("'],
    ['* (ON ^', '"(" is never closed'],
    ['* {A (B C)}', 'nested "("'],
    ['* {A +}', '"+" inside "{…}"'],
    ['* ()', 'empty "()"'],
    ['AID', 'expected one "*" (the verb), found 0'],
    ['* AID *', 'expected one "*" (the verb), found 2'],
    ['* $ FROM $', 'more than one source "$"'],
    ['+ * +', 'more than one target "+" or "%"'],
    ['* [X]', 'unexpected "[" (the code must come last)'],
    ['* A//B', 'empty alternative in "A//B"'],
  ])('rejects %j', (text, message) => {
    expect(() => parsePatternText(text, SYNSETS)).toThrow(message);
  });
});
