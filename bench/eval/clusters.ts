/**
 * Event clustering on Parley's own corpus (bench/eval/clusters/: 23 articles on the
 * February 2016 Munich Syria talks, with syndicated copies, rewrites, a follow-up and
 * near-miss distractors; gold mentions in expected.tsv, documented in its README). The
 * corpus is ingested into a temporary store; each stored coded mention is matched to a gold
 * mention (same article, the gold substring in its sentence, same country-level dyad —
 * either direction for CONSULT and AGREE — and same PLOVER type); the clusters of the
 * matched mentions are scored against the gold events, pairwise and B-cubed.
 *
 *   npm run eval:clusters     prints the figures, the wrong merges and splits, the gold
 *                             mentions not coded; writes bench/out/eval-clusters.json
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/data/index.js';
import { scoreClustering, wrongMerges, wrongSplits } from '../../src/eval/index.js';
import type { Clustered, Disagreement } from '../../src/eval/index.js';
import { ingestCorpus, matchGold, readGold } from './clusters/setup.js';
import type { GoldMention, StoredMention } from './clusters/setup.js';

function pct(x: number | null): string {
  return x === null ? '-' : `${(100 * x).toFixed(1)}%`;
}

function brief(m: StoredMention): string {
  const r = m.record;
  const flags = [r.modality === 'actual' ? '' : r.modality, r.negated ? 'negated' : '']
    .filter((f) => f !== '')
    .join(',');
  return `${r.source.code} ${r.plover ?? r.cameo} ${r.target?.code ?? '-'} ${r.date ?? '-'}/${r.datePrecision ?? '-'}${flags ? ` [${flags}]` : ''}`;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-eval-clusters-'));
  try {
    const gold = readGold();
    const corpus = await ingestCorpus(join(dir, 'eval.db'));
    corpus.db.close();
    for (const f of corpus.failures) console.error(`${f.origin}: ${f.reason}`);
    const matched = matchGold(gold, corpus.mentions, corpus.countries);
    const byId = new Map(corpus.mentions.map((m) => [m.record.id, m]));
    const goldOf = new Map([...matched].map(([g, m]) => [m.record.id, g]));
    const items: Clustered[] = [...matched].map(([g, m]) => ({
      id: m.record.id,
      gold: g.event,
      predicted: m.cluster,
    }));
    const score = scoreClustering(items);
    const events = new Set(gold.map((g) => g.event));
    const sameModality = [...matched].filter(([g, m]) => {
      const modality = m.record.negated ? 'negated' : m.record.modality;
      return modality === g.modality;
    }).length;

    const line = (id: string): string => {
      const m = byId.get(id);
      if (!m) return id;
      return `${m.article} ${brief(m)}  "${m.record.sentence}"`;
    };
    const describe = (d: Disagreement): { key: string; parts: Record<string, string[]> } => ({
      key: d.key,
      parts: Object.fromEntries(
        [...d.parts].map(([k, xs]) => [k, xs.map((x) => line(x.id))] as const),
      ),
    });
    const merges = wrongMerges(items).map(describe);
    const splits = wrongSplits(items).map(describe);
    const missed = gold.filter((g) => !matched.has(g));
    const notInGold = corpus.mentions.filter((m) => !goldOf.has(m.record.id));
    const coded = (g: GoldMention): string[] =>
      corpus.mentions
        .filter((m) => m.article === g.article && m.record.sentence.includes(g.sentence))
        .map(brief);

    const result = {
      articles: corpus.totals.articles,
      goldMentions: gold.length,
      codedMentions: corpus.mentions.length,
      matched: matched.size,
      coderRecall: gold.length === 0 ? null : matched.size / gold.length,
      matchedWithGoldModality: sameModality,
      eventsBeforeClustering: corpus.mentions.length,
      eventsAfterClustering: corpus.clusters.length,
      expectedEvents: events.size,
      clustersOfMatched: score.predictedClusters,
      goldEventsOfMatched: score.goldClusters,
      pairwise: score.pairwise,
      bcubed: score.bcubed,
      wrongMerges: merges,
      wrongSplits: splits,
      missed: missed.map((g) => ({
        event: g.event,
        article: g.article,
        gold: `${g.source} ${g.type} ${g.target} ${g.date} ${g.modality}`,
        sentence: g.sentence,
        coded: coded(g),
      })),
      notInGold: notInGold.map((m) => line(m.record.id)),
    };

    console.log(
      `clustering corpus: ${result.articles} articles, ${gold.length} gold mentions of ${events.size} events`,
    );
    console.log(`coded mentions          ${result.codedMentions}`);
    console.log(
      `matched to gold         ${matched.size}  (coder recall ${pct(result.coderRecall)}; ${sameModality} with the gold modality)`,
    );
    console.log(`events before clustering ${result.eventsBeforeClustering}`);
    console.log(`events after clustering  ${result.eventsAfterClustering}`);
    console.log(`expected events          ${events.size}`);
    console.log(
      `matched mentions: ${score.items} in ${score.predictedClusters} clusters, ${score.goldClusters} gold events`,
    );
    const pw = score.pairwise;
    console.log(
      `pairwise  P ${pct(pw.precision)}  R ${pct(pw.recall)}  F1 ${pct(pw.f1)}  (${pw.truePairs} right pairs of ${pw.predictedPairs} predicted, ${pw.goldPairs} gold)`,
    );
    const b = score.bcubed;
    console.log(`B-cubed   P ${pct(b.precision)}  R ${pct(b.recall)}  F1 ${pct(b.f1)}`);
    const show = (title: string, ds: typeof merges): void => {
      console.log(`\n${title}: ${ds.length}`);
      for (const d of ds) {
        console.log(`  ${d.key}`);
        for (const [k, xs] of Object.entries(d.parts)) {
          console.log(`    ${k}`);
          for (const x of xs) console.log(`      ${x}`);
        }
      }
    };
    show('wrong merges (one cluster, several gold events)', merges);
    show('wrong splits (one gold event, several clusters)', splits);
    console.log(`\ngold mentions not coded as gold: ${missed.length}`);
    for (const m of result.missed) {
      console.log(`  ${m.article} ${m.event}: ${m.gold}  "${m.sentence}"`);
      console.log(`      coded: ${m.coded.length > 0 ? m.coded.join('; ') : 'nothing'}`);
    }
    console.log(`\ncoded mentions not in the gold: ${notInGold.length}`);
    for (const x of result.notInGold) console.log(`  ${x}`);

    const out = join(PROJECT_ROOT, 'bench', 'out');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'eval-clusters.json'), JSON.stringify(result, null, 2) + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
