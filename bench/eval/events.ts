/**
 * Event-coding evaluation on the gold data in ../shared (read at run time):
 *   1. PETRARCH's unit tests (ref/petrarch2/PETR.UnitTest.records.xml) coded with the
 *      PETR.Validate actor, agent and verb dictionaries imported: exact (source, target,
 *      code) sets;
 *   2. PLV pairs (gold/plv-train.jsonl): pair and sentence accuracy, macro-F1, confusion;
 *   3. the PLOVER gold standard (gold/plover-gsr.dev.jsonl, undated: its dates are
 *      placeholders): event type, source and target code;
 *   4. false positives on the seed pages: events coded in sentences that report no
 *      political interaction (labels in bench/eval/seed-labels.tsv).
 * Prints a summary, then each part; writes bench/out/eval-events.json.
 *
 *   npm run eval [-- --misses N]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { table } from '../../src/cli/output.js';
import { resolveConfig } from '../../src/config.js';
import { PROJECT_ROOT } from '../../src/data/index.js';
import {
  codeRecords,
  gsrReport,
  mapsAsObjects,
  pairReport,
  readGoldFile,
  scoreGsr,
  scorePairs,
  scoreUnitTests,
  unitTestReport,
} from '../../src/eval/index.js';
import { readInput } from '../../src/ingest/index.js';
import { createPipeline } from '../../src/pipeline.js';

const SHARED = join(PROJECT_ROOT, '..', 'shared');
const PETRARCH = join(SHARED, 'ref', 'petrarch2');

function pct(n: number, d: number): string {
  return d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`;
}

interface SeedSentence {
  readonly seed: string;
  readonly text: string;
  readonly label: string | null;
  readonly events: readonly string[];
}

/** Codes the seed pages as `parley ingest` stores them, and labels each sentence. */
async function seedSentences(): Promise<SeedSentence[]> {
  const labels = new Map<string, string>();
  for (const l of readFileSync(
    join(PROJECT_ROOT, 'bench', 'eval', 'seed-labels.tsv'),
    'utf8',
  ).split('\n')) {
    const [sha, , label] = l.split('\t');
    if (sha && label && !l.startsWith('#') && sha !== 'sha') labels.set(sha, label);
  }
  const pipeline = createPipeline(resolveConfig({}));
  const dir = join(SHARED, 'seeds');
  const out: SeedSentence[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const path = join(dir, name);
    const options = { explicit: {}, maxFileBytes: 50 << 20, maxLineBytes: 50 << 20, format: null };
    for await (const r of readInput({ kind: 'file', path, display: path }, options)) {
      if (!('article' in r)) throw new Error(`${name}: ${r.failure.reason}`);
      const p = pipeline.processArticle(r.article);
      for (const s of p.sentences) {
        const sha = createHash('sha256').update(s.text).digest('hex').slice(0, 12);
        const events = p.events
          .filter((e) => e.sentenceId === s.id && !e.negated)
          .map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);
        out.push({ seed: name.slice(0, 3), text: s.text, label: labels.get(sha) ?? null, events });
      }
    }
  }
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { misses: { type: 'string' } } });
  const misses = Number(values.misses ?? 10);
  if (!existsSync(SHARED)) {
    console.log(`skipped: ${SHARED} is absent (the gold files live in ../shared)`);
    return;
  }
  const started = Date.now();
  // 1. PETRARCH unit tests, with its validation dictionaries.
  const unitPipeline = createPipeline(
    resolveConfig({
      actorFiles: [
        join(PETRARCH, 'PETR.Validate.actors.txt'),
        join(PETRARCH, 'PETR.Validate.agents.txt'),
      ],
      verbFiles: [join(PETRARCH, 'PETR.Validate.verbs.txt')],
      discardFiles: [join(PETRARCH, 'PETR.Validate.discards.txt')],
    }),
  );
  const unitGold = readGoldFile(
    join(PETRARCH, 'PETR.UnitTest.records.xml'),
    'PETR.UnitTest.records.xml',
  );
  const unit = scoreUnitTests(codeRecords(unitPipeline, unitGold.unitTests));
  // 2 and 3: pairs and the gold standard, with Parley's own knowledge.
  const pipeline = createPipeline(resolveConfig({}));
  const plv = readGoldFile(join(SHARED, 'gold', 'plv-train.jsonl'), 'plv-train.jsonl');
  const pairs = scorePairs(codeRecords(pipeline, plv.pairs));
  const gsrGold = readGoldFile(
    join(SHARED, 'gold', 'plover-gsr.dev.jsonl'),
    'plover-gsr.dev.jsonl',
  );
  const gsr = scoreGsr(
    codeRecords(
      pipeline,
      gsrGold.gsr.map((r) => ({ ...r, date: null })),
    ),
  );
  // 4. False positives on the seed pages.
  const seeds = await seedSentences();
  const none = seeds.filter((s) => s.label === 'none');
  const falsePositives = none.filter((s) => s.events.length > 0);
  const withEvent = seeds.filter((s) => s.label === 'event');
  const unlabelled = seeds.filter((s) => s.label === null);
  const seconds = (Date.now() - started) / 1000;

  console.log(`Parley event-coding evaluation (${seconds.toFixed(1)} s)\n`);
  console.log(
    table(
      ['measure', 'value', 'target'],
      [
        [
          'PETRARCH unit tests: exact sets',
          `${unit.exact}/${unit.records}  ${pct(unit.exact, unit.records)}`,
          '≥ 80% (PETRARCH2: 90/279)',
        ],
        [
          'PLV pairs: pair accuracy',
          `${pairs.pairCorrect}/${pairs.pairs}  ${pct(pairs.pairCorrect, pairs.pairs)}`,
          '≥ 85%',
        ],
        [
          'PLV pairs: sentence accuracy',
          `${pairs.sentenceCorrect}/${pairs.pairs}  ${pct(pairs.sentenceCorrect, pairs.pairs)}`,
          '',
        ],
        ['PLV pairs: macro-F1', pairs.macroF1.toFixed(3), ''],
        [
          'GSR: event type',
          `${gsr.typeCorrect}/${gsr.records}  ${pct(gsr.typeCorrect, gsr.records)}`,
          '≥ 85%',
        ],
        [
          'GSR: source code',
          `${gsr.sourceCorrect}/${gsr.withSource}  ${pct(gsr.sourceCorrect, gsr.withSource)}`,
          '≥ 85%',
        ],
        [
          'GSR: target code',
          `${gsr.targetCorrect}/${gsr.withTarget}  ${pct(gsr.targetCorrect, gsr.withTarget)}`,
          '≥ 85%',
        ],
        [
          'seeds: sentences with no interaction that got events',
          `${falsePositives.length}/${none.length}`,
          '0',
        ],
        [
          'seeds: sentences with an interaction that got events',
          `${withEvent.filter((s) => s.events.length > 0).length}/${withEvent.length}`,
          '',
        ],
      ],
    ),
  );
  console.log(`\n${unitTestReport('1. PETRARCH unit tests', unit, misses)}`);
  console.log(`\n${pairReport('2. PLV pairs (plv-train.jsonl)', pairs, misses)}`);
  console.log(
    `\n${gsrReport('3. PLOVER gold standard (plover-gsr.dev.jsonl, undated)', gsr, misses)}`,
  );
  console.log('\n4. Seed pages: events in sentences that report no political interaction');
  console.log(
    falsePositives.length === 0
      ? 'none'
      : table(
          ['seed', 'events', 'sentence'],
          falsePositives.map((s) => [s.seed, s.events.join('; '), s.text]),
        ),
  );
  if (unlabelled.length > 0)
    console.log(
      `\n${unlabelled.length} stored seed sentences have no label (the cleaner or splitter changed them): update bench/eval/seed-labels.tsv`,
    );

  const dir = join(PROJECT_ROOT, 'bench', 'out');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'eval-events.json'),
    `${JSON.stringify(
      {
        unitTests: unit,
        pairs,
        gsr,
        seeds: {
          sentences: seeds.length,
          noInteraction: none.length,
          falsePositives: falsePositives.map((s) => ({
            seed: s.seed,
            events: s.events,
            text: s.text,
          })),
          withInteraction: withEvent.length,
          withInteractionCoded: withEvent.filter((s) => s.events.length > 0).length,
          unlabelled: unlabelled.length,
        },
      },
      mapsAsObjects,
      2,
    )}\n`,
  );
}

await main();
