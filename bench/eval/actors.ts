/**
 * Actor-code accuracy on the PLOVER gold standard (../shared/gold/plover-gsr.dev.jsonl):
 * for every gold source and target actor, the Parley mention that overlaps its text,
 * and whether that mention's country/IGO code and sector agree with the gold ones.
 * The gold dates are placeholders (2000-01-01), so sentences are coded undated.
 *
 *   npm run eval:actors            prints the table and the misses, writes bench/out/eval-actors.json
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveArticle } from '../../src/actors/index.js';
import type { ActorMention } from '../../src/actors/index.js';
import { PROJECT_ROOT, DEFAULT_DATA_DIR } from '../../src/data/index.js';
import { goldCountry } from '../../src/eval/index.js';
import { loadKnowledge } from '../../src/knowledge.js';
import { createAnalyzer } from '../../src/text/index.js';

interface GoldActor {
  actorText: string;
  code: string;
  sector?: string;
}
interface GoldRecord {
  id: string;
  text: string;
  source: GoldActor[];
  target: GoldActor[];
}

const GOLD = join(PROJECT_ROOT, '..', 'shared', 'gold', 'plover-gsr.dev.jsonl');

/** Character span of the gold actor text in the sentence ("U.S. ... negotiators": its first part). */
function spanOf(text: string, actorText: string): [number, number] | null {
  const first = actorText.split('...')[0]?.trim() ?? actorText;
  const at = text.indexOf(first);
  if (at >= 0) return [at, at + first.length];
  // The gold text is sometimes edited ("Greek-Cypriot" for "Greek"): its longest word that is there.
  const words = first.split(/[\s-]+/).filter((w) => w.length > 2);
  for (const w of words) {
    const k = text.indexOf(w);
    if (k >= 0) return [k, k + w.length];
  }
  return null;
}

function main(): void {
  if (!existsSync(GOLD)) {
    console.log(`skipped: ${GOLD} is absent (the gold file lives in ../shared)`);
    return;
  }
  const records = readFileSync(GOLD, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldRecord);
  const analyzer = createAnalyzer();
  const knowledge = loadKnowledge({ dataDir: DEFAULT_DATA_DIR, actorFiles: [] }, analyzer);
  let total = 0;
  let found = 0;
  let code = 0;
  let codeIso = 0;
  let withSector = 0;
  let sector = 0;
  let sectorIso = 0;
  const misses: string[] = [];
  for (const r of records) {
    const sentences = analyzer.sentences(r.text);
    const mentions: { m: ActorMention; start: number; end: number }[] = [];
    resolveArticle(knowledge.actors, sentences, null).forEach((list, k) => {
      const s = sentences[k];
      if (!s) return;
      for (const m of list) {
        for (const x of m.members ?? [m]) {
          mentions.push({
            m: x,
            start: s.start + (s.tokens[m.start]?.start ?? 0),
            end: s.start + (s.tokens[m.end - 1]?.end ?? 0),
          });
        }
      }
    });
    for (const gold of [...r.source, ...r.target]) {
      total++;
      const span = spanOf(r.text, gold.actorText);
      const overlapping = span
        ? mentions.filter((x) => x.start < span[1] && span[0] < x.end && x.m.code !== '')
        : [];
      const goldCode = gold.code.slice(0, 3);
      const goldSector = gold.sector ? gold.sector.replace(/[^A-Z]/g, '').slice(0, 3) : null;
      const best =
        overlapping.find((x) => (x.m.primary ?? '').slice(0, 3) === goldCode) ?? overlapping[0];
      if (!best) {
        misses.push(
          `${r.id}  "${gold.actorText}" ${gold.code}${goldSector ? `/${goldSector}` : ''}: no actor found`,
        );
        continue;
      }
      found++;
      const primary = (best.m.primary ?? '').slice(0, 3);
      const codeOk = primary === goldCode;
      if (codeOk) code++;
      const codeIsoOk = primary === goldCountry(goldCode);
      if (codeIsoOk) codeIso++;
      if (goldSector) {
        withSector++;
        const sectorOk = (best.m.sector ?? '').slice(0, 3) === goldSector;
        if (codeOk && sectorOk) sector++;
        if (codeIsoOk && sectorOk) sectorIso++;
      }
      if (!codeOk || (goldSector && (best.m.sector ?? '').slice(0, 3) !== goldSector)) {
        misses.push(
          `${r.id}  "${gold.actorText}" ${gold.code}${goldSector ? `/${goldSector}` : ''}: Parley "${best.m.text}" ${best.m.code}`,
        );
      }
    }
  }
  const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
  const result = {
    file: 'gold/plover-gsr.dev.jsonl',
    records: records.length,
    goldActors: total,
    found,
    codeCorrect: code,
    codeAccuracy: total === 0 ? 0 : code / total,
    codeCorrectIso: codeIso,
    codeAccuracyIso: total === 0 ? 0 : codeIso / total,
    withSector,
    sectorCorrect: sector,
    sectorAccuracy: withSector === 0 ? 0 : sector / withSector,
    sectorCorrectIso: sectorIso,
  };
  console.log('Actor codes on the PLOVER gold standard (plover-gsr.dev.jsonl), sentences undated');
  console.log(`gold actors                 ${total}`);
  console.log(`found (an actor overlaps)   ${found}  ${pct(found, total)}`);
  console.log(`country/IGO code right      ${code}  ${pct(code, total)}   (target ≥ 90%)`);
  console.log(`  reading ITL/JAP/VTN as ITA/JPN/VNM ${codeIso}  ${pct(codeIso, total)}`);
  console.log(
    `sector right (of ${withSector} with one) ${sector}  ${pct(sector, withSector)}   (target ≥ 80%)`,
  );
  console.log(`  reading ITL/JAP/VTN as ITA/JPN/VNM ${sectorIso}  ${pct(sectorIso, withSector)}`);
  console.log(`\n${misses.length} misses:`);
  for (const m of misses) console.log(`  ${m}`);
  const out = join(PROJECT_ROOT, 'bench', 'out');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'eval-actors.json'),
    `${JSON.stringify({ ...result, misses }, null, 2)}\n`,
  );
}

main();
