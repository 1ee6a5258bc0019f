import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadActorKnowledge } from './actors/index.js';
import type { ActorKnowledge } from './actors/index.js';
import { loadOntology, loadPatterns } from './events/index.js';
import type { CoderKnowledge } from './events/index.js';
import type { Analyzer } from './text/index.js';

/** Everything loaded from data/: compiled once per process and passed down. */
export interface Knowledge {
  readonly actors: ActorKnowledge;
  readonly coder: CoderKnowledge;
  /** Hash of every data file: stored with each article so a dictionary change triggers re-coding. */
  readonly hash: string;
}

function hashDataDir(dataDir: string): string {
  const h = createHash('sha256');
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.(tsv|txt)$/.test(e.name)) {
        h.update(path.slice(dataDir.length));
        h.update(readFileSync(path));
      }
    }
  };
  walk(dataDir);
  return h.digest('hex').slice(0, 16);
}

export function loadKnowledge(dataDir: string, analyzer: Analyzer): Knowledge {
  const ontology = loadOntology(dataDir);
  return Object.freeze({
    actors: loadActorKnowledge(dataDir, (text) => analyzer.tokenize(text)),
    coder: { ontology, patterns: loadPatterns(dataDir, ontology) },
    hash: hashDataDir(dataDir),
  });
}
