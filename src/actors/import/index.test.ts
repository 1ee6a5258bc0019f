import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ParleyError } from '../../errors.js';
import { fixtures } from '../../../test/support.js';
import { DEFAULT_DATA_DIR } from '../../data/index.js';
import type { ActorEntry } from '../types.js';
import { loadActorKnowledge } from '../index.js';
import { dictionaryKind, importDictionary } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n'));
  return path;
}

describe('dictionaryKind', () => {
  it.each([
    [['AFGHANISTAN_  [AFG]', '+KABUL_'], 'actors'],
    [['SERGEY_LAVROV_', '\t[RUSGOV >040309]'], 'actors'],
    [['SOLDIER [~MIL]', 'HUMAN_RIGHTS_BODY [NGO~]', 'MEDIA {} [~MED]'], 'agents'],
    [['!PERSON! = MAN, WOMAN', 'CONGRESS!PERSON! [~LEG]'], 'agents'],
    [['# only a comment [~GOV]', 'X [XXX]'], 'actors'],
    [[''], 'actors'],
  ])('%j → %s', (lines, kind) => expect(dictionaryKind(lines.join('\n'))).toBe(kind));
});

describe('importDictionary', () => {
  it('parses an actor dictionary, naming the file in every where', () => {
    const path = file('mine.actors.txt', [
      'JOHN_KERRY_',
      '+SENATOR_KERRY_',
      '\t[USAGOVLEG 850103-130201]',
      '\t[USAGOV >130201]',
    ]);
    const { kind, entries, problems } = importDictionary(path);
    expect(kind).toBe('actors');
    expect(problems).toEqual([]);
    expect(entries.map((e) => `${e.where.replace(dir, '')} ${e.text}`)).toEqual([
      '/mine.actors.txt:1 john kerry',
      '/mine.actors.txt:2 senator kerry',
    ]);
  });

  it('parses an agent dictionary and reports its problems with file:line', () => {
    const path = file('mine.txt', ['TROOP {} [~MIL]', 'ENVOY [~GOV}']);
    const { kind, entries, problems } = importDictionary(path);
    expect(kind).toBe('agents');
    expect(entries.map((e) => e.text)).toEqual(['troop']);
    expect(problems.map((p) => p.where)).toEqual([`${path}:2`]);
  });

  it('throws one ParleyError naming a missing file', () => {
    const path = join(dir, 'missing.actors.txt');
    expect(() => importDictionary(path)).toThrow(ParleyError);
    expect(() => importDictionary(path)).toThrow(`${path}: cannot read the dictionary (ENOENT)`);
  });
});

describe('an imported agents dictionary', () => {
  it('replaces the built-in sector words', () => {
    const { analyzer } = fixtures();
    const tokenize = (t: string): string[] => analyzer.tokenize(t);
    const agents = importDictionary(file('only.agents.txt', ['SOLDIER [~MIL]'])).entries;
    const codes = (imported: readonly ActorEntry[]): string[] => {
      const k = loadActorKnowledge(DEFAULT_DATA_DIR, tokenize, imported);
      const s = analyzer.sentences('Soldiers and police arrived.')[0];
      return s ? k.matcher.match(s.tokens).map((m) => s.tokens[m.start]?.lower ?? '') : [];
    };
    expect(codes([])).toEqual(['soldiers', 'police']);
    expect(codes(agents)).toEqual(['soldiers']);
  });
});
