import { ParleyError } from '../errors.js';
import { decodeEntities } from '../ingest/index.js';
import type { EventRecord } from '../store/index.js';
import type { Coded, Miss } from './score.js';

/**
 * One record of a PETRARCH unit-test file (`PETR.UnitTest.records.xml`): a sentence and
 * the events it must give, each `SOURCE TARGET CODE` with `---` for no target.
 */
export interface UnitTestRecord {
  readonly id: string;
  readonly category: string;
  /** YYYY-MM-DD, from the record's `date="YYYYMMDD"`. */
  readonly date: string | null;
  readonly text: string;
  readonly expected: readonly string[];
  readonly where: string;
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out.set((m[1] ?? '').toLowerCase(), m[2] ?? m[3] ?? '');
  }
  return out;
}

function isoDate(raw: string | undefined): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(raw ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Sector codes that Parley writes alone when the country is unknown (`GOV`, `REBMIL`). */
const SECTORS: ReadonlySet<string> = new Set(
  'GOV MIL REB INS OPP LEG JUD COP SPY MED BUS CVL REF PTY ELI LAB EDU AGR REL HLH'.split(' '),
);

/** An actor code as the unit tests write it: `---` for none or for an unknown country (`---GOV`). */
function unitTestActor(code: string | null): string {
  if (!code) return '---';
  return SECTORS.has(code.slice(0, 3)) ? `---${code}` : code;
}

/** One coded event as the unit tests write it. */
export function unitTestKey(source: string, target: string | null, code: string): string {
  return `${unitTestActor(source)} ${unitTestActor(target)} ${code}`;
}

/**
 * The sentence records (`sentence="true"`) of a unit-test file. A record whose
 * EventCoding says `noevents` or names a discard error expects no event.
 */
export function parseUnitTests(xml: string, label: string): UnitTestRecord[] {
  const out: UnitTestRecord[] = [];
  for (const m of xml.matchAll(/<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    const attrs = attributes(m[1] ?? '');
    if (attrs.get('sentence') !== 'true') continue;
    const body = m[2] ?? '';
    const line = xml.slice(0, m.index).split('\n').length;
    const where = `${label}:${line}`;
    const raw = /<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1]?.replace(/\s+/g, ' ').trim();
    if (!raw) throw new ParleyError('a sentence record without <Text>', { where });
    const text = decodeEntities(raw, where);
    const expected: string[] = [];
    for (const c of body.matchAll(/<EventCoding\b([^>]*)>/g)) {
      const a = attributes(c[1] ?? '');
      const code = a.get('eventcode');
      if (code)
        expected.push(unitTestKey(a.get('sourcecode') ?? '', a.get('targetcode') ?? '', code));
    }
    out.push({
      id: attrs.get('id') ?? where,
      category: attrs.get('category') ?? '',
      date: isoDate(attrs.get('date')),
      text,
      expected: [...new Set(expected)].sort(),
      where,
    });
  }
  return out;
}

export interface UnitTestScore {
  readonly records: number;
  /** Records whose set of (source, target, code) is exactly the expected one. */
  readonly exact: number;
  readonly byCategory: ReadonlyMap<string, { readonly records: number; readonly exact: number }>;
  readonly misses: readonly Miss[];
}

/**
 * The events of a record as unit-test keys; negated events are left out (nothing
 * happened), and a mutual event stands for both directions, as PETRARCH writes it.
 */
function codedKeys(events: readonly EventRecord[]): string[] {
  const keys = events
    .filter((e) => !e.negated)
    .flatMap((e) => {
      const target = e.target?.code ?? null;
      const forward = unitTestKey(e.source.code, target, e.cameo);
      return e.reciprocal && target
        ? [forward, unitTestKey(target, e.source.code, e.cameo)]
        : [forward];
    });
  return [...new Set(keys)].sort();
}

/** Exact-match scoring, as PETRARCH's own validation counts a record right. */
export function scoreUnitTests(items: readonly Coded<UnitTestRecord>[]): UnitTestScore {
  const byCategory = new Map<string, { records: number; exact: number }>();
  const misses: Miss[] = [];
  let exact = 0;
  for (const { record: r, events } of items) {
    const got = codedKeys(events);
    const ok = got.join('|') === r.expected.join('|');
    const c = byCategory.get(r.category) ?? { records: 0, exact: 0 };
    c.records++;
    if (ok) {
      exact++;
      c.exact++;
    } else {
      misses.push({
        id: r.id,
        gold: r.expected.join('; ') || 'no events',
        got: got.join('; ') || 'no events',
        text: r.text,
      });
    }
    byCategory.set(r.category, c);
  }
  return { records: items.length, exact, byCategory, misses };
}
