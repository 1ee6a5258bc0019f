import { describe, it, expect } from 'vitest';
import { splitDateline } from './dateline.js';

describe('splitDateline', () => {
  const cases: readonly (readonly [string, string | null, string | null])[] = [
    [
      'BERLIN — The United Nations’ secretary-general pressed…',
      'BERLIN',
      'The United Nations’ secretary-general pressed…',
    ],
    ['MOSCOW (Reuters) - Russia said on Monday…', 'MOSCOW', 'Russia said on Monday…'],
    ['WASHINGTON, Feb. 3 (AP) — The State Department…', 'WASHINGTON', 'The State Department…'],
    ['DAMASCUS, Syria — Government forces…', 'DAMASCUS, Syria', 'Government forces…'],
    ['UNITED NATIONS (AP) — The Security Council…', 'UNITED NATIONS', 'The Security Council…'],
    ['ST. PETERSBURG – “We agreed,” Putin said.', 'ST. PETERSBURG', '“We agreed,” Putin said.'],
    ['ANKARA -- Turkey shelled…', 'ANKARA', 'Turkey shelled…'],
    ['BEIRUT, Lebanon (AFP) — Syrian troops…', 'BEIRUT, Lebanon', 'Syrian troops…'],
    ['The United Nations — and Russia — said…', null, null],
    ['Berlin — The talks…', null, null],
    ['UN — The talks…', null, null],
    ['NATO — the alliance said…', null, null],
    ['MOSCOW-backed forces advanced.', null, null],
    ['Foreign ministers from 17 nations are gathering in Munich.', null, null],
    ['', null, null],
  ];
  it.each(cases)('%j → %s', (paragraph, place, rest) => {
    const found = splitDateline(paragraph);
    expect(found?.place ?? null).toBe(place);
    expect(found?.rest ?? null).toBe(rest);
  });
});
