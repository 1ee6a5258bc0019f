import { join } from 'node:path';
import { resolveConfig } from '../src/config.js';
import type { Config } from '../src/config.js';
import { PROJECT_ROOT } from '../src/data/index.js';
import { expandInputs, readOptions } from '../src/ingest/index.js';
import { createPipeline } from '../src/pipeline.js';
import type { Pipeline } from '../src/pipeline.js';
import { ingestAll } from '../src/run.js';
import { openDatabase } from '../src/store/index.js';

/** The bundled sample corpus ingested into `db` (a file path), as `parley demo` does. */
export async function sampleStore(db: string): Promise<{ config: Config; pipeline: Pipeline }> {
  const config = resolveConfig({ db });
  const pipeline = createPipeline(config);
  const store = openDatabase(config.db);
  try {
    const totals = await ingestAll(
      expandInputs([join(PROJECT_ROOT, 'samples')]),
      store,
      pipeline,
      readOptions(config),
    );
    if (totals.failed > 0) throw new Error(`${totals.failed} sample inputs failed`);
  } finally {
    store.close();
  }
  return { config, pipeline };
}
