import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../data/index.js';
import { HAS_SHARED, SHARED, needsShared } from '../../test/support.js';
import { loadOntology } from './ontology.js';
import { loadPatterns } from './patterns/load.js';

const ontology = loadOntology(DEFAULT_DATA_DIR);

describe('CAMEO ontology (data/ontology/cameo.tsv)', () => {
  it('has every root and the codes analysts use most', () => {
    for (let r = 1; r <= 20; r++) expect(ontology.has(String(r).padStart(2, '0'))).toBe(true);
    expect(ontology.get('112')).toMatchObject({ goldstein: -2, quad: 3, plover: 'ACCUSE' });
    expect(ontology.get('042')).toMatchObject({
      goldstein: 1.9,
      quad: 1,
      plover: 'CONSULT',
      mode: 'visit',
    });
    expect(ontology.get('0871')).toMatchObject({ quad: 2, plover: 'RETREAT', mode: 'ceasefire' });
    expect(ontology.get('195')).toMatchObject({ goldstein: -10, quad: 4, plover: 'ASSAULT' });
    expect(ontology.get('010')).toMatchObject({ plover: null });
    expect(ontology.get('020')).toMatchObject({ plover: 'REQUEST' });
  });

  it('derives the quad class from the root', () => {
    for (const c of ontology.values()) {
      const root = Number(c.code.slice(0, 2));
      expect(c.quad).toBe(root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4);
    }
  });

  it('every verb and noun pattern codes to a known CAMEO code', () => {
    const patterns = loadPatterns(DEFAULT_DATA_DIR, ontology);
    expect(patterns.size).toBeGreaterThan(300);
  });

  describe.skipIf(!HAS_SHARED)(needsShared('against ../shared/ref'), () => {
    const table = (file: string): Map<string, string> =>
      new Map(
        readFileSync(join(SHARED, 'ref', 'cameo', file), 'utf8')
          .split('\n')
          .slice(1)
          .filter((l) => l.trim() !== '')
          .map((l) => l.split('\t') as [string, string]),
      );

    it('has exactly the reference codes and their Goldstein values', () => {
      const goldstein = table('CAMEO.goldsteinscale.txt');
      expect([...ontology.keys()].sort()).toEqual([...table('CAMEO.eventcodes.txt').keys()].sort());
      for (const [code, value] of goldstein)
        expect(ontology.get(code)?.goldstein, code).toBe(Number(value));
    });

    it('agrees with the CAMEO→PLOVER table for every code it lists', () => {
      const text = readFileSync(join(SHARED, 'ref', 'plover', 'CAMEO2PLOVER-2021.txt'), 'utf8');
      let checked = 0;
      for (const line of text.split('\n')) {
        const m = /^(\d{3,4}):\s*([A-Z]+)\s*,/.exec(line);
        if (!m || !ontology.has(m[1] ?? '')) continue;
        expect(ontology.get(m[1] ?? '')?.plover, line).toBe(m[2]);
        checked++;
      }
      expect(checked).toBeGreaterThan(250);
    });
  });
});
