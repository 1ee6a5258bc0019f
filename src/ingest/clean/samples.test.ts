/**
 * The project's own sample corpus (samples/txt, written for Parley; see samples/README.md):
 * scraped pages with a masthead, one-line menus, share rows, captions and credits, donation
 * and newsletter boxes, related-link lists, comment threads and footers around the story.
 * Each page is cleaned and checked line by line: every removed line with its reason, the
 * headline, the publication date (the date column of samples/README.md), the dateline,
 * and the news paragraphs kept, by their first words.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { cleanText } from './index.js';
import type { CleanedText, RemovalReason } from './index.js';

const dir = fileURLToPath(new URL('../../../samples/txt/', import.meta.url));
const readme = fileURLToPath(new URL('../../../samples/README.md', import.meta.url));

/** A removed line: its number, its reason and its first words (spacing collapsed). */
type Row = readonly [line: number, reason: RemovalReason, start: string];

interface Sample {
  readonly file: string;
  readonly title: string;
  readonly published: string | null;
  readonly dateline: string | null;
  readonly removed: readonly Row[];
  /** The first words of every kept paragraph, in order (the dateline already stripped). */
  readonly paragraphs: readonly string[];
}

const SAMPLES: readonly Sample[] = [
  {
    file: 'beijing-saudi-iran-ties.txt',
    title: 'Saudi Arabia and Iran agree to restore ties in China-brokered deal',
    published: '2023-03-10',
    dateline: 'BEIJING',
    removed: [
      [1, 'navigation', 'ORIENT REVIEW'],
      [2, 'navigation', '≡ Menu Latest Middle'],
      [4, 'title', 'Saudi Arabia and Iran'],
      [6, 'date', 'Published Friday 10 March'],
      [8, 'byline', 'By Orient Review correspondents'],
      [12, 'caption', 'Saudi national security adviser'],
      [13, 'credit', 'Image: Orient Review/Li Wen'],
      [29, 'pledge', 'Membership'],
      [30, 'pledge', 'Orient Review is funded'],
      [32, 'comments', '2 Comments'],
      [33, 'comments', 'Oldest | Newest'],
      [35, 'comments', 'DanielF · 47 votes'],
      [36, 'comments', 'Good news for once.'],
      [38, 'comments', 'Amira S. · 12'],
      [39, 'comments', 'I will believe it'],
      [41, 'related', 'You may also like'],
      [42, 'related', "- Yemen's long war:"],
      [43, 'related', '- Oil markets shrug'],
      [44, 'related', "- Inside China's growing"],
      [46, 'copyright', '© 2023 Orient Review.'],
    ],
    paragraphs: [
      'Saudi Arabia and Iran',
      'The agreement was announced',
      'Both sides pledged to',
      "Wang Yi, China's most",
      'Riyadh cut ties with',
      'In Washington, White House',
      'The Beijing meeting marked',
      'The Chinese capital is',
    ],
  },
  {
    file: 'galwan-border-clash.txt',
    title: 'India says 20 soldiers killed in clash with Chinese troops in Himalayas',
    published: '2020-06-17',
    dateline: 'NEW DELHI',
    removed: [
      [1, 'disclaimer', 'We use cookies to'],
      [3, 'navigation', 'THE SUBCONTINENT COURIER'],
      [4, 'navigation', 'India | World |'],
      [6, 'title', 'India says 20 soldiers'],
      [8, 'date', 'June 17, 2020 /'],
      [14, 'related', 'Also Read: Ladakh standoff:'],
      [20, 'advertisement', 'Advertisement'],
      [32, 'share', 'SHARE TWEET WHATSAPP'],
      [34, 'related', 'Related Stories'],
      [35, 'related', '• Opposition demands answers'],
      [36, 'related', '• Explained: What is'],
      [37, 'related', '• Markets slip as'],
      [39, 'advertisement', 'Advertisement'],
      [41, 'copyright', 'Copyright © 2020 The'],
      [42, 'navigation', 'About Us | Contact'],
    ],
    paragraphs: [
      'Twenty Indian soldiers were',
      'No shots were fired,',
      'The army initially reported',
      'Both governments accused the',
      'On Wednesday, Indian Foreign',
      'Prime Minister Narendra Modi',
      'Military commanders from both',
      'The last time soldiers',
      'Ladakh, a high-altitude desert,',
    ],
  },
  {
    file: 'khashoggi-saudi-admission.txt',
    title: 'Saudi Arabia admits Khashoggi died in Istanbul consulate',
    published: null,
    dateline: null,
    removed: [
      [1, 'navigation', 'Skip to main content'],
      [2, 'navigation', 'Gulf Monitor Online'],
      [3, 'navigation', 'Sections: News | Region'],
      [5, 'share', 'Listen to this article'],
      [7, 'title', 'Saudi Arabia admits Khashoggi'],
      [15, 'advertisement', 'Advertisement'],
      [27, 'subscribe', 'Subscribe to our newsletter'],
      [28, 'subscribe', 'Sign up for the'],
      [30, 'share', 'Share on Facebook Share'],
      [32, 'comments', 'Comments (4)'],
      [33, 'comments', 'Newest first'],
      [35, 'comments', 'Tariq_B — 2 hours'],
      [36, 'comments', 'The story changes every'],
      [37, 'comments', 'Like (18)'],
      [39, 'comments', 'Emma Lorenz — 3'],
      [40, 'comments', 'Journalists everywhere should be'],
      [41, 'comments', 'Like (25)'],
      [43, 'comments', 'R. Okafor — 5'],
      [44, 'comments', 'Money will win in'],
      [45, 'comments', 'Like (7)'],
      [47, 'comments', 'Samir K. — 6'],
      [48, 'comments', 'Turkey is using this'],
      [49, 'comments', 'Like (3)'],
      [51, 'related', 'More from Gulf Monitor'],
      [52, 'related', '- Timeline: the disappearance'],
      [53, 'related', '- Who is Saud'],
      [54, 'related', '- Investors weigh the'],
      [56, 'navigation', 'Terms of service |'],
    ],
    paragraphs: [
      'Saudi Arabia acknowledged for',
      'Khashoggi, a critic of',
      'For days Riyadh had',
      'The Saudi public prosecutor',
      'The statement did not',
      'U.S. President Donald Trump',
      'German Chancellor Angela Merkel',
      'Saudi Arabia is the',
    ],
  },
  {
    file: 'munich-syria-truce.txt',
    title: 'Powers agree Syria truce plan in Munich, but Russian air strikes go on',
    published: '2016-02-12',
    dateline: null,
    removed: [
      [1, 'navigation', 'Skip to content'],
      [2, 'navigation', 'Skip to main menu'],
      [3, 'navigation', 'Skip to search'],
      [5, 'navigation', 'Levant Wire'],
      [6, 'navigation', 'Home | World |'],
      [8, 'title', 'Powers agree Syria truce'],
      [10, 'date', 'February 12, 2016'],
      [14, 'share', 'Share'],
      [15, 'share', 'Tweet'],
      [16, 'share', 'Email'],
      [18, 'caption', 'A boy walks past'],
      [19, 'credit', 'Image: Levant Wire/K. Haddad'],
      [35, 'related', 'Related articles'],
      [36, 'related', '- Aleppo offensive sends'],
      [37, 'related', '- Analysis: What a'],
      [38, 'related', '- Geneva talks on'],
      [40, 'advertisement', 'Advertisement'],
      [42, 'subscribe', 'Subscribe to our newsletter'],
      [43, 'subscribe', "Get the day's top"],
      [45, 'navigation', 'About us | Contact'],
      [46, 'copyright', '© 2016 Levant Wire.'],
    ],
    paragraphs: [
      'Foreign ministers meeting in',
      'U.S. Secretary of State',
      'Kerry told reporters that',
      'Lavrov said the truce',
      'Moscow has been accused',
      'Syrian opposition negotiators walked',
      'U.N. envoy Staffan de',
      'The annual Munich Security',
    ],
  },
  {
    file: 'peace-spring-offensive.txt',
    title: 'Turkey launches offensive against Kurdish-led forces in northeast Syria',
    published: '2019-10-09',
    dateline: null,
    removed: [
      [1, 'navigation', 'THE MERIDIAN OBSERVER'],
      [2, 'navigation', 'World | Middle East'],
      [4, 'title', 'Turkey launches offensive against'],
      [6, 'date', 'Updated: 9 October 2019'],
      [8, 'share', 'Tweet Share Email Print'],
      [12, 'caption', 'Smoke rises over the'],
      [13, 'credit', 'Image: Meridian Observer/Deniz Aksoy'],
      [19, 'advertisement', 'Advertisement'],
      [33, 'related', 'Read more:'],
      [34, 'related', "> Trump's Syria pullback"],
      [35, 'related', '> Who are the'],
      [36, 'related', "> Explainer: Turkey's proposed"],
      [38, 'comments', '5 Comments Oldest Newest'],
      [40, 'comments', 'Hakan D. ▲ 31'],
      [41, 'comments', 'Turkey has every right'],
      [43, 'comments', 'Sarah M. ▲ 27'],
      [44, 'comments', 'The Kurds did the'],
      [46, 'comments', 'Ilya P. ▲ 4'],
      [47, 'comments', 'Washington abandons its partners'],
      [49, 'comments', 'guest_8812 ▲ 2'],
      [50, 'comments', 'The weather has been'],
      [52, 'comments', 'Nadia R. ▲ 0'],
      [53, 'comments', 'Europe will issue statements'],
      [55, 'copyright', '© 2019 The Meridian'],
    ],
    paragraphs: [
      'Turkish warplanes and artillery',
      'President Tayyip Erdogan announced',
      'Explosions were heard in',
      'Ankara regards the Kurdish',
      'U.S. President Donald Trump',
      'The Syrian government condemned',
      'NATO Secretary-General Jens Stoltenberg',
      'Kurdish officials warned that',
      'The border plain is',
    ],
  },
  {
    file: 'sochi-idlib-deal.txt',
    title: 'Putin and Erdogan agree Idlib buffer zone, averting Syrian offensive',
    published: '2018-09-17',
    dateline: 'SOCHI, Russia',
    removed: [
      [1, 'navigation', 'Eastern Dispatch'],
      [2, 'navigation', 'Menu'],
      [3, 'navigation', 'Home'],
      [4, 'navigation', 'World'],
      [5, 'navigation', 'Politics'],
      [6, 'navigation', 'Business'],
      [7, 'navigation', 'Analysis'],
      [8, 'navigation', 'Search'],
      [10, 'title', 'Putin and Erdogan agree'],
      [12, 'date', '17 Sep 2018 |'],
      [18, 'advertisement', 'Advertisement'],
      [34, 'subscribe', 'Subscribe to our newsletter'],
      [35, 'subscribe', 'The best of Eastern'],
      [37, 'advertisement', 'Advertisement'],
      [39, 'comments', '3 Comments'],
      [40, 'comments', 'Sort by: Oldest |'],
      [42, 'comments', 'Marek T.'],
      [43, 'comments', 'This deal buys time,'],
      [44, 'comments', 'Reply ▲ 14 ▼'],
      [46, 'comments', 'Leyla_A'],
      [47, 'comments', 'I am glad the'],
      [48, 'comments', 'Reply ▲ 22 ▼'],
      [50, 'comments', 'john_w_1960'],
      [51, 'comments', 'Turkey got exactly what'],
      [52, 'comments', 'Reply ▲ 5 ▼'],
      [54, 'comments', 'Load more comments'],
      [56, 'navigation', 'About | Advertise |'],
    ],
    paragraphs: [
      'Russian President Vladimir Putin',
      'Speaking after several hours',
      'Turkish troops and Russian',
      'Russian Defence Minister Sergei',
      'Erdogan said the deal',
      'At a summit in',
      'The memorandum also calls',
      'There was no immediate',
      'Sochi hosted the Winter',
    ],
  },
  {
    file: 'vienna-iran-nuclear-deal.txt',
    title: 'Iran and world powers seal nuclear accord after marathon Vienna talks',
    published: '2015-07-14',
    dateline: 'VIENNA',
    removed: [
      [1, 'pledge', '$0'],
      [2, 'pledge', '$2,500'],
      [3, 'pledge', '$5,000'],
      [4, 'pledge', '$7,300'],
      [5, 'pledge', '12 DAYS LEFT IN'],
      [6, 'pledge', 'Independent reporting depends on'],
      [8, 'pledge', 'Support The Daily Ledger'],
      [10, 'title', 'Iran and world powers'],
      [12, 'date', '7/14/2015'],
      [14, 'byline', 'By Ledger Staff'],
      [34, 'share', 'Share this:'],
      [35, 'share', 'Facebook | Twitter |'],
      [37, 'byline', 'Articles by: Ledger Staff'],
      [39, 'disclaimer', 'Disclaimer: The views expressed'],
      [41, 'related', 'Related:'],
      [42, 'related', '- Deadline extended again'],
      [43, 'related', '- What the sanctions'],
      [44, 'related', '- Saudi Arabia watches'],
      [46, 'copyright', '© 2015 The Daily'],
    ],
    paragraphs: [
      'Iran and six world',
      'Under the deal, Iran',
      'Iranian Foreign Minister Mohammad',
      'U.S. Secretary of State',
      'In Washington, President Barack',
      'Israeli Prime Minister Benjamin',
      'Iranian President Hassan Rouhani',
      'Talks had repeatedly overrun',
      'Iran holds some of',
    ],
  },
];

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** Reads a sample page and cleans it. */
function load(file: string): { lines: readonly string[]; cleaned: CleanedText } {
  const text = readFileSync(`${dir}${file}`, 'utf8');
  return { lines: text.split('\n'), cleaned: cleanText(text) };
}

