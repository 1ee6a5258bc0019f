/**
 * `--verbs FILE` end to end: a user's PETRARCH/TABARI verb dictionary merged over the
 * built-in patterns by `parley code` and `parley ingest`. The dictionary here is written
 * by the test; ../shared's dictionaries and unit-test sentences are used when present.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, lines, parley } from './cli-support.js';
import { HAS_SHARED, SHARED, needsShared } from './support.js';

interface Event {
  source: { code: string };
  target: { code: string } | null;
  cameo: string;
  reciprocal: boolean;
  rule: string;
}

/** `SOURCE CAMEO TARGET`, `[mutual]` for one event standing for both directions. */
const short = (e: Event): string =>
  `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}${e.reciprocal ? ' [mutual]' : ''}`;

const eventsOf = (out: string): Event[] =>
  jsonLines(out).flatMap((l) => (l.events as Event[] | undefined) ?? []);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-verbs-'));
  writeFileSync(
    join(dir, 'mine.verbs.txt'),
    [
      '# our own verbs', // 1
      '--- JOURNEY [032:033] ---', // 2
      'JOURNEY', // 3
      '- * (TO +) [043 ]', // 4: a blank inside the code is fine
      '- * &NOWHERE [040]', // 5: undefined synset
      '--- BESTOW [903] ---', // 6: not a CAMEO code…
      'BESTOW', // 7: …used by the isolated verb
      '',
    ].join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--verbs on code and ingest', () => {
  it('codes with the imported patterns and reports the bad lines', async () => {
    const run = await parley(
      'code',
      'Russia journeyed to Turkey. Russia bestowed medals on Turkey.',
      '--verbs',
      join(dir, 'mine.verbs.txt'),
    );
    expect(run.code).toBe(0);
    const events = eventsOf(run.out);
    expect(events.map(short)).toEqual(['RUS 043 TUR', 'RUS 903 TUR']);
    expect(events[0]?.rule).toMatch(/mine\.verbs\.txt:4 043 JOURNEY \* \(TO \+\)$/);
    expect(events[1]).toMatchObject({ goldstein: 0, quad: 1, plover: null });
    expect(lines(run.err)).toEqual([
      expect.stringMatching(/^parley: warning: .*mine\.verbs\.txt:5: undefined synset &NOWHERE/),
      expect.stringMatching(/^parley: warning: .*mine\.verbs\.txt:7: code 903 is not in the CAMEO/),
    ]);
  });

  it('refuses an unreadable dictionary with one line naming it', async () => {
    const run = await parley('code', 'Russia.', '--verbs', join(dir, 'missing.txt'));
    expect(run.code).toBe(2);
    expect(lines(run.err)).toEqual([expect.stringMatching(/missing\.txt.*verb dictionary/)]);
  });

  it('re-codes stored articles when the verb dictionaries change', async () => {
    const db = join(dir, 'recode.db');
    const story = join(dir, 'story.txt');
    writeFileSync(story, 'Russia journeyed to Turkey on Monday.\n');
    const first = await parley('ingest', story, '--db', db, '--published', '2017-03-01');
    expect(first.out).toMatch(/1 added/);
    const before = jsonLines((await parley('events', '--db', db)).out);
    const again = await parley(
      'ingest',
      story,
      '--db',
      db,
      '--published',
      '2017-03-01',
      '--verbs',
      join(dir, 'mine.verbs.txt'),
    );
    expect(again.out).toMatch(/1 replaced/);
    const after = jsonLines((await parley('events', '--db', db)).out) as unknown as Event[];
    expect(after.length).toBeGreaterThan(before.length);
    expect(after.map(short)).toContain('RUS 043 TUR');
  });
});

