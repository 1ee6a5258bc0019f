/**
 * The comparison behind `npm run check:actors`: every built-in person and post (data/actors/people/*.tsv) with the Phoenix
 * actor dictionaries of ../shared/ref/petrarch2 (read with Parley's PETRARCH importer)
 * and prints the disagreements, one line each, grouped by person:
 *
 *   not-in-phoenix  no name or variant of the person is a Phoenix phrase (case and
 *                   punctuation ignored)
 *   no-code         Phoenix gives the person no code on the middle day of our post
 *   country/sector  Phoenix's code on that day differs from ours in its country
 *                   (or organisation) part / its sector part
 *   start/end       our first/last day is more than 31 days from that of Phoenix's range
 *                   carrying the same code
 *   stale           Phoenix's range is open-ended where our post ended before Phoenix's
 *                   last update
 *
 * Phoenix was last updated on 2014-01-30: posts starting after it are not compared and
 * ranges are cut there. Disagreements are questions to settle, not failures: the script
 * exits 0 unless the people data cannot be read.
 *
 */
import { basename, join } from 'node:path';
import type { ActorEntry, DatedActor, DatedCode } from '../../src/actors/index.js';
import { importDictionary } from '../../src/actors/import/index.js';

const PHOENIX_FILES = [
  'Phoenix.Countries.actors.txt',
  'Phoenix.International.actors.txt',
  'Phoenix.MilNonState.actors.txt',
];
/** "Generated at: Thu Jan 30 16:06:18 2014" in Phoenix.Countries.actors.txt. */
export const PHOENIX_UPDATED = '2014-01-30';
const TOLERANCE_DAYS = 31;
export const KINDS = [
  'not-in-phoenix',
  'no-code',
  'country',
  'sector',
  'start',
  'end',
  'stale',
] as const;
export type Kind = (typeof KINDS)[number];

const DAY = 86_400_000;
const days = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
const iso = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const range = (c: { start: string | null; end: string | null }): string =>
  `${c.start ?? '…'}..${c.end ?? '…'}`;

/** Names compared without case, accents or punctuation: "Ban Ki-moon" = "BAN_KI-MOON". */
function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Country (or organisation) part and sector part of a code: IGOUNO|DEV, RUS|GOVMIL. */
function splitCode(code: string): { country: string; sector: string } {
  const cut = /^(?:IGO|NGO|MNC|IMG)/.test(code) ? 6 : 3;
  return { country: code.slice(0, cut), sector: code.slice(cut) };
}

/** Phoenix's codes for a person on a day: the dated codes that hold, else the defaults. */
function phoenixCodes(actors: readonly DatedActor[], day: string): string[] {
  const dated = actors.flatMap((a) =>
    a.codes.filter((c) => (c.start ?? day) <= day && day <= (c.end ?? day)),
  );
  if (dated.length > 0) return [...new Set(dated.map((c) => c.code).filter((c) => c !== ''))];
  return [...new Set(actors.flatMap((a) => (a.fallback === null ? [] : [a.fallback])))];
}

/** Phoenix's ranges with `code`, back-to-back ranges (gap ≤ 1 day) joined. */
function rangesOf(actors: readonly DatedActor[], code: string): DatedCode[] {
  const sorted = actors
    .flatMap((a) => a.codes.filter((c) => c.code === code))
    .sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
  const out: DatedCode[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    const gap = last?.end && c.start ? days(c.start) - days(last.end) : null;
    if (last && gap !== null && gap >= 0 && gap <= 1) out[out.length - 1] = { ...last, end: c.end };
    else out.push(c);
  }
  return out;
}

function overlap(a: DatedCode, from: number, to: number): number {
  const start = a.start ? days(a.start) : -Infinity;
  const end = a.end ? days(a.end) : Infinity;
  return Math.min(end, to) - Math.max(start, from);
}

/** The disagreements of one post, as [kind, text] pairs. */
function comparePost(post: DatedCode, phoenix: readonly DatedActor[]): [Kind, string][] {
  const out: [Kind, string][] = [];
  const from = days(post.start ?? post.end ?? PHOENIX_UPDATED);
  const to = Math.min(days(post.end ?? PHOENIX_UPDATED), days(PHOENIX_UPDATED));
  const middle = iso(Math.floor((from + to) / 2));
  const codes = phoenixCodes(phoenix, middle);
  if (codes.length === 0) return [['no-code', `Phoenix has no code on ${middle}`]];
  if (!codes.includes(post.code)) {
    const ours = splitCode(post.code);
    const theirs = codes.map(splitCode);
    const said = `on ${middle} Phoenix says ${codes.join('|')}`;
    if (!theirs.some((t) => t.country === ours.country)) {
      out.push([
        'country',
        `${said}: country ${theirs.map((t) => t.country).join('|')} ≠ ${ours.country}`,
      ]);
    }
    if (!theirs.some((t) => t.sector === ours.sector)) {
      const sectors = theirs.map((t) => t.sector || '-').join('|');
      out.push(['sector', `${said}: sector ${sectors} ≠ ${ours.sector || '-'}`]);
    }
  }
  const best = rangesOf(phoenix, post.code)
    .map((r) => ({ r, shared: overlap(r, from, to) }))
    .filter((x) => x.shared >= 0)
    .sort((a, b) => b.shared - a.shared)[0]?.r;
  if (!best) return out;
  const theirs = `Phoenix ${post.code} ${range(best)} (${basename(best.where)})`;
  if (post.start && best.start) {
    const off = days(post.start) - days(best.start);
    if (Math.abs(off) > TOLERANCE_DAYS) out.push(['start', `starts ${off} days from ${theirs}`]);
  }
  if (post.end && best.end) {
    const off = days(post.end) - days(best.end);
    if (Math.abs(off) > TOLERANCE_DAYS) out.push(['end', `ends ${off} days from ${theirs}`]);
  } else if (post.end && !best.end && post.end <= PHOENIX_UPDATED) {
    out.push(['stale', `ends ${post.end} but ${theirs} is open-ended`]);
  } else if (!post.end && best.end && days(best.end) < days(PHOENIX_UPDATED) - TOLERANCE_DAYS) {
    out.push(['end', `has no end but ${theirs} ends ${best.end}`]);
  }
  return out;
}

