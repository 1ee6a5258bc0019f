/**
 * `parley eval FILE` end to end on gold files written by the test: both JSONL shapes in
 * one file, a bad line, an unreadable file, JSON output, and a PETRARCH unit-test file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parley } from './cli-support.js';

let dir: string;
let gold: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-eval-'));
  gold = join(dir, 'gold.jsonl');
  writeFileSync(
    gold,
    [
      '{"id":"p1","text":"Turkey accused Russia of bombing hospitals.","source":"Turkey","target":"Russia","event":"DISAPPROVE"}',
      '{"id":"p2","text":"Iran met Iraq in Baghdad.","source":"Iran","target":"Iraq","event":"CONSULT"}',
      '{"id":"p3","text":"The weather was fine.","source":"Iran","target":"Iraq","event":"AGREE"}',
      '{"id":"g1","text":"Germany called on Turkey to halt the offensive.","event":"DEMAND","source":[{"actorText":"Germany","code":"DEU"}],"target":[{"actorText":"Turkey","code":"TUR"}]}',
      '{"id":"bad","text":"no event field"}',
      '',
    ].join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parley eval', () => {
  it('scores pairs and gold-standard records, reports a bad line and exits 1', async () => {
    const run = await parley('eval', gold, '--misses', '5');
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${gold}:5: missing "event"`);
    expect(run.out).toContain('pairs 3   pair accuracy 66.7% (2)   sentence accuracy 66.7% (2)');
    expect(run.out).toMatch(/event type\s+1\s+1\s+100\.0%/);
    expect(run.out).toMatch(/target code\s+1\s+1\s+100\.0%/);
    expect(run.out).toMatch(/p3\s+AGREE\s+NONE\s+The weather was fine\./);
  });

  it('prints JSON scores with --json', async () => {
    const run = await parley('eval', gold, '--json');
    const result = JSON.parse(run.out) as {
      pairs: { pairCorrect: number; confusion: Record<string, Record<string, number>> };
      gsr: { sourceCorrect: number };
    };
    expect(result.pairs.pairCorrect).toBe(2);
    expect(result.pairs.confusion).toMatchObject({ AGREE: { NONE: 1 }, ACCUSE: { ACCUSE: 1 } });
    expect(result.gsr.sourceCorrect).toBe(1);
  });

  it('reads PETRARCH unit-test records from an .xml file', async () => {
    const xml = join(dir, 'unit.xml');
    writeFileSync(
      xml,
      '<Sentences><Sentence date="20160211" id="U-1" category="X" sentence="true">\n' +
        '<EventCoding sourcecode="TUR" targetcode="RUS" eventcode="1123"></EventCoding>\n' +
        '<Text>Turkey accused Russia of bombing hospitals.</Text></Sentence></Sentences>\n',
    );
    const run = await parley('eval', xml);
    expect(run.code).toBe(0);
    expect(run.out).toContain('records 1   exact (source, target, code) sets 1  100.0%');
  });

  it('names an unreadable or empty file and goes on with the others', async () => {
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '');
    const run = await parley('eval', join(dir, 'missing.jsonl'), empty, gold, '--misses', '0');
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${join(dir, 'missing.jsonl')}: cannot read`);
    expect(run.err).toContain(`${empty}: empty file`);
    expect(run.out).toContain('pair accuracy 66.7%');
  });
});
