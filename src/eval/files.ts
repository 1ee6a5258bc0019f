import { readFileSync } from 'node:fs';
import { errorMessage, ParleyError } from '../errors.js';
import { parseGoldLine } from './gold.js';
import type { GsrRecord, PairRecord } from './gold.js';
import { parseUnitTests } from './petrarch.js';
import type { UnitTestRecord } from './petrarch.js';

/** The records of one gold file, by shape, and the lines that could not be read. */
export interface GoldFile {
  readonly pairs: readonly PairRecord[];
  readonly gsr: readonly GsrRecord[];
  readonly unitTests: readonly UnitTestRecord[];
  /** One message per bad line, naming `file:line` and the reason. */
  readonly failures: readonly string[];
}

/**
 * Reads a gold file: JSONL records (pairs and gold-standard records may be mixed) or,
 * for `.xml`, a PETRARCH unit-test file. Throws when the file cannot be read or holds no
 * record at all; a bad line is a failure and the rest is read.
 */
export function readGoldFile(path: string, label = path): GoldFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new ParleyError(`cannot read (${errorMessage(cause)})`, { where: label, cause });
  }
  if (text.trim() === '') throw new ParleyError('empty file', { where: label });
  if (/\.xml$/i.test(path)) {
    const unitTests = parseUnitTests(text, label);
    if (unitTests.length === 0) {
      throw new ParleyError('no <Sentence sentence="true"> records', { where: label });
    }
    return { pairs: [], gsr: [], unitTests, failures: [] };
  }
  const pairs: PairRecord[] = [];
  const gsr: GsrRecord[] = [];
  const failures: string[] = [];
  text.split('\n').forEach((raw, n) => {
    if (raw.trim() === '') return;
    try {
      const r = parseGoldLine(raw, `${label}:${n + 1}`);
      if (r.kind === 'pair') pairs.push(r);
      else gsr.push(r);
    } catch (error) {
      failures.push(errorMessage(error));
    }
  });
  if (pairs.length + gsr.length === 0) {
    throw new ParleyError(`no gold records (first problem: ${failures[0] ?? 'none'})`, {
      where: label,
    });
  }
  return { pairs, gsr, unitTests: [], failures };
}
