import { describe, it, expect } from 'vitest';
import { describeLine } from '../line.js';
import { APPEAL_SENTENCES } from './03-pledge.js';
import { COPYRIGHT_PHRASES } from './09-footer.js';
import { anyOf, matchesAny } from './patterns.js';

describe('anyOf', () => {
  const patterns = [/^skip to\b/iu, /\bterminal\.?$/iu, /^home$/iu];
  const merged = anyOf(patterns);

  it.each([
    ['Skip to content', true],
    ['… on the Bloomberg Terminal.', true],
    ['HOME', true],
    ['Home page', false],
    ['The terminal closed on Monday, officials said', false],
  ] as const)('matches where any pattern does: %s', (text, expected) => {
    expect(merged.test(text)).toBe(expected);
    expect(patterns.some((pattern) => pattern.test(text))).toBe(expected);
  });

  it('matches nothing for an empty list', () => {
    expect(anyOf([]).test('')).toBe(false);
  });

  it('refuses patterns with different flags', () => {
    expect(() => anyOf([/a/iu, /b/u])).toThrow(/expected flags "iu"/u);
  });
});

describe('matchesAny', () => {
  it.each([
    ['Danube Post is READER-FUNDED.', true],
    ['All rightſ reserved.', true],
    ['The rights of readers were reserved.', false],
  ] as const)('tests a pattern on a line with its keyword: %s', (text, expected) => {
    const line = describeLine(text);
    expect(matchesAny(line, [...APPEAL_SENTENCES, ...COPYRIGHT_PHRASES])).toBe(expected);
  });

  it.each([...APPEAL_SENTENCES, ...COPYRIGHT_PHRASES])(
    'has each keyword in lower case inside its case-insensitive pattern: $keyword',
    ({ keyword, pattern }) => {
      expect(keyword).toBe(keyword.toLowerCase());
      expect(pattern.flags).toContain('i');
      expect(pattern.source).toContain(keyword);
    },
  );
});
