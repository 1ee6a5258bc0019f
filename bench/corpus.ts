import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/data/index.js';

/** The project-written article texts the benchmark replicates: every sample's paragraphs. */
function sampleTexts(): string[] {
  const dir = join(PROJECT_ROOT, 'samples', 'jsonl');
  const texts: string[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const r = JSON.parse(line) as { text?: string };
      if (r.text) texts.push(r.text);
    }
  }
  const txt = join(PROJECT_ROOT, 'samples', 'txt');
  for (const f of readdirSync(txt).filter((n) => n.endsWith('.txt')))
    texts.push(readFileSync(join(txt, f), 'utf8'));
  return texts;
}

/**
 * Writes a corpus of at least `megabytes` MB into `dir`: JSONL files of 1,000 articles
 * each, every article a sample text under its own id and URL (so none is a duplicate),
 * dated across 2014–2023. Returns the number of articles and bytes written.
 */
export function writeCorpus(
  dir: string,
  megabytes: number,
): { articles: number; bytes: number; files: number } {
  mkdirSync(dir, { recursive: true });
  const texts = sampleTexts();
  const target = megabytes * 1024 * 1024;
  let bytes = 0;
  let articles = 0;
  let files = 0;
  while (bytes < target) {
    const lines: string[] = [];
    for (let k = 0; k < 1000 && bytes < target; k++) {
      const text = texts[articles % texts.length] ?? '';
      const day = String(1 + (articles % 28)).padStart(2, '0');
      const month = String(1 + (Math.floor(articles / 28) % 12)).padStart(2, '0');
      const year = 2014 + (Math.floor(articles / 336) % 10);
      const line = JSON.stringify({
        id: `bench-${articles}`,
        url: `https://bench.example.org/${articles}`,
        outlet: 'Bench Wire',
        published: `${year}-${month}-${day}`,
        text,
      });
      lines.push(line);
      bytes += Buffer.byteLength(line) + 1;
      articles++;
    }
    writeFileSync(
      join(dir, `corpus-${String(files).padStart(3, '0')}.jsonl`),
      `${lines.join('\n')}\n`,
    );
    files++;
  }
  return { articles, bytes, files };
}
