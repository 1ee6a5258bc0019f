import { describe, expect, it } from 'vitest';
import { caseRuleOf, pluralsOf, satisfiesCase, tokenKey } from './keys.js';

describe('tokenKey', () => {
  it.each([
    ['U.S.', 'us'],
    ['Élysée', 'elysee'],
    ['Moscow’s', "moscow's"],
    ['Kremlin', 'kremlin'],
    ['.', '.'],
    ['D.C.', 'dc'],
  ])('%s → %s', (text, key) => expect(tokenKey(text)).toBe(key));
});

describe('case rules', () => {
  it.each([
    ['US', 'upper', 'US', true],
    ['US', 'upper', 'us', false],
    ['U.S.', 'upper', 'U.S.', true],
    ['Turkey', 'capital', 'turkey', false],
    ['Turkey', 'capital', 'TURKEY', true],
    ['troops', 'any', 'Troops', true],
  ] as const)('entry %s (%s) vs text %s', (entry, rule, text, ok) => {
    expect(caseRuleOf(entry)).toBe(rule);
    expect(satisfiesCase(rule, text)).toBe(ok);
  });
});

describe('pluralsOf', () => {
  it.each([
    ['ministry', ['ministries']],
    ['minister', ['ministers']],
    ['church', ['churches']],
    ['day', ['days']],
  ])('%s', (word, plural) => expect(pluralsOf(word)).toEqual(plural));
});