describe.each(SAMPLES)('samples/txt/$file', (sample) => {
  it('removes exactly the expected lines, each for its reason', () => {
    const { lines, cleaned } = load(sample.file);
    expect(cleaned.removed.map((r) => [r.line, r.reason])).toEqual(
      sample.removed.map(([line, reason]) => [line, reason]),
    );
    for (const [line, , start] of sample.removed) {
      expect(collapse(lines[line - 1] ?? ''), `line ${line}`).toMatch(
        new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u'),
      );
    }
  });

  it('keeps every news paragraph and only those', () => {
    const { lines, cleaned } = load(sample.file);
    const removed = new Set(sample.removed.map(([line]) => line));
    const kept = lines.filter((text, i) => text.trim() !== '' && !removed.has(i + 1));
    expect(cleaned.paragraphs).toHaveLength(sample.paragraphs.length);
    expect(kept).toHaveLength(sample.paragraphs.length);
    cleaned.paragraphs.forEach((paragraph, i) => {
      expect(paragraph.startsWith(sample.paragraphs[i] ?? '?'), `paragraph ${i + 1}`).toBe(true);
    });
  });

  it('reads the headline, the publication date and the dateline', () => {
    const { cleaned } = load(sample.file);
    expect(cleaned.title).toBe(sample.title);
    expect(cleaned.published?.date ?? null).toBe(sample.published);
    expect(cleaned.dateline).toBe(sample.dateline);
  });

  it('keeps nothing from the comment thread on: reader comments never become sentences', () => {
    const { lines, cleaned } = load(sample.file);
    const thread = sample.removed.find(([, reason]) => reason === 'comments')?.[0] ?? lines.length;
    const removed = new Set(cleaned.removed.map((r) => r.line));
    const survivors = lines
      .map((text, i) => [i + 1, text.trim()] as const)
      .filter(([line, text]) => line > thread && text !== '' && !removed.has(line));
    expect(survivors).toEqual([]);
  });
});

describe('samples/README.md', () => {
  /** The txt table: file name and the "publication date to detect" column. */
  const rows = readFileSync(readme, 'utf8')
    .split('\n')
    .map((line) => /^\| `([\w-]+\.txt)` \|[^|]*\| ([^|]+) \|/u.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => [match[1] ?? '', /\d{4}-\d{2}-\d{2}/u.exec(match[2] ?? '')?.[0] ?? null]);

  it('lists every sample tested here', () => {
    expect(rows.map(([file]) => file).sort()).toEqual(SAMPLES.map((s) => s.file).sort());
  });

  it.each(rows)('%s: the detected date is the one in the README', (file, date) => {
    expect(SAMPLES.find((s) => s.file === file)?.published).toBe(date);
  });
});
