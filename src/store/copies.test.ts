import { describe, expect, it } from 'vitest';
import { createCopyStore, createWriter, openDatabase, sameProvenance } from './index.js';
import { rawArticle } from './test-support.js';
import type { Provenance } from './index.js';

describe('sameProvenance: whether an exact copy comes from the same outlet', () => {
  const p = (outlet: string | null, url: string | null = null): Provenance => ({ outlet, url });
  it.each([
    ['same outlet', p('Reuters'), p(' reuters '), true],
    ['other outlet', p('Reuters'), p('AP'), false],
    [
      'outlet decides over host',
      p('Reuters', 'https://a.example/x'),
      p('Reuters', 'https://b.example/y'),
      true,
    ],
    [
      'no outlets, same host',
      p(null, 'https://www.a.example/x'),
      p(null, 'https://a.example/y'),
      true,
    ],
    [
      'no outlets, other host',
      p(null, 'https://a.example/x'),
      p(null, 'https://b.example/x'),
      false,
    ],
    [
      'one outlet missing, hosts differ',
      p('Reuters', 'https://a.example/x'),
      p(null, 'https://b.example/x'),
      false,
    ],
    ['nothing known', p(null), p(null), true],
    ['a URL that is not one', p(null, 'not a url'), p(null, 'https://b.example/x'), true],
  ])('%s', (_name, a, b, expected) => expect(sameProvenance(a, b)).toBe(expected));
});

describe('the LSH band index', () => {
  it('finds originals sharing any band, not the asking article, and forgets dropped ones', () => {
    const db = openDatabase(':memory:');
    const writer = createWriter(db);
    for (const id of ['a', 'b', 'c'])
      writer.save(
        {
          id,
          article: rawArticle(id, id, { contentHash: id }),
          sentences: [],
          events: [],
        },
        'test',
      );
    const store = createCopyStore(db);
    store.indexBands('a', [1, 2, 3]);
    store.indexBands('b', [9, 2, 9]);
    const ids = (bands: number[], except: string): string[] =>
      store
        .bandMatches(bands, except)
        .map((m) => m.id)
        .sort();
    expect(ids([1, 2, 3], 'c')).toEqual(['a', 'b']);
    expect(ids([0, 0, 3], 'c')).toEqual(['a']);
    expect(ids([3, 1, 2], 'c')).toEqual([]);
    expect(ids([1, 2, 3], 'a')).toEqual(['b']);
    store.dropBands('b');
    expect(ids([1, 2, 3], 'c')).toEqual(['a']);
    db.prepare("DELETE FROM articles WHERE id = 'a'").run();
    expect(ids([1, 2, 3], 'c')).toEqual([]);
  });
});
