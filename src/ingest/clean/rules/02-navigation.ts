/**
 * Site navigation: skip links, menu items and breadcrumbs. Matched on the whole line,
 * after any list number ("1. Skip to content").
 */
import { stripListMarker, wordCount } from '../shape.js';
import type { RemovalReason } from '../types.js';

/** Whole-line navigation labels (case-insensitive). */
export const NAVIGATION_LINES: readonly RegExp[] = [
  /^skip to\b/iu,
  /^(?:jump|go) to (?:content|main|navigation|search|top)\b/iu,
  /^(?:main |site |open |close )?(?:menu|navigation)$/iu,
  /^toggle (?:navigation|menu|search)$/iu,
  /^(?:home|search|log ?in|sign in|log ?out|sign out|close|more|back to top|top)$/iu,
  /^(?:next|previous|prev)(?: (?:article|story|post|page))?$/iu,
];

/** Breadcrumbs: short items separated by ›, », > or /, e.g. "Home › World › Middle East". */
const BREADCRUMB = /^[^.!?]{1,40}(?:\s+[›»>|]\s+[^.!?]{1,40}){2,}$/u;

/** `navigation` for skip links, menu items and breadcrumbs; null otherwise. */
export function navigation(text: string): RemovalReason | null {
  const line = stripListMarker(text);
  if (wordCount(line) > 12) return null;
  if (NAVIGATION_LINES.some((pattern) => pattern.test(line))) return 'navigation';
  return BREADCRUMB.test(line) ? 'navigation' : null;
}
