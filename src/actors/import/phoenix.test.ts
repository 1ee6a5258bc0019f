/**
 * The Phoenix and PETRARCH validation dictionaries of ../shared/ref/petrarch2 through the
 * importer: every file reads, with a handful of known problems, each naming its line.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, SHARED, needsShared } from '../../../test/support.js';
import type { ActorEntry } from '../types.js';
import { importDictionary } from './index.js';

const dir = join(SHARED, 'ref', 'petrarch2');

/** `CODE start..end` for the dated codes of the actor that `text` names. */
function codesOf(entries: readonly ActorEntry[], text: string): string[] {
  const actor = entries.find((e) => e.text === text)?.actor;
  return (actor?.codes ?? []).map((c) => `${c.code} ${c.start ?? ''}..${c.end ?? ''}`);
}

describe.skipIf(!HAS_SHARED)(needsShared('Phoenix and PETR.Validate dictionaries'), () => {
  it.each([
    ['Phoenix.Countries.actors.txt', 'actors', 18350, 25863, 17],
    ['Phoenix.International.actors.txt', 'actors', 7837, 7901, 9],
    ['Phoenix.MilNonState.actors.txt', 'actors', 1021, 1786, 0],
    ['PETR.Validate.actors.txt', 'actors', 125, 158, 6],
    ['Phoenix.agents.txt', 'agents', 2243, 5132, 2],
    ['PETR.Validate.agents.txt', 'agents', 88, 164, 0],
  ])('%s: %s, %i records, %i entries, %i problems', (name, kind, records, entries, problems) => {
    const path = join(dir, name);
    const result = importDictionary(path);
    expect(result.kind).toBe(kind);
    const keys = result.entries.map((e) => (kind === 'actors' ? e.actor : e.where));
    expect(new Set(keys).size).toBe(records);
    expect(result.entries).toHaveLength(entries);
    expect(result.problems).toHaveLength(problems);
    for (const p of result.problems) expect(p.where).toMatch(new RegExp(`^${path}:\\d+$`));
    // Entry text: lower-case words separated by single spaces, no underscore.
    const badText = result.entries.filter((e) => !/^[^\s_A-Z]+(?: [^\s_A-Z]+)*$/.test(e.text));
    expect(badText.map((e) => `${e.where} ${e.text}`)).toEqual([]);
    expect(result.entries.filter((e) => e.priority !== 1)).toEqual([]);
  });

  it('reads Phoenix.Countries people with their dated posts', () => {
    const { entries } = importDictionary(join(dir, 'Phoenix.Countries.actors.txt'));
    const lavrov = ['RUSGOV 1994-09-22..2004-07-12', 'RUSGOV 2004-03-09..'];
    for (const text of ['sergey lavrov', 'sergei lavrov', 'lavrov', 'sergey v. lavrov']) {
      expect(codesOf(entries, text)).toEqual(lavrov);
    }
    expect(entries.find((e) => e.text === 'lavrov')?.actor?.name).toBe('Sergey Lavrov');
    expect(codesOf(entries, 'senator john kerry')).toEqual([
      'USAGOVLEG 1985-01-03..2013-02-01',
      'USAGOV 2013-02-01..',
    ]);
    // 070723 is 2007: the six-digit century rule.
    expect(codesOf(entries, 'mohammad zahir shah')).toContain('AFGELI 1973-07-17..2007-07-23');
    // A run of code-less primary lines is one actor.
    expect(entries.find((e) => e.text === 'secretary brezhnev')?.actor?.name).toBe(
      'Leonid Brezhnev',
    );
    expect(entries.find((e) => e.text === 'afghanistan')?.actor?.fallback).toBe('AFG');
  });

  it('reports the malformed Ban Ki-moon record and keeps the rest of it', () => {
    const path = join(dir, 'Phoenix.International.actors.txt');
    const { entries, problems } = importDictionary(path);
    expect(codesOf(entries, 'ban ki-moon')).toEqual(['IGOUNO 2007-01-01..']);
    expect(problems.map((p) => p.message)).toContain(
      `${path}:40: date "2004017" has 7 digits (expected YYMMDD or YYYYMMDD) in "[KORGOVBUS 2004017-20061201]"; restriction ignored`,
    );
    expect(entries.find((e) => e.text === 'kofi annan')?.actor?.fallback).toBe('ELI');
  });

  it('reads Phoenix.agents suffix and prefix agents, plurals and substitution sets', () => {
    const { entries } = importDictionary(join(dir, 'Phoenix.agents.txt'));
    const agent = (text: string): string[] =>
      entries
        .filter((e) => e.text === text)
        .map((e) => `${e.sector} ${e.sectorPosition} ${e.where.split(':').pop()}`);
    expect(agent('defense minist')).toEqual(['GOVMIL suffix 638']);
    expect(agent('defense minists')).toEqual(['GOVMIL suffix 638']);
    expect(agent('truce monitor')).toEqual(['IGO prefix 2367']);
    expect(agent('truce monitors')).toEqual(['IGO prefix 2367']);
    expect(agent('peacekeeping troops')).toEqual(['IGO prefix 2366']);
    expect(agent('foreign ministries')).toEqual(['GOV suffix 726']);
    expect(agent('policewomen')).toEqual(['COP suffix 257']);
  });

  it('reads the PETRARCH validation dictionaries', () => {
    const actors = importDictionary(join(dir, 'PETR.Validate.actors.txt'));
    const sam = actors.entries.find((e) => e.text === 'sam gamgee')?.actor;
    expect(sam?.fallback).toBe('HOB');
    expect(codesOf(actors.entries, 'sam gamgee')).toEqual([
      'HOBCIV ..2008-01-20',
      'HOBMIL 2008-01-20..2012-11-09',
      'ORCHOB 2010-01-09..2010-01-12',
      'HOBGOV 2012-11-09..2013-01-19',
      'HOBELI 2013-01-19..',
    ]);
    expect(codesOf(actors.entries, 'smeagol')).toEqual([
      'HOB ..1995-06-01',
      'HOBGOV 1995-06-01..1999-08-15',
      'HOBREB 1999-08-16..',
    ]);
    const agents = importDictionary(join(dir, 'PETR.Validate.agents.txt'));
    const texts = agents.entries.map((e) => `${e.text} ${e.sector} ${e.sectorPosition}`);
    expect(texts).toContain('human rights body NGO prefix');
    expect(texts).toContain('golden geese GGS suffix');
    expect(texts).toContain('congresswomen LEG suffix');
    expect(texts).toContain('ministries of silly walks GOV suffix');
    expect(texts).not.toContain('troopss MIL suffix');
  });
});
