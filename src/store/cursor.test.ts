import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { Position } from './cursor.js';
import { likeLiteral } from './queries.js';

describe('cursors', () => {
  it.each<Position>([
    ['2016-02-11', 'e3daa975cf406-1-0'],
    ['~', 'e1'],
    [12, 'e9-0-0'],
  ])('%s %s survives a round trip', (key, id) => {
    const cursor = encodeCursor([key, id]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual([key, id]);
  });

  it.each([
    'not-a-cursor',
    '',
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('["x"]').toString('base64url'),
    Buffer.from('[1, 2]').toString('base64url'),
    Buffer.from('[null, "e1"]').toString('base64url'),
  ])('"%s" is refused, naming the cursor', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(/invalid cursor/);
  });
});

describe('likeLiteral', () => {
  it.each([
    ['ceasefire', 'ceasefire'],
    ['100%', '100\\%'],
    ['a_b', 'a\\_b'],
    ['back\\slash', 'back\\\\slash'],
  ])('%s → %s', (text, expected) => expect(likeLiteral(text)).toBe(expected));
});
