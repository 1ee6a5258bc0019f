import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../data/index.js';
import { loadOntology } from '../ontology.js';
import { importedCode, parseCode } from './codes.js';

describe('parseCode', () => {
  it.each([
    ['042', { forward: '042', reverse: null }],
    [' 0874 ', { forward: '0874', reverse: null }],
    ['075A', { forward: '075A', reverse: null }],
    ['032:033', { forward: '032', reverse: '033' }],
    [':173', { forward: '---', reverse: '173' }],
    ['036:036', { forward: '036', reverse: '036' }],
    ['042:', { forward: '042', reverse: null }],
    ['---', { forward: '---', reverse: null }],
  ])('%j', (raw, expected) => {
    expect(parseCode(raw)).toEqual(expected);
  });

  it.each(['def', '025?', '+++', '080!', '1', '12345', ':', '01:02:03', ''])(
    'rejects %j',
    (raw) => {
      expect(parseCode(raw)).toBeNull();
    },
  );
});

describe('importedCode', () => {
  const ontology = loadOntology(DEFAULT_DATA_DIR);
  const get = (code: string) => {
    const known = ontology.get(code);
    if (!known) throw new Error(`${code} is not in the ontology`);
    return known;
  };

  it('keeps a known code', () => {
    expect(importedCode(ontology, '042')).toBe(get('042'));
  });

  it.each([
    // code, the ancestor it is coded like
    ['075A', '075'],
    ['1010', '101'],
    ['0819', '081'],
    ['19X', '19'],
  ])('codes %s like %s', (code, parent) => {
    const p = get(parent);
    expect(importedCode(ontology, code)).toEqual({
      ...p,
      code,
      name: `Imported code ${code} (as ${parent}: ${p.name})`,
    });
  });

  it.each(['903', '223', '345'])('codes %s, which has no CAMEO root, as neutral', (code) => {
    expect(importedCode(ontology, code)).toEqual({
      code,
      name: `Imported code ${code} (not CAMEO)`,
      goldstein: 0,
      quad: 1,
      plover: null,
      mode: null,
      context: [],
    });
  });
});
