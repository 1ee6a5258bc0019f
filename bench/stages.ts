/**
 * Cost of each pipeline stage on the benchmark corpus (bench/corpus.ts), in µs per
 * sentence, plus the actor matcher's mentions per second: where the end-to-end time
 * of `npm run bench` goes. Two rounds; the second is warm.
 *
 *   npm run bench:stages [-- --mb 2]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveArticle } from '../src/actors/index.js';
import { DEFAULT_DATA_DIR } from '../src/data/index.js';
import { codeSentence } from '../src/events/index.js';
import { fromJsonlLine } from '../src/ingest/index.js';
import { loadKnowledge } from '../src/knowledge.js';
import { createAnalyzer } from '../src/text/index.js';
import { writeCorpus } from './corpus.js';

function main(): void {
  const { values } = parseArgs({ options: { mb: { type: 'string' } } });
  const dir = mkdtempSync(join(tmpdir(), 'parley-stages-'));
  try {
    writeCorpus(dir, Number(values.mb ?? 2));
    const lines = readdirSync(dir)
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
      .filter((l) => l.trim() !== '');
    const analyzer = createAnalyzer();
    let t = performance.now();
    const knowledge = loadKnowledge({ dataDir: DEFAULT_DATA_DIR, actorFiles: [] }, analyzer);
    console.log(
      `knowledge: ${knowledge.actors.entries.length} dictionary entries loaded in ${(performance.now() - t).toFixed(0)} ms`,
    );
    const options = { explicit: {}, maxFileBytes: 1e9, maxLineBytes: 1e9, format: null };
    for (let round = 1; round <= 2; round++) {
      t = performance.now();
      const articles = lines.map((l, i) => fromJsonlLine(l, 'bench', `bench:${i}`, options));
      const read = performance.now() - t;
      t = performance.now();
      const docs = articles.map((a) => analyzer.sentences(a.text));
      const text = performance.now() - t;
      t = performance.now();
      const mentions = docs.map((d, i) =>
        resolveArticle(knowledge.actors, d, articles[i]?.published ?? null),
      );
      const actors = performance.now() - t;
      t = performance.now();
      let events = 0;
      docs.forEach((d, i) =>
        d.forEach(
          (s, j) => (events += codeSentence(knowledge.coder, s, mentions[i]?.[j] ?? []).length),
        ),
      );
      const code = performance.now() - t;
      const n = docs.reduce((sum, d) => sum + d.length, 0);
      const m = mentions.reduce((sum, d) => sum + d.reduce((x, list) => x + list.length, 0), 0);
      const per = (ms: number): string => `${((ms / n) * 1000).toFixed(0)} µs`;
      console.log(
        `round ${round}: ${articles.length} articles, ${n} sentences, ${m} mentions, ${events} events | read+clean ${per(read)} | text ${per(text)} | actors ${per(actors)} (${Math.round((m / actors) * 1000)} mentions/s) | events ${per(code)} per sentence`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
