/**
 * Where the CPU time of an ingest goes, read off a V8 CPU profile: each sample goes to the
 * innermost Parley folder on its stack (`src/text`, `src/store`, … : the pipeline stages,
 * with the packages they call), then the functions with the most self and inclusive time.
 *
 *   node --cpu-prof --cpu-prof-dir=bench/out/prof dist/bench/throughput.js --child --mb 5
 *   node dist/bench/profile.js bench/out/prof/CPU.*.cpuprofile [--top 30] [--under processTicksAndRejections]
 *
 * Percentages are of all samples (loading the model and dictionaries included), or with
 * `--under NAME` of the samples with the function NAME on their stack. In the throughput
 * child everything after its first `await` is the timed ingest, reading included, so
 * `--under processTicksAndRejections` leaves out the loading (`--under ingestAll` would
 * also leave out reading and cleaning, which run in the input's async generator).
 * Commits show under `src/run.js`, which issues them.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
  readonly children?: readonly number[];
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
}

/** The folder of `src/` a frame's code is in (`src/text`), or `src/pipeline.js` for a top-level file. */
function stageOf(node: ProfileNode): string | null {
  const own = /\/dist\/src\/([^/]+)/.exec(node.callFrame.url);
  return own ? `src/${own[1] ?? ''}` : null;
}

/** Where a sample with no Parley code on its stack was: a package, node, or V8 itself. */
function outsideOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg) return pkg[1] ?? url;
  if (url.includes('/dist/bench/')) return 'bench';
  if (url.startsWith('node:')) return 'node';
  return url === '' ? functionName : url;
}

function functionOf(node: ProfileNode): string {
  const { url, functionName, lineNumber } = node.callFrame;
  const file = url.replace(/^.*\/(dist|node_modules)\//, '');
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}

function table(title: string, counts: ReadonlyMap<string, number>, total: number, top: number) {
  console.log(`\n${title}`);
  for (const [name, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((100 * n) / total).toFixed(1).padStart(6)}%  ${name}`);
  }
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string' }, under: { type: 'string' } },
  });
  const path = positionals[0];
  if (!path) throw new Error('usage: profile.js FILE.cpuprofile [--top 30] [--under NAME]');
  const top = Number(values.top ?? 30);
  const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const hits = new Map<number, number>();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);

  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const stages = new Map<string, number>();
  const add = (m: Map<string, number>, key: string, n: number) => m.set(key, (m.get(key) ?? 0) + n);
  let total = 0;
  for (const [id, n] of hits) {
    const leaf = byId.get(id);
    if (!leaf) continue;
    const stack: ProfileNode[] = [];
    for (let at: ProfileNode | undefined = leaf; at; at = byId.get(parent.get(at.id) ?? -1)) {
      stack.push(at);
    }
    if (values.under && !stack.some((f) => f.callFrame.functionName === values.under)) continue;
    total += n;
    add(self, functionOf(leaf), n);
    for (const f of new Set(stack.map(functionOf))) add(inclusive, f, n);
    const stage = stack.map(stageOf).find((s) => s !== null);
    add(stages, stage ?? outsideOf(leaf), n);
  }
  console.log(`${path}: ${total} samples${values.under ? ` under ${values.under}` : ''}`);
  table('time by stage (innermost folder of src/ on the stack)', stages, total, top);
  table('self time by function', self, total, top);
  table('inclusive time by function', inclusive, total, top);
}

main();
