import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../../errors.js';
import type { Ontology } from '../ontology.js';
import { parsePatternLine } from './syntax.js';
import { NULL_CODE } from './types.js';
import type { Pattern } from './types.js';

/** Patterns indexed for matching: verb patterns by head lemma, noun patterns by first word. */
export interface PatternIndex {
  readonly verbs: ReadonlyMap<string, readonly Pattern[]>;
  /** Verb patterns by a form as written ("said", "broke"): imported dictionaries list them. */
  readonly verbForms: ReadonlyMap<string, readonly Pattern[]>;
  readonly nouns: ReadonlyMap<string, readonly Pattern[]>;
  /** Nouns of patterns that start with `+S` ("+S airstrike on +T"): acts an actor owns. */
  readonly ownedNouns: ReadonlySet<string>;
  readonly size: number;
}

/** Parses pattern files' text; `files` are `[label, text]` pairs, read in order. */
export function indexPatterns(
  files: readonly (readonly [string, string])[],
  ontology: Ontology,
): PatternIndex {
  const verbs = new Map<string, Pattern[]>();
  const nouns = new Map<string, Pattern[]>();
  const ownedNouns = new Set<string>();
  let size = 0;
  for (const [label, text] of files) {
    const lines = text.split('\n');
    for (let n = 0; n < lines.length; n++) {
      const where = `${label}:${n + 1}`;
      const pattern = parsePatternLine(lines[n] ?? '', where);
      if (!pattern) continue;
      if (pattern.code !== NULL_CODE && !ontology.has(pattern.code)) {
        throw new ParleyError(`CAMEO code ${pattern.code} is not in the ontology`, { where });
      }
      const index = pattern.kind === 'verb' ? verbs : nouns;
      if (pattern.elements[0]?.kind === 'source') for (const h of pattern.heads) ownedNouns.add(h);
      addTo(index, pattern.heads, pattern);
      size++;
    }
  }
  return { verbs, verbForms: new Map(), nouns, ownedNouns, size };
}

function addTo(index: Map<string, Pattern[]>, keys: readonly string[], pattern: Pattern): void {
  for (const key of keys) {
    const list = index.get(key) ?? [];
    list.push(pattern);
    index.set(key, list);
  }
}

/**
 * Adds imported verb patterns (`--verbs FILE`) to an index: for a verb with patterns in
 * both, all of them are candidates; when an imported one matches, the imported ones
 * decide (`priority`, see the coder). Noun patterns stay as they are.
 */
export function mergePatterns(base: PatternIndex, imported: readonly Pattern[]): PatternIndex {
  if (imported.length === 0) return base;
  const copy = (m: ReadonlyMap<string, readonly Pattern[]>): Map<string, Pattern[]> =>
    new Map([...m].map(([k, v]) => [k, [...v]]));
  const verbs = copy(base.verbs);
  const verbForms = copy(base.verbForms);
  for (const p of imported) {
    if (p.kind !== 'verb') continue;
    addTo(verbs, p.heads, p);
    addTo(verbForms, p.forms, p);
  }
  return { ...base, verbs, verbForms, size: base.size + imported.length };
}

/** Reads every `*.txt` in `dataDir/verbs/`, in file-name order. */
export function loadPatterns(dataDir: string, ontology: Ontology): PatternIndex {
  const dir = join(dataDir, 'verbs');
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
  } catch (cause) {
    throw new ParleyError('cannot read the verb pattern folder', { where: 'data/verbs', cause });
  }
  const files = names.map((f) => [`data/verbs/${f}`, readFileSync(join(dir, f), 'utf8')] as const);
  return indexPatterns(files, ontology);
}
