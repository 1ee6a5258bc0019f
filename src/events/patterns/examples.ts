/** An example sentence written next to a pattern, which the tests code. */
export interface PatternExample {
  /** The pattern line's `file:line`, as in each event's `why.pattern`. */
  readonly where: string;
  readonly sentence: string;
  /** `SOURCE TARGET` codes expected (`-` for no target), or null when not given. */
  readonly actors: string | null;
  /** The pattern codes nothing (`---`): the example must give no event. */
  readonly none: boolean;
}

const EXAMPLE = /#\s*ex:\s*(.+?)\s*(?:=>\s*(\S+)\s+(\S+)\s*)?$/;

/** The example of a pattern line (`CODE pattern  # ex: sentence [=> SRC TGT]`), or null. */
export function parseExample(line: string, where: string): PatternExample | null {
  const hash = line.indexOf('#');
  if (hash <= 0 || line.slice(0, hash).trim() === '') return null;
  const m = EXAMPLE.exec(line.slice(hash));
  if (!m?.[1]) return null;
  return {
    where,
    sentence: m[1],
    actors: m[2] && m[3] ? `${m[2]} ${m[3]}` : null,
    none: line.trimStart().startsWith('---'),
  };
}