/** The <Text> and <EventCoding>s of the PETRARCH unit-test records, by id. */
function records(): Map<string, { text: string; date: string; expected: string[] }> {
  const xml = readFileSync(join(SHARED, 'ref', 'petrarch2', 'PETR.UnitTest.records.xml'), 'utf8');
  const out = new Map<string, { text: string; date: string; expected: string[] }>();
  const sentences = xml.matchAll(
    /<Sentence [^>]*date="(\d{8})" id="([^"]+)"[^>]*>([\s\S]*?)<\/Sentence>/g,
  );
  for (const [, date = '', id = '', body = ''] of sentences) {
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1]?.replace(/\s+/g, ' ').trim() ?? '';
    const expected = [...body.matchAll(/<EventCoding ([^>]*)>/g)].map(([, attrs = '']) => {
      const get = (k: string): string => new RegExp(`${k}="([^"]*)"`).exec(attrs)?.[1] ?? '?';
      return `${get('sourcecode')} ${get('eventcode')} ${get('targetcode')}`;
    });
    out.set(id, {
      text,
      date: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`,
      expected,
    });
  }
  return out;
}

describe.skipIf(!HAS_SHARED)(needsShared('PETRARCH unit tests with its own dictionaries'), () => {
  const ref = join(SHARED, 'ref', 'petrarch2');
  const dictionaries = [
    '--verbs',
    join(ref, 'PETR.Validate.verbs.txt'),
    '--actors',
    join(ref, 'PETR.Validate.actors.txt'),
    '--actors',
    join(ref, 'PETR.Validate.agents.txt'),
  ];

  // Record → Parley's events. Each agrees with the record's own expected coding (checked
  // below); "[mutual]" is one event for PETRARCH's two, and "a senior official said" adds
  // the SAID [023] statement PETRARCH leaves out when the speaker has no country.
  const CASES: readonly (readonly [string, readonly string[]])[] = [
    ['DEMO-02', ['DAGGOV 032 GON', 'GON 033 DAGGOV']], // paired code [032:033], target in a PP
    ['DEMO-05', ['OSG 224 ERI']], // + WAS * DEAD IN $
    ['DEMO-18', ['CAL 102 BRE']], // isolated verb
    ['DEMO-26', ['GON 191 OSG [mutual]']], // % HAVE *
    ['PASSIVE-03', ['OSG 071 ERI']], // + * MONEY $
    ['PATTERN-23', ['ARN 043 GON']], // * EID AT ^ WITH +
    // "…, a senior official said": the saying (SAID [023]) only when nothing else is coded.
    ['SYNSET-01', ['ARN 901 GON']], // * DIPLOMATIC TIES, a WEIS code
    ['SYNSET-07b', ['ARN 903 GON']], // * &CURRENCY
    ['SYNSET-13', ['BREGOV 904 ERI']], // &NEGATVAUXVRB * OVER EFFORTS
    ['SYNSET-20b', ['ARN 904 GON']], // a three-word synset phrase
    ['SYNSET-23c', ['CAL 915 BRE']], // * &TIETYPES_RUMORS ABOUT
    ['COMPOUND-39', ['PHL 030 FRA [mutual]']], // % *
  ];

  it('codes PETR.UnitTest.records.xml sentences as PETRARCH does', async () => {
    const all = records();
    const input = join(dir, 'records.jsonl');
    writeFileSync(
      input,
      CASES.map(([id]) =>
        JSON.stringify({ id, text: all.get(id)?.text, date: all.get(id)?.date }),
      ).join('\n'),
    );
    const run = await parley('code', '--jsonl', input, ...dictionaries);
    expect(run.code).toBe(0);
    const got = new Map(jsonLines(run.out).map((l) => [l.id, (l.events as Event[]).map(short)]));
    for (const [id, expected] of CASES) {
      expect([id, got.get(id)]).toEqual([id, expected]);
      // PETRARCH's expected events, a mutual one standing for both directions.
      const covered = (got.get(id) ?? []).flatMap((e) => {
        const [s, c, t] = e.split(' ');
        return e.endsWith('[mutual]') ? [`${s} ${c} ${t}`, `${t} ${c} ${s}`] : [e];
      });
      for (const want of all.get(id)?.expected ?? []) expect(covered, id).toContain(want);
    }
  });

  it('codes with CAMEO.2.0.txt over the built-in patterns', async () => {
    const run = await parley(
      'code',
      'Russia rushed relief assistance to Syria.',
      '--date',
      '2016-02-11',
      '--verbs',
      join(ref, 'CAMEO.2.0.txt'),
    );
    expect(run.code).toBe(0);
    const [event] = eventsOf(run.out);
    expect(event && short(event)).toBe('RUS 073 SYR');
    expect(event?.rule).toMatch(/CAMEO\.2\.0\.txt:\d+ 073 ACCELERATE \* \{RELIEF ASSISTANCE\}$/);
    expect(lines(run.err)).toHaveLength(13 + 3);
  });
});
