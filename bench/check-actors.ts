/**
 * `npm run check:actors`: compares every built-in person and post with the Phoenix
 * actor dictionaries of ../shared/ref/petrarch2 (see bench/phoenix/compare.ts for the
 * kinds of disagreement) and prints the ones not yet settled in
 * data/actors/phoenix-settled/*.tsv (all of them with --all), then the counts.
 * Disagreements are questions to settle, not failures: the script exits 0 unless the
 * data cannot be read; test/phoenix-check.test.ts fails while any is unsettled.
 *
 *   npm run check:actors [-- --all] [-- --file europe.tsv] [-- --shared DIR]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadPeople, loadRoles } from '../src/actors/index.js';
import { DEFAULT_DATA_DIR, PROJECT_ROOT } from '../src/data/index.js';
import { errorMessage } from '../src/errors.js';
import { comparePeople, KINDS, PHOENIX_UPDATED } from './phoenix/compare.js';
import { loadSettlements, settlementOf } from './phoenix/settled.js';

function main(): void {
  const { values } = parseArgs({
    options: { shared: { type: 'string' }, all: { type: 'boolean' }, file: { type: 'string' } },
  });
  const refDir = join(values.shared ?? join(PROJECT_ROOT, '..', 'shared'), 'ref', 'petrarch2');
  if (!existsSync(refDir)) {
    console.log(`check-actors: ${refDir} is absent; nothing to compare.`);
    return;
  }
  let result;
  let settlements;
  try {
    result = comparePeople(refDir, loadPeople(DEFAULT_DATA_DIR, loadRoles(DEFAULT_DATA_DIR)));
    settlements = loadSettlements(DEFAULT_DATA_DIR);
  } catch (error) {
    console.error(`check-actors: ${errorMessage(error)}`);
    process.exitCode = 1;
    return;
  }
  console.log(
    `Phoenix: ${result.imported} phrases (${result.problems} import problems); last updated ${PHOENIX_UPDATED}`,
  );
  let person = '';
  const open = new Map<string, number>(KINDS.map((k) => [k, 0]));
  const closed = new Map<string, number>();
  const shown = result.disagreements.filter((d) => !values.file || d.file === values.file);
  for (const d of shown) {
    const settled = settlementOf(settlements, d);
    if (settled) closed.set(settled.outcome, (closed.get(settled.outcome) ?? 0) + 1);
    else open.set(d.kind, (open.get(d.kind) ?? 0) + 1);
    if (settled && !values.all) continue;
    if (d.person !== person) {
      person = d.person;
      console.log(`\n${person}${d.phoenix ? ` — ${d.phoenix}` : ''}`);
    }
    console.log(
      `  [${d.kind}] ${d.text}${settled ? `  => settled: ${settled.outcome} (${settled.note})` : ''}`,
    );
  }
  const unsettled = [...open.values()].reduce((a, b) => a + b, 0);
  console.log(
    `\n${result.people} people, ${result.comparable} with a post before ${PHOENIX_UPDATED}, ${result.matched} of them found in Phoenix; ${result.compared} posts compared, ${result.later} starting later not compared`,
  );
  console.log(
    `${shown.length} disagreements: ${shown.length - unsettled} settled (${[...closed].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}), ${unsettled} unsettled (${KINDS.map((k) => `${k} ${open.get(k) ?? 0}`).join(', ')})`,
  );
}

main();
