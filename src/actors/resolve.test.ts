import { describe, expect, it } from 'vitest';
import { resolveOn } from './resolve.js';
import type { DatedActor, DatedCode } from './types.js';

const record = (
  code: string,
  start: string | null,
  end: string | null,
  role: string | null = null,
  name: string | null = null,
): DatedCode => ({
  code,
  start,
  end,
  role,
  name,
  where: 'test:1',
});

const KERRY: DatedActor = {
  kind: 'person',
  name: 'John Kerry',
  codes: [
    record('USALEG', '1985-01-03', '2013-02-01', 'legislator'),
    record('USAGOV', '2013-02-01', '2017-01-20', 'foreign-minister'),
  ],
  fallback: null,
  where: 'test:1',
};
const PUTIN: DatedActor = {
  kind: 'person',
  name: 'Vladimir Putin',
  codes: [
    record('RUSGOV', '2008-05-08', '2012-05-07', 'head-of-government'),
    record('RUSGOV', '2012-05-07', null, 'head-of-state'),
  ],
  fallback: null,
  where: 'test:1',
};
const GUTERRES: DatedActor = {
  kind: 'person',
  name: 'António Guterres',
  codes: [record('IGOUNO', '2017-01-01', null, 'un-secretary-general')],
  fallback: null,
  where: 'test:1',
};
const NUSRA: DatedActor = {
  kind: 'group',
  name: 'Hayat Tahrir al-Sham',
  codes: [
    record('SYRREBNUS', '2012-01-23', '2016-07-27', null, 'Jabhat al-Nusra'),
    record('SYRREBNUS', '2017-01-28', '2025-01-29', null, 'Hayat Tahrir al-Sham'),
  ],
  fallback: null,
  where: 'test:1',
};
const IMPORTED: DatedActor = {
  kind: 'actor',
  name: 'Some Actor',
  codes: [record('ABCGOV', '1990-01-01', '1999-12-31')],
  fallback: 'ABC',
  where: 'test:1',
};

describe('resolveOn', () => {
  it.each([
    [KERRY, '2010-06-01', 'USALEG', 'in-range', 'legislator'],
    [KERRY, '2016-02-11', 'USAGOV', 'in-range', 'foreign-minister'],
    [KERRY, '2013-02-01', 'USAGOV', 'in-range', 'foreign-minister'],
    [KERRY, '2018-01-01', 'USAELI', 'former', null],
    [KERRY, '1980-01-01', 'USA', 'before', null],
    [KERRY, null, 'USA', 'undated-common', null],
    [PUTIN, '2012-05-07', 'RUSGOV', 'in-range', 'head-of-state'],
    [PUTIN, null, 'RUSGOV', 'undated-common', null],
    [GUTERRES, '2010-01-01', null, 'none', null],
    [GUTERRES, '2020-01-01', 'IGOUNO', 'in-range', 'un-secretary-general'],
    [NUSRA, '2014-01-01', 'SYRREBNUS', 'in-range', null],
    [NUSRA, '2016-10-01', 'SYRREBNUS', 'former', null],
    [IMPORTED, '1995-05-05', 'ABCGOV', 'in-range', null],
    [IMPORTED, '2005-05-05', 'ABC', 'fallback', null],
  ] as const)('%s on %s', (actor, date, code, rule, role) => {
    const r = resolveOn(actor, date);
    expect([r.code, r.rule, r.record && r.rule === 'in-range' ? r.record.role : null]).toEqual([
      code,
      rule,
      role,
    ]);
  });

  it('names a renamed group by its name on the date', () => {
    expect(resolveOn(NUSRA, '2014-01-01').name).toBe('Jabhat al-Nusra');
    expect(resolveOn(NUSRA, '2020-01-01').name).toBe('Hayat Tahrir al-Sham');
  });
});
