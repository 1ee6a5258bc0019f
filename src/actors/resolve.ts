import { ROLE_PRECEDENCE } from './people.js';
import type { DatedActor, DatedCode } from './types.js';

/** How a dated actor is coded on a date, and why. */
export interface Resolution {
  /** The code, or null when nothing certain can be said. */
  readonly code: string | null;
  /** Display name on that date (a renamed group's name then; a person's name). */
  readonly name: string;
  /** The dated record that applied, or null. */
  readonly record: DatedCode | null;
  /** How the code was chosen. */
  readonly rule: 'in-range' | 'former' | 'before' | 'fallback' | 'undated-common' | 'none';
}

function covers(c: DatedCode, date: string): boolean {
  return (c.start === null || c.start <= date) && (c.end === null || date <= c.end);
}

function seniority(c: DatedCode): number {
  const k = c.role ? ROLE_PRECEDENCE.indexOf(c.role) : -1;
  return k < 0 ? ROLE_PRECEDENCE.length : k;
}

/** The longest prefix of three-letter blocks all codes share (`USALEG`, `USAGOV` → `USA`). */
function commonCode(codes: readonly string[]): string | null {
  if (codes.length === 0) return null;
  let prefix = codes[0] ?? '';
  for (const c of codes) {
    let k = 0;
    while (
      k + 3 <= Math.min(prefix.length, c.length) &&
      prefix.slice(k, k + 3) === c.slice(k, k + 3)
    )
      k += 3;
    prefix = prefix.slice(0, k);
  }
  return prefix === '' ? null : prefix;
}

/**
 * The code of a dated actor on `date` (ISO) or with no date:
 * - the record covering the date (the most senior post when several do);
 * - a person after their last post: that post's country + `ELI` (a former official);
 *   before their first: that post's country alone (unless it is an organisation's);
 * - a group before its first name or after its last: that lineage's code, its nearest name;
 * - an imported actor outside its ranges: its default code;
 * - no date: only what every record shares (Kerry, senator then secretary of state: `USA`).
 */
export function resolveOn(actor: DatedActor, date: string | null): Resolution {
  const { codes } = actor;
  if (date === null) {
    const shared = commonCode([
      ...codes.map((c) => c.code).filter((c) => c !== ''),
      ...(actor.fallback ? [actor.fallback] : []),
    ]);
    return {
      code: shared,
      name: actor.name,
      record: null,
      rule: shared ? 'undated-common' : 'none',
    };
  }
  const covering = codes.filter((c) => covers(c, date)).sort((a, b) => seniority(a) - seniority(b));
  const best = covering[0];
  // An imported record may say "recognised, no code" (TABARI's `---`): never a code.
  if (best) {
    return {
      code: best.code || null,
      name: best.name ?? actor.name,
      record: best,
      rule: 'in-range',
    };
  }
  if (actor.fallback)
    return { code: actor.fallback, name: actor.name, record: null, rule: 'fallback' };
  const before = codes.filter((c) => c.end !== null && c.end < date);
  const last = before.sort((a, b) => (a.end ?? '').localeCompare(b.end ?? '')).pop();
  if (actor.kind === 'person' && last) {
    return { code: `${last.code.slice(0, 3)}ELI`, name: actor.name, record: last, rule: 'former' };
  }
  if (actor.kind === 'group') {
    const nearest = last ?? codes[0];
    if (nearest)
      return {
        code: nearest.code,
        name: nearest.name ?? actor.name,
        record: nearest,
        rule: last ? 'former' : 'before',
      };
  }
  // A person before their first post: their country is known, their sector is not.
  const first = codes[0];
  if (actor.kind === 'person' && first && !first.code.startsWith('IGO')) {
    return { code: first.code.slice(0, 3), name: actor.name, record: first, rule: 'before' };
  }
  return { code: null, name: actor.name, record: null, rule: 'none' };
}

/** The people holding `role` in `scope` (country or organisation code) on `date`. */
export function holders(
  people: readonly DatedActor[],
  role: string,
  scope: string,
  date: string,
): DatedActor[] {
  return people.filter((p) =>
    p.codes.some((c) => c.role === role && c.code.startsWith(scope) && covers(c, date)),
  );
}
