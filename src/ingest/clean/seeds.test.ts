/**
 * The five seed pages in ../shared/seeds (scraped news text with navigation, ads, captions,
 * pledge banners, comment threads and footers inline), classified line by line.
 * Expectations quote only the first words of a line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { cleanText } from './index.js';
import type { CleanedText, RemovalReason } from './index.js';

const dir = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));

type Row = readonly [line: number, reason: RemovalReason, start: string];

interface Seed {
  readonly file: string;
  readonly title: string;
  readonly published: string | null;
  readonly dateline: string | null;
  readonly removed: readonly Row[];
}

const SEEDS: readonly Seed[] = [
  {
    file: '000_573e73761c3ea316.txt',
    title: 'Top diplomats to meet in Munich over Syria',
    published: '2016-02-11',
    dateline: null,
    removed: [
      [1, 'navigation', '1. Skip to content'],
      [2, 'navigation', '2. Skip to main menu'],
      [3, 'navigation', '3. Skip to more'],
      [5, 'title', 'Top diplomats to meet'],
      [7, 'date', 'February 11, 2016'],
      [11, 'caption', 'Syrien Verkäufer im zerstörten Aleppo'],
      [12, 'credit', 'Image: Reuters/A. Ismail'],
      [22, 'heading', 'Last rebel city under'],
      [34, 'caption', 'Karte russische Luftangriffe in'],
      [36, 'heading', "'Great hopes' ahead of"],
      [44, 'caption', 'Infografik Registered Syrian Refugees'],
      [46, 'credit', 'dj/msh (AFP, AP, dpa,'],
    ],
  },
  {
    file: '001_4f6c05089ed85c55.txt',
    title: 'Russia: no basis for dramatic statements after Lavrov, Kerry meeting',
    published: null,
    dateline: null,
    removed: [
      [1, 'share', 'Share'],
      [3, 'title', 'Russia: no basis for'],
      [7, 'advertisement', 'Advertisement'],
      [43, 'advertisement', 'Advertisement'],
      [45, 'advertisement', 'Before it’s here, it’s'],
      [47, 'caption', 'US President Barack Obama'],
    ],
  },
  {
    file: '002_a3d8366b8ce0ad3d.txt',
    title: 'UN chief Ban presses US, Russia to help ensure Syria peace talks can resume on Feb. 10',
    published: '2014-02-01',
    dateline: 'BERLIN',
    removed: [
      [1, 'title', 'UN chief Ban presses'],
      [3, 'date', '2/1/2014'],
      [4, 'credit', 'ASSOCIATED PRESS'],
      [5, 'caption', '• Germany-Security-Conference-5'],
      [7, 'repeated', 'UN Secretary General Ban'],
      [9, 'credit', 'ASSOCIATED PRESS'],
      [11, 'repeated', '• UN Secretary General'],
      [12, 'repeated', 'UN Secretary General Ban'],
    ],
  },
  {
    file: '003_70b95a2f9ee432e5.txt',
    title: 'Situation In Syria’s Idlib Requires High-Level Talks: Kremlin',
    published: null,
    dateline: null,
    removed: [
      [1, 'pledge', '0 $'],
      [2, 'pledge', '2,500 $'],
      [3, 'pledge', '5,000 $'],
      [4, 'pledge', '1,400 $'],
      [5, 'pledge', '10 DAYS LEFT UNTIL'],
      [7, 'title', 'Situation In Syria’s Idlib'],
      [9, 'pledge', 'Support SouthFront'],
      [11, 'repeated', "Situation In Syria's Idlib"],
      [13, 'credit', 'Ugur Can/DHA via AP'],
      [23, 'heading', 'Sochi talks'],
      [27, 'heading', 'Erdogan’s position'],
      [33, 'heading', 'Tehran summit'],
      [37, 'heading', 'Situation in Idlib'],
      [45, 'pledge', 'Support SouthFront'],
      [47, 'caption', 'SouthFront'],
      [49, 'comments', 'Subscribe'],
      [50, 'comments', 'Notify of'],
      [51, 'comments', 'guest'],
      [52, 'comments', '8 Comments'],
      [53, 'comments', 'Oldest'],
      [54, 'comments', 'Newest Most Voted'],
      [55, 'comments', 'Inline Feedbacks'],
      [56, 'comments', 'View all comments'],
      [57, 'comments', 'Joe Doe'],
      [59, 'comments', 'Russia, talk is cheap'],
      [61, 'comments', 'Concrete Mike'],
      [63, 'comments', 'Nah, i dont think'],
      [65, 'comments', '2017 was to clean'],
      [67, 'comments', 'SAA took the best'],
      [69, 'comments', 'Look at how much'],
      [71, 'comments', 'At the time it'],
      [73, 'comments', 'John Brown'],
      [75, 'comments', 'Syria will get the'],
      [77, 'comments', 'RichardD'],
      [79, 'comments', 'Turkey isn’t on the'],
      [81, 'comments', 'http://factsmaps.com/'],
      [83, 'comments', 'John Brown'],
      [85, 'comments', 'Richard you are totally'],
      [87, 'comments', 'RichardD'],
      [89, 'comments', 'Their debt is very'],
      [91, 'comments', 'Ronald'],
      [93, 'comments', 'When, not if,..'],
      [95, 'comments', 'Tommy Jensen'],
      [97, 'comments', 'I already recommended S-300'],
      [99, 'comments', 'Now they realize I'],
      [101, 'comments', '8'],
      [102, 'comments', '0'],
      [103, 'comments', 'Would love your thoughts,'],
      [104, 'comments', '()'],
      [105, 'comments', 'x'],
    ],
  },
  {
    file: '004_c61f6c06034c5320.txt',
    title: 'Kerry and Lavrov Agree to Re-Launch Geneva III Talks on Syria as Soon as Possible',
    published: null,
    dateline: null,
    removed: [
      [1, 'title', 'Kerry and Lavrov Agree'],
      [7, 'credit', 'Courtesy of Alexander-Shcerback, Tass'],
      [9, 'credit', 'Courtesy of Alexander-Shcerback, Tass'],
      [22, 'byline', 'Articles by: nsnbc international'],
      [24, 'disclaimer', 'Disclaimer: The contents of'],
      [26, 'copyright', 'www.globalresearch.ca contains copyrighted'],
      [28, 'contact', 'For media inquiries:'],
    ],
  },
];

/** Reads a seed page (at test time, so a missing ../shared only skips) and cleans it. */
function load(file: string): { lines: readonly string[]; cleaned: CleanedText } {
  const text = readFileSync(`${dir}${file}`, 'utf8');
  return { lines: text.split(/\r\n|\r|\n/u), cleaned: cleanText(text) };
}

