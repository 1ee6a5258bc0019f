import { describe, expect, it } from 'vitest';
import { sentence } from '../../../test/support.js';
import { findDiscard, indexDiscards } from './match.js';
import { parseDiscards } from './parse.js';

const LIST = `# a comment
World Cup
+Manchester United   # the whole article
beat * <score>
<score> win
AFRICAN_NATIONS CUP
`;

const discards = parseDiscards(LIST, 'list.txt');

describe('parseDiscards', () => {
  it('reads phrases, + for articles, comments, _ as a space', () => {
    expect(discards.map((d) => [d.words.join(' '), d.article, d.where])).toEqual([
      ['world cup', false, 'list.txt:2'],
      ['manchester united', true, 'list.txt:3'],
      ['beat * <score>', false, 'list.txt:4'],
      ['<score> win', false, 'list.txt:5'],
      ['african nations cup', false, 'list.txt:6'],
    ]);
  });

  it('names the line of a + with no phrase', () => {
    expect(() => parseDiscards('World Cup\n+  # nothing\n', 'x.txt')).toThrow(
      'x.txt:2: a "+" with no phrase after it',
    );
  });
});

describe('findDiscard', () => {
  const index = indexDiscards(discards);
  it.each([
    ['Russia hosted the World Cup in 2018.', 'list.txt:2'],
    ['Manchester United signed a striker.', 'list.txt:3'],
    ['Russia beat the US 3-1 on Sunday.', 'list.txt:4'],
    ['Brazil beat Argentina 2 - 0.', 'list.txt:4'],
    ['It was a 4–0 win for Ghana.', 'list.txt:5'],
    ['Egypt won the African Nations Cup.', 'list.txt:6'],
    // A score with no sports word is a vote; "cup" alone is not the World Cup.
    ['The council voted 13-2 to condemn Syria.', null],
    ['Russia beat back the attack on the city of Bakhmut in 2023.', null],
    ['The minister drank a cup of tea.', null],
  ])('%s', (text, where) => {
    expect(findDiscard(index, sentence(text).tokens)?.where ?? null).toBe(where);
  });
});
