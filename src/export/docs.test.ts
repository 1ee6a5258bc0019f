import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../data/index.js';
import { EVENT_COLUMNS } from './columns/events.js';
import { MENTION_COLUMNS } from './columns/mentions.js';
import { columnReference } from './docs.js';

describe('docs/export-columns.md', () => {
  it('is the reference generated from the column specs (parley export --columns > docs/export-columns.md)', () => {
    const file = readFileSync(join(PROJECT_ROOT, 'docs', 'export-columns.md'), 'utf8');
    expect(file).toBe(columnReference());
  });

  it('has one table row per column of each kind', () => {
    const rows = columnReference()
      .split('\n')
      .filter((l) => l.startsWith('| `'));
    expect(rows).toHaveLength(MENTION_COLUMNS.length + EVENT_COLUMNS.length);
  });
});
