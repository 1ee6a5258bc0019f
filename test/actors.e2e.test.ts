/**
 * `parley actors` and `--actors FILE` end to end: explaining a resolution, browsing the
 * knowledge base, and loading a user's PETRARCH/TABARI dictionary over the built-in one.
 * The dictionaries here are written by the test; ../shared's are used when present.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, lines, parley } from './cli-support.js';
import { HAS_SHARED, SHARED, needsShared } from './support.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-actors-'));
  // A user's actor dictionary in PETRARCH format: a person with two dated codes and a
  // country-like actor, and an agent dictionary with one suffix agent.
  writeFileSync(
    join(dir, 'mine.actors.txt'),
    [
      '# our own actors',
      'ZORBO_QUANTRILL_',
      '+QUANTRILL_',
      '\t[XYZLEG 100101-151231]',
      '\t[XYZGOV >160101]',
      'FREEDONIA_ [XYZ]',
      'BROKEN_RECORD_',
      '\t[XYZGOV 2004017-20061201]',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'mine.agents.txt'),
    ['TAX_COLLECTOR [~BUS]', 'PEACEKEEPER [~MIL]', ''].join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parley actors resolve', () => {
  it('explains each mention: code, person, post, how, and the entries behind it', async () => {
    const run = await parley(
      'actors',
      'resolve',
      'Russian Foreign Minister Sergey Lavrov met Zorbo Quantrill.',
      '--date',
      '2016-02-11',
      '--json',
    );
    expect(run.code).toBe(0);
    const [lavrov, zorbo] = jsonLines(run.out);
    expect(lavrov).toMatchObject({
      sentence: 1,
      text: 'Russian Foreign Minister Sergey Lavrov',
      code: 'RUSGOV',
      person: 'Sergey Lavrov',
      role: 'foreign-minister',
      source: 'person',
    });
    expect(
      (lavrov?.entries as string[]).some((w) =>
        /^data\/actors\/people\/eurasia-asia\.tsv:\d+$/.test(w),
      ),
    ).toBe(true);
    expect(zorbo).toMatchObject({ text: 'Zorbo Quantrill', code: '', source: 'unresolved' });
  });

  it('prints a table with the count of unresolved names', async () => {
    const run = await parley(
      'actors',
      'resolve',
      'Kerry met Zorbo Quantrill in Geneva.',
      '--date',
      '2016-02-11',
    );
    expect(run.code).toBe(0);
    expect(run.out).toContain('date: 2016-02-11');
    expect(lines(run.out).at(-1)).toBe('3 mention(s), 2 unresolved');
  });

  it('loads a user dictionary with --actors: dated codes, defaults, agents', async () => {
    const run = await parley(
      'actors',
      'resolve',
      'Zorbo Quantrill met Freedonia tax collectors. Quantrill left.',
      '--date',
      '2012-06-01',
      '--json',
      '--actors',
      join(dir, 'mine.actors.txt'),
      '--actors',
      join(dir, 'mine.agents.txt'),
    );
    expect(run.code).toBe(0);
    expect(jsonLines(run.out).map((m) => [m.text, m.code])).toEqual([
      ['Zorbo Quantrill', 'XYZLEG'],
      ['Freedonia tax collectors', 'XYZBUS'],
      ['Quantrill', 'XYZLEG'],
    ]);
    // The malformed record is reported, naming the file and line; the rest loaded.
    expect(lines(run.err)).toEqual([
      expect.stringMatching(/^parley: warning: .*mine\.actors\.txt:8: date "2004017" has 7 digits/),
      expect.stringMatching(
        /^parley: warning: .*mine\.actors\.txt:7: no usable code for "BROKEN_RECORD_"/,
      ),
    ]);
  });

  it('refuses an unreadable dictionary with one line naming it', async () => {
    const run = await parley('actors', 'resolve', 'Russia.', '--actors', join(dir, 'missing.txt'));
    expect(run.code).toBe(2);
    expect(lines(run.err)).toEqual([expect.stringMatching(/missing\.txt/)]);
  });
});

describe('parley actors list and find', () => {
  it('lists people with their posts', async () => {
    const run = await parley('actors', 'list', '--kind', 'person', '--code', 'RUSGOV', '--json');
    expect(run.code).toBe(0);
    const lavrov = jsonLines(run.out).find((e) => e.name === 'Sergey Lavrov');
    expect(lavrov?.posts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          role: 'foreign-minister',
          code: 'RUSGOV',
          start: '2004-03-09',
          end: null,
        }),
      ]),
    );
  });

  it('finds entries by words', async () => {
    const run = await parley('actors', 'find', 'tahrir');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Hayat Tahrir al-Sham');
    expect(run.out).toMatch(/group\s+HTS|Hayat Tahrir al-Sham/);
  });

  it('rejects an unknown subcommand', async () => {
    const run = await parley('actors', 'frobnicate');
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/unknown subcommand "frobnicate"/);
  });
});

describe('parley show --mentions', () => {
  it('lists stored mentions: resolved, plural references with their members, unresolved names', async () => {
    const db = join(dir, 'mentions.db');
    const story = join(dir, 'talks.txt');
    writeFileSync(
      story,
      'Secretary of State John Kerry met Russian Foreign Minister Sergey Lavrov in Geneva. ' +
        'The two diplomats agreed on a ceasefire.\n',
    );
    expect((await parley('ingest', story, '--db', db, '--published', '2016-02-11')).code).toBe(0);
    const run = await parley('show', story, '--mentions', '--db', db);
    expect(run.code).toBe(0);
    const rows = lines(run.out).filter((l) => /-\d+ {2,}/.test(l));
    expect(rows.map((l) => l.split(/ {2,}/).slice(1, 3).join(' = '))).toEqual([
      'Secretary of State John Kerry = USAGOV',
      'Russian Foreign Minister Sergey Lavrov = RUSGOV',
      'Geneva = (unresolved)',
      'The two diplomats = USAGOV+RUSGOV',
    ]);
    expect(run.out).toMatch(/4 actor mention\(s\), 1 unresolved/);
  });
});

describe('--actors on ingest and code', () => {
  it('codes events with the imported actors', async () => {
    const run = await parley(
      'code',
      'Zorbo Quantrill accused Russia of bombing hospitals.',
      '--date',
      '2017-03-01',
      '--actors',
      join(dir, 'mine.actors.txt'),
    );
    expect(run.code).toBe(0);
    const [line] = jsonLines(run.out);
    const events = line?.events as {
      source: { code: string };
      cameo: string;
      target: { code: string };
    }[];
    expect(events.map((e) => `${e.source.code} ${e.cameo} ${e.target.code}`)).toEqual([
      'XYZGOV 1123 RUS',
    ]);
  });

  it('re-codes stored articles when the dictionaries change', async () => {
    const db = join(dir, 'recode.db');
    const story = join(dir, 'story.txt');
    writeFileSync(story, 'Zorbo Quantrill accused Russia of bombing hospitals.\n');
    const first = await parley('ingest', story, '--db', db, '--published', '2017-03-01');
    expect(first.out).toMatch(/1 added/);
    const again = await parley(
      'ingest',
      story,
      '--db',
      db,
      '--published',
      '2017-03-01',
      '--actors',
      join(dir, 'mine.actors.txt'),
    );
    expect(again.out).toMatch(/1 replaced/);
    const events = jsonLines((await parley('events', '--db', db)).out);
    expect(events.map((e) => (e.source as { code: string }).code)).toEqual(['XYZGOV']);
  });

  it.skipIf(!HAS_SHARED)(
    needsShared('loads the PETRARCH validation dictionaries from ../shared'),
    async () => {
      const ref = join(SHARED, 'ref', 'petrarch2');
      const run = await parley(
        'actors',
        'list',
        '--kind',
        'actor',
        '--json',
        '--actors',
        join(ref, 'PETR.Validate.actors.txt'),
        '--actors',
        join(ref, 'PETR.Validate.agents.txt'),
      );
      expect(run.code).toBe(0);
      expect(jsonLines(run.out).length).toBeGreaterThan(50);
    },
  );
});
