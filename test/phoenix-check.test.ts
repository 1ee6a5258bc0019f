import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparePeople } from '../bench/phoenix/compare.js';
import { loadSettlements, settlementOf } from '../bench/phoenix/settled.js';
import { loadPeople, loadRoles } from '../src/actors/index.js';
import { DEFAULT_DATA_DIR } from '../src/data/index.js';
import { HAS_SHARED, SHARED, needsShared } from './support.js';

describe.skipIf(!HAS_SHARED)(needsShared('built-in people against Phoenix'), () => {
  it('every disagreement with the Phoenix dictionaries is settled (npm run check:actors lists them)', () => {
    const people = loadPeople(DEFAULT_DATA_DIR, loadRoles(DEFAULT_DATA_DIR));
    const { disagreements } = comparePeople(join(SHARED, 'ref', 'petrarch2'), people);
    const settlements = loadSettlements(DEFAULT_DATA_DIR);
    const open = disagreements
      .filter((d) => !settlementOf(settlements, d))
      .map((d) => `${d.person}: [${d.kind}] ${d.text}`);
    expect(open).toEqual([]);
  });

  it('no settlement is stale: each one still matches a disagreement', () => {
    const people = loadPeople(DEFAULT_DATA_DIR, loadRoles(DEFAULT_DATA_DIR));
    const { disagreements } = comparePeople(join(SHARED, 'ref', 'petrarch2'), people);
    const settlements = loadSettlements(DEFAULT_DATA_DIR);
    const unused = settlements
      .filter((s) => !disagreements.some((d) => settlementOf([s], d)))
      .map((s) => `${s.where} ${s.name}`);
    expect(unused).toEqual([]);
  });
});