describe.skipIf(!existsSync(dir))('seed pages (skipped when ../shared/seeds is absent)', () => {
  describe.each(SEEDS)('$file', (seed) => {
    it('removes exactly the expected lines, each for its reason', () => {
      const { lines, cleaned } = load(seed.file);
      expect(cleaned.removed.map((r) => [r.line, r.reason])).toEqual(
        seed.removed.map(([line, reason]) => [line, reason]),
      );
      for (const [line, , start] of seed.removed) {
        expect(lines[line - 1]?.trim().startsWith(start), `line ${line}`).toBe(true);
      }
    });

    it('keeps every other non-blank line as a paragraph', () => {
      const { lines, cleaned } = load(seed.file);
      const removed = new Set(seed.removed.map(([line]) => line));
      const kept = lines
        .map((text, i) => [i + 1, text.trim()] as const)
        .filter(([line, text]) => text !== '' && !removed.has(line));
      expect(cleaned.paragraphs).toHaveLength(kept.length);
      kept.forEach(([line, text], i) => {
        const paragraph = cleaned.paragraphs[i] ?? '';
        expect(paragraph !== '' && text.endsWith(paragraph), `line ${line}`).toBe(true);
      });
    });

    it('reads the title, publication date and dateline', () => {
      const { cleaned } = load(seed.file);
      expect(cleaned.title).toBe(seed.title);
      expect(cleaned.published?.date ?? null).toBe(seed.published);
      expect(cleaned.dateline).toBe(seed.dateline);
    });
  });

  it('strips the dateline from the first paragraph of 002', () => {
    expect(load('002_a3d8366b8ce0ad3d.txt').cleaned.paragraphs[0]).toMatch(
      /^The United Nations’ secretary-general/u,
    );
  });
});