/** Phoenix's actors by name key, read with Parley's importer. */
function loadPhoenix(refDir: string): {
  byName: Map<string, Set<DatedActor>>;
  imported: number;
  problems: number;
} {
  const byName = new Map<string, Set<DatedActor>>();
  let imported = 0;
  let problems = 0;
  for (const file of PHOENIX_FILES) {
    const result = importDictionary(join(refDir, file));
    problems += result.problems.length;
    for (const e of result.entries) {
      if (!e.actor) continue;
      imported += 1;
      const key = nameKey(e.text);
      byName.set(key, (byName.get(key) ?? new Set()).add(e.actor));
    }
  }
  return { byName, imported, problems };
}

/**
 * The Phoenix actors a person is: those named by the full name, else by the variants of
 * two words or more, else by one-word variants (surnames).
 */
function findInPhoenix(
  name: string,
  names: readonly string[],
  byName: ReadonlyMap<string, ReadonlySet<DatedActor>>,
): DatedActor[] {
  const tiers = [
    [name],
    names.filter((n) => nameKey(n).includes(' ')),
    names.filter((n) => !nameKey(n).includes(' ')),
  ];
  for (const tier of tiers) {
    const found = new Set(tier.flatMap((n) => [...(byName.get(nameKey(n)) ?? [])]));
    if (found.size > 0) return [...found];
  }
  return [];
}

/** One disagreement between a built-in post and Phoenix. */
export interface Disagreement {
  readonly person: string;
  /** The post compared (null for a person Phoenix does not know at all). */
  readonly role: string | null;
  readonly start: string | null;
  readonly kind: Kind;
  readonly text: string;
  /** Phoenix files the person was found in. */
  readonly phoenix: string;
  /** The people file of the post (or of the person's first record). */
  readonly file: string;
}

export interface Comparison {
  readonly disagreements: readonly Disagreement[];
  readonly people: number;
  readonly comparable: number;
  readonly matched: number;
  readonly compared: number;
  readonly later: number;
  readonly imported: number;
  readonly problems: number;
}

/** Compares the built-in people with the Phoenix dictionaries in `refDir`. */
export function comparePeople(
  refDir: string,
  people: { people: DatedActor[]; entries: ActorEntry[] },
): Comparison {
  const { byName, imported, problems } = loadPhoenix(refDir);
  const variants = new Map<DatedActor, string[]>();
  for (const e of people.entries) {
    if (e.actor) variants.set(e.actor, [...(variants.get(e.actor) ?? []), e.text]);
  }
  const disagreements: Disagreement[] = [];
  let compared = 0;
  let later = 0;
  let matched = 0;
  let comparable = 0;
  for (const person of people.people) {
    const posts = person.codes.filter((c) => !c.start || c.start <= PHOENIX_UPDATED);
    later += person.codes.length - posts.length;
    if (posts.length === 0) continue;
    comparable += 1;
    const names = variants.get(person) ?? [person.name];
    const phoenix = findInPhoenix(person.name, names, byName);
    const where = phoenix.map((a) => basename(a.where)).join(', ');
    if (phoenix.length === 0) {
      const text = `none of ${names.map((n) => `"${n}"`).join(', ')} is in Phoenix`;
      disagreements.push({
        person: person.name,
        role: null,
        start: null,
        kind: 'not-in-phoenix',
        text,
        phoenix: '',
        file: basename(person.where).replace(/:\d+$/, ''),
      });
      continue;
    }
    matched += 1;
    for (const post of posts) {
      compared += 1;
      const label = `${post.role ?? '?'} ${post.code} ${range(post)} (${basename(post.where)})`;
      for (const [kind, text] of comparePost(post, phoenix)) {
        disagreements.push({
          person: person.name,
          role: post.role,
          start: post.start,
          kind,
          text: `${label}: ${text}`,
          phoenix: where,
          file: basename(post.where).replace(/:\d+$/, ''),
        });
      }
    }
  }
  return {
    disagreements,
    people: people.people.length,
    comparable,
    matched,
    compared,
    later,
    imported,
    problems,
  };
}
