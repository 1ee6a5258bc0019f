/**
 * HTML pages with their article header left in the block lines — headline, standfirst,
 * byline with date, share buttons — and inline adverts with their copy.
 * The ingest stage reads an HTML page's article (Readability over linkedom) and passes its
 * block lines — one per `<p>`, `<h1>`–`<h6>`, `<li>`, `<figcaption>` … — to `cleanText`,
 * joined by single newlines. These are the lines a reader that keeps the header would yield.
 * Lines come from samples/html (written for Parley); long paragraphs are cut to their first
 * words and "…", which keeps their shape (running text longer than 100 characters).
 */
import { describe, it, expect } from 'vitest';
import { cleanText } from './index.js';
import type { RemovalReason } from './index.js';

interface Page {
  readonly name: string;
  readonly lines: readonly string[];
  readonly removed: readonly (readonly [line: number, reason: RemovalReason])[];
  /** How many paragraphs are kept: every line not removed. */
  readonly kept: number;
  readonly published: string | null;
}

const PAGES: readonly Page[] = [
  {
    name: 'abraham-accords-signing.html, article header kept',
    lines: [
      'Israel, UAE and Bahrain sign normalisation accords at White House',
      'By Global Affairs Daily staff · Sept. 15, 2020, 7:30 p.m. ET',
      'Share on Facebook Share on Twitter',
      'WASHINGTON — Israel signed agreements to establish full diplomatic relations with the United Arab Emirates …',
      'Israeli Prime Minister Benjamin Netanyahu, UAE Foreign Minister Sheikh Abdullah bin Zayed al-Nahyan and Bahraini …',
      'Advertisement',
      'Support independent journalism. Donate to Global Affairs Daily today.',
      "The UAE deal was first announced on August 13 after a telephone call between Trump, Netanyahu and Abu Dhabi's …",
      'Palestinian leaders condemned both deals as a betrayal of their cause and accused the Gulf states of abandoning …',
      'As the ceremony was under way, militants in Gaza fired rockets at southern Israel, the Israeli military said.',
      "Iran denounced the agreements. Turkey's President Tayyip Erdogan had threatened in August to suspend diplomatic …",
      'Egypt and Jordan are the only other Arab countries to have made peace with Israel, in 1979 and 1994.',
      'Many of the hundreds of guests on the lawn did not wear face masks despite the coronavirus pandemic.',
    ],
    removed: [
      [1, 'title'],
      [2, 'date'],
      [3, 'share'],
      [6, 'advertisement'],
      [7, 'pledge'],
    ],
    kept: 8,
    published: '2020-09-15',
  },
  {
    name: 'russia-invades-ukraine.html, article header and inline advert kept',
    lines: [
      'Russia launches full-scale attack on Ukraine',
      'Missiles strike cities across the country as troops cross from the north, east and south',
      'Share Facebook Twitter WhatsApp',
      'KYIV — Russian forces attacked Ukraine by land, air and sea on Thursday after President Vladimir Putin announced …',
      'Explosions were heard before dawn in Kyiv, Kharkiv and Odesa as missiles hit military airfields and air defence …',
      'In a televised address, Putin said Russia did not plan to occupy Ukraine and was seeking to demilitarise it. …',
      'Advertisement',
      'Learn a language in three months. Try it free.',
      'Ukrainian President Volodymyr Zelensky declared martial law and said Kyiv was cutting diplomatic ties with …',
      'U.S. President Joe Biden condemned the assault as unprovoked and unjustified and said the world would hold …',
      'NATO Secretary-General Jens Stoltenberg accused Russia of a reckless attack that put countless civilian lives …',
      "For weeks the Kremlin had denied that it intended to attack its neighbour, even as it massed troops near Ukraine's …",
      'Brent crude oil rose above $100 a barrel for the first time since 2014, and the rouble fell to a record low …',
    ],
    removed: [
      [1, 'title'],
      [2, 'caption'],
      [3, 'share'],
      [7, 'advertisement'],
      [8, 'advertisement'],
    ],
    kept: 8,
    published: null,
  },
];

describe.each(PAGES)('$name', (page) => {
  const cleaned = cleanText(page.lines.join('\n'));

  it('removes exactly the expected lines, each for its reason', () => {
    expect(cleaned.removed.map((r) => [r.line, r.reason])).toEqual(page.removed);
  });

  it('keeps every other line as a paragraph, one paragraph per line', () => {
    expect(cleaned.paragraphs).toHaveLength(page.kept);
    expect(page.kept + page.removed.length).toBe(page.lines.length);
  });

  it('reads the visible date line, if any', () => {
    expect(cleaned.published?.date ?? null).toBe(page.published);
  });
});
