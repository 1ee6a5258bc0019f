import { tokenKey } from './keys.js';
import { holders } from './resolve.js';
import type { DatedActor } from './types.js';

/** People looked up by surname and by post, for titles and coreference. */
export interface PeopleIndex {
  /**
   * The person whose name ends with `name`'s last word, among those who held `role` in
   * `scope` (the one in post on `date` when given): "President Bush" → George W. Bush.
   * Null when no one or more than one person fits.
   */
  bySurname(
    name: string,
    role: string | null,
    scope: string | null,
    date: string | null,
  ): DatedActor | null;
  /** The single holder of `role` in `scope` on `date`, or null (nobody, or several). */
  holder(role: string, scope: string, date: string): DatedActor | null;
}

/** An Arabic article joined to a surname ("al-Assad"): news also writes it alone ("Assad"). */
const ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an)-/i;
const REGNAL = /^[IVX]+$/;

/**
 * The key of a name's surname, its last word ("Sergey Lavrov" → "lavrov"), without an
 * Arabic article ("Bashar al-Assad" → "assad"), a regnal number ("Charles III" →
 * "charles") or a territorial style ("Albert II of Monaco" → "albert"). A hyphenated
 * surname stays whole: "Jean-Charles" is not "Charles".
 */
export function surnameKey(name: string): string {
  const words = name.split(/\s+/).filter((w) => w !== '');
  const of = words.indexOf('of');
  let end = of > 0 ? of : words.length;
  while (end > 1 && REGNAL.test(words[end - 1] ?? '')) end--;
  return tokenKey((words[end - 1] ?? '').replace(ARTICLE, ''));
}

export function indexPeople(
  people: readonly DatedActor[],
  variants: ReadonlyMap<DatedActor, readonly string[]>,
): PeopleIndex {
  // Holders by post and scope (country code or full organisation code), so that a title
  // looks at a handful of people, not all of them.
  const byPost = new Map<string, DatedActor[]>();
  for (const p of people) {
    for (const c of p.codes) {
      if (!c.role) continue;
      for (const scope of new Set([c.code.slice(0, 3), c.code])) {
        const key = `${c.role}|${scope}`;
        const list = byPost.get(key) ?? [];
        if (!list.includes(p)) list.push(p);
        byPost.set(key, list);
      }
    }
  }
  const bySurname = new Map<string, DatedActor[]>();
  for (const p of people) {
    const keys = new Set([p.name, ...(variants.get(p) ?? [])].map(surnameKey));
    for (const k of keys) {
      const list = bySurname.get(k) ?? [];
      list.push(p);
      bySurname.set(k, list);
    }
  }
  return {
    bySurname(name, role, scope, date) {
      let candidates = bySurname.get(surnameKey(name)) ?? [];
      if (role) {
        candidates = candidates.filter((p) =>
          p.codes.some((c) => c.role === role && (scope === null || c.code.startsWith(scope))),
        );
      }
      if (date && candidates.length > 1) {
        const inPost = candidates.filter((p) =>
          p.codes.some((c) => (c.start ?? '') <= date && (c.end === null || date <= c.end)),
        );
        if (inPost.length > 0) candidates = inPost;
      }
      return candidates.length === 1 ? (candidates[0] ?? null) : null;
    },
    holder(role, scope, date) {
      const found = holders(byPost.get(`${role}|${scope}`) ?? [], role, scope, date);
      return found.length === 1 ? (found[0] ?? null) : null;
    },
  };
}
