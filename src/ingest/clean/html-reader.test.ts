/**
 * HTML pages as the reader yields them today: Readability keeps the story and drops the page
 * furniture, but a visible date line, an ad label or a figure caption may remain.
 * The ingest stage reads an HTML page's article (Readability over linkedom) and passes its
 * block lines — one per `<p>`, `<h1>`–`<h6>`, `<li>`, `<figcaption>` … — to `cleanText`,
 * joined by single newlines. These are the lines it yields for three sample pages.
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
    name: 'karabakh-ceasefire.html, as the reader yields it',
    lines: [
      'Tuesday, 10 November 2020',
      'Armenia, Azerbaijan and Russia signed an agreement to end six weeks of fighting over Nagorno-Karabakh early …',
      'Armenian Prime Minister Nikol Pashinyan said on Facebook that he had signed the deal with Russian President …',
      'Advertisement',
      'Putin said Russian peacekeepers would be deployed along the line of contact in Nagorno-Karabakh and along …',
      'The deal came two days after Azerbaijan said its forces had captured Shusha, the second-largest town in the …',
      'In Yerevan, crowds of angry protesters stormed the government headquarters and the parliament building overnight, …',
      'On Monday, Azerbaijani forces shot down a Russian military helicopter over Armenia, killing two crew members. …',
      'Three earlier ceasefires, agreed in Moscow and with the help of France and the United States, collapsed within …',
      'Nagorno-Karabakh is a mountainous region in the South Caucasus with a population of around 150,000 before the war.',
    ],
    removed: [
      [1, 'date'],
      [4, 'advertisement'],
    ],
    kept: 8,
    published: '2020-11-10',
  },
  {
    name: 'abraham-accords-signing.html, as the reader yields it',
    lines: [
      '· Sept. 15, 2020, 7:30 p.m. ET',
      'WASHINGTON — Israel signed agreements to establish full diplomatic relations with the United Arab Emirates …',
      'Israeli Prime Minister Benjamin Netanyahu, UAE Foreign Minister Sheikh Abdullah bin Zayed al-Nahyan and Bahraini …',
      "The UAE deal was first announced on August 13 after a telephone call between Trump, Netanyahu and Abu Dhabi's …",
      'Palestinian leaders condemned both deals as a betrayal of their cause and accused the Gulf states of abandoning …',
      'As the ceremony was under way, militants in Gaza fired rockets at southern Israel, the Israeli military said.',
      "Iran denounced the agreements. Turkey's President Tayyip Erdogan had threatened in August to suspend diplomatic …",
      'Egypt and Jordan are the only other Arab countries to have made peace with Israel, in 1979 and 1994.',
      'Many of the hundreds of guests on the lawn did not wear face masks despite the coronavirus pandemic.',
    ],
    removed: [[1, 'date']],
    kept: 8,
    published: '2020-09-15',
  },
  {
    name: 'minsk-ceasefire.html, as the reader yields it',
    lines: [
      'The leaders of Russia, Ukraine, Germany and France agreed on Thursday to a ceasefire in eastern Ukraine, after …',
      'Under the plan, fighting between Ukrainian government forces and pro-Russian separatists is to stop from February …',
      'Leaders pose before talks at the Independence Palace. Photo: Continental Post/A. Voronin',
      'Russian President Vladimir Putin said the talks had been difficult but that the main points had been agreed. …',
      'German Chancellor Angela Merkel and French President François Hollande, who launched the mediation effort …',
      'Separatist leaders Alexander Zakharchenko and Igor Plotnitsky signed the document alongside envoys of Russia, …',
      'Fighting continued around the railway town of Debaltseve as the leaders talked. Putin said thousands of Ukrainian …',
      'Western governments and NATO accuse Moscow of sending troops and weapons to the rebels. The Kremlin denies …',
      'In a joint declaration, the four leaders said they would keep watch over the deal, with senior officials meeting …',
      'Belarus shares long borders with both Russia and Ukraine.',
    ],
    removed: [[3, 'caption']],
    kept: 9,
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
