/**
 * The clustering corpus ingested into a fresh store, and its coded mentions matched to the
 * gold mentions of expected.tsv (format in README.md). Used by bench/eval/clusters.ts and
 * test/clusters.e2e.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { resolveConfig } from '../../../src/config.js';
import { PROJECT_ROOT, readTsv } from '../../../src/data/index.js';
import { sideOf } from '../../../src/dedup/index.js';
import { ParleyError } from '../../../src/errors.js';
import { expandInputs, readOptions } from '../../../src/ingest/index.js';
import type { IngestFailure } from '../../../src/ingest/index.js';
import { createPipeline } from '../../../src/pipeline.js';
import { ingestAll } from '../../../src/run.js';
import type { IngestTotals } from '../../../src/run.js';
import {
  listArticles,
  openDatabase,
  queryClusters,
  queryEvents,
} from '../../../src/store/index.js';
import type { ClusterRecord, EventRecord } from '../../../src/store/index.js';

const DIR = join(PROJECT_ROOT, 'bench', 'eval', 'clusters');
export const CORPUS = join(DIR, 'corpus.jsonl');
export const EXPECTED = join(DIR, 'expected.tsv');
const COLUMNS = [
  'event',
  'article',
  'sentence',
  'source',
  'target',
  'type',
  'date',
  'modality',
] as const;

export interface GoldMention {
  readonly event: string;
  readonly article: string;
  readonly sentence: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly date: string;
  readonly modality: string;
  readonly where: string;
}

export function readGold(path: string = EXPECTED): GoldMention[] {
  return readTsv(path, path, COLUMNS).map(({ fields, where }) => {
    const f = (name: (typeof COLUMNS)[number]): string => {
      const v = fields[name];
      if (!v) throw new ParleyError(`empty "${name}"`, { where });
      return v;
    };
    return {
      event: f('event'),
      article: f('article'),
      sentence: f('sentence'),
      source: f('source'),
      target: f('target'),
      type: f('type'),
      date: f('date'),
      modality: f('modality'),
      where,
    };
  });
}

/** A stored coded mention with the corpus id of its article and the event it was put in. */
export interface StoredMention {
  readonly record: EventRecord;
  readonly article: string;
  readonly cluster: string;
}

export interface IngestedCorpus {
  readonly db: Database.Database;
  readonly totals: IngestTotals;
  readonly failures: readonly IngestFailure[];
  readonly countries: ReadonlySet<string>;
  readonly clusters: readonly ClusterRecord[];
  readonly mentions: readonly StoredMention[];
  /** Corpus id → stored article id. */
  readonly articleIds: ReadonlyMap<string, string>;
}

/** Corpus ids by URL, from the corpus file. */
function corpusIds(path: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const { id, url } = JSON.parse(line) as { id: string; url: string };
    ids.set(url, id);
  }
  return ids;
}

/** Ingests the corpus into a new database at `dbPath` and reads back its events. */
export async function ingestCorpus(
  dbPath: string,
  corpus: string = CORPUS,
): Promise<IngestedCorpus> {
  const config = resolveConfig({ db: dbPath });
  const db = openDatabase(config.db);
  const pipeline = createPipeline(config);
  const failures: IngestFailure[] = [];
  const totals = await ingestAll(expandInputs([corpus]), db, pipeline, readOptions(config), {
    onFailure: (f) => failures.push(f),
  });
  const byUrl = corpusIds(corpus);
  const articleIds = new Map<string, string>();
  const corpusIdOf = new Map<string, string>();
  for (const a of listArticles(db)) {
    const id = a.url === null ? undefined : byUrl.get(a.url);
    if (id === undefined)
      throw new ParleyError(`stored article ${a.id} is not in the corpus`, { where: corpus });
    articleIds.set(id, a.id);
    corpusIdOf.set(a.id, id);
  }
  const clusters = [...queryClusters(db)];
  const mentions: StoredMention[] = [];
  for (const c of clusters) {
    for (const record of queryEvents(db, { cluster: c.id })) {
      mentions.push({ record, article: corpusIdOf.get(record.articleId) ?? '?', cluster: c.id });
    }
  }
  return { db, totals, failures, countries: pipeline.countries, clusters, mentions, articleIds };
}

const SYMMETRIC: ReadonlySet<string> = new Set(['CONSULT', 'AGREE']);

/** True when a coded mention is the gold one: article, sentence, country-level dyad, type. */
export function matches(m: StoredMention, g: GoldMention, countries: ReadonlySet<string>): boolean {
  if (m.article !== g.article || !m.record.sentence.includes(g.sentence)) return false;
  if (m.record.plover !== g.type) return false;
  const source = sideOf(m.record.source, countries);
  const target = sideOf(m.record.target, countries);
  if (source === g.source && target === g.target) return true;
  return SYMMETRIC.has(g.type) && source === g.target && target === g.source;
}

/** Each gold mention matched to at most one coded mention and the reverse, in corpus order. */
export function matchGold(
  gold: readonly GoldMention[],
  mentions: readonly StoredMention[],
  countries: ReadonlySet<string>,
): Map<GoldMention, StoredMention> {
  const matched = new Map<GoldMention, StoredMention>();
  const used = new Set<StoredMention>();
  for (const g of gold) {
    const m = mentions.find((x) => !used.has(x) && matches(x, g, countries));
    if (!m) continue;
    matched.set(g, m);
    used.add(m);
  }
  return matched;
}
