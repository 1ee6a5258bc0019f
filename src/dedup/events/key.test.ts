import { describe, expect, it } from 'vitest';
import { clusterKey, sideOf } from './key.js';
import type { KeyedMention } from './key.js';

const countries = new Set(['USA', 'RUS', 'SYR']);
const actor = (code: string, text = code) => ({ code, text });

function mention(over: Partial<KeyedMention>): KeyedMention {
  return {
    date: '2016-02-11',
    datePrecision: 'day',
    source: actor('USAGOV', 'Kerry'),
    target: actor('RUSGOV', 'Lavrov'),
    cameo: '040',
    plover: 'CONSULT',
    modality: 'actual',
    negated: false,
    ...over,
  };
}

describe('sideOf', () => {
  it.each([
    ['USAGOV', 'Kerry', 'USA'],
    ['USA', 'Washington', 'USA'],
    ['SYRREBFSA', 'the Free Syrian Army', 'SYR'],
    ['IGOUNO', 'the UN', 'IGOUNO'],
    ['REB', 'rebels', 'REB'],
    ['', 'The  Election Result', '"the election result"'],
  ])('%s (%s) → %s', (code, text, expected) => {
    expect(sideOf(actor(code, text), countries)).toBe(expected);
  });
  it('no target is "-"', () => expect(sideOf(null, countries)).toBe('-'));
});

describe('clusterKey', () => {
  it.each([
    ['a meeting', mention({}), '2016|RUS>USA|CONSULT|actual|so'],
    [
      'the same meeting told the other way round',
      mention({ source: actor('RUS'), target: actor('USAGOV') }),
      '2016|RUS>USA|CONSULT|actual|so',
    ],
    [
      'an accusation keeps its direction',
      mention({ cameo: '112', plover: 'ACCUSE' }),
      '2016|USA>RUS|ACCUSE|actual|so',
    ],
    [
      'no PLOVER type: the CAMEO root',
      mention({ cameo: '012', plover: null, target: null }),
      '2016|USA>-|root 01|actual|so',
    ],
    ['an intent', mention({ modality: 'intent' }), '2016|RUS>USA|CONSULT|intent|so'],
    ['a negation', mention({ negated: true }), '2016|RUS>USA|CONSULT|actual|not'],
    ['no date', mention({ date: null, datePrecision: null }), 'undated|RUS>USA|CONSULT|actual|so'],
    [
      'a month',
      mention({ date: '2016-02', datePrecision: 'month' }),
      '2016|RUS>USA|CONSULT|actual|so',
    ],
    [
      'only a year: apart from the days',
      mention({ date: '2016', datePrecision: 'year' }),
      '2016 year|RUS>USA|CONSULT|actual|so',
    ],
  ])('%s', (_, m, expected) => {
    expect(clusterKey(m, countries)).toBe(expected);
  });
});
