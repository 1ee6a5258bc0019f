import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../../errors.js';
import type { Ontology } from '../ontology.js';
import { parsePatternLine } from './syntax.js';
import type { Pattern } from './types.js';

/** Patterns indexed for matching: verb patterns by head lemma, noun patterns by first word. */
export interface PatternIndex {
  readonly verbs: ReadonlyMap<string, readonly Pattern[]>;
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
      if (!ontology.has(pattern.code)) {
        throw new ParleyError(`CAMEO code ${pattern.code} is not in the ontology`, { where });
      }
      const index = pattern.kind === 'verb' ? verbs : nouns;
      if (pattern.elements[0]?.kind === 'source') for (const h of pattern.heads) ownedNouns.add(h);
      for (const head of pattern.heads) {
        const list = index.get(head) ?? [];
        list.push(pattern);
        index.set(head, list);
      }
      size++;
    }
  }
  return { verbs, nouns, ownedNouns, size };
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
