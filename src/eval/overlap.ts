/** Words that do not make two actor texts the same actor ("the", "of"). */
const STOP: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'and', 'its', 'their', 's']);

/** The content words of a text, lower case, without dots ("U.S." → "us"). */
export function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/\./g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== '' && !STOP.has(w)),
  );
}

/** True when two texts share a content word: how a mention is matched to a gold span. */
export function overlaps(a: string, b: string): boolean {
  const wa = contentWords(a);
  for (const w of contentWords(b)) if (wa.has(w)) return true;
  return false;
}
