/**
 * HTML pages read without Readability, as the ingest stage does when it finds no article:
 * the whole page without nav, header, footer and aside — pledge banner, byline, figure
 * caption and the comment section included. The cleaner must remove all of it.
 * The ingest stage passes the page's block lines — one per `<p>`, `<h1>`–`<h6>`, `<li>`,
 * `<figcaption>` … — to `cleanText`, joined by single newlines.
 * Lines come from samples/html and samples/jsonl (written for Parley); long paragraphs are
 * cut to their first words and "…", which keeps their shape (running text longer than 100
 * characters).
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
    name: 'minsk-ceasefire.html, whole page without furniture',
    lines: [
      'Leaders agree Ukraine ceasefire after all-night Minsk talks',
      'By Continental Post staff in Minsk',
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
      'Comments (3)',
      'Pavel K.',
      'I have seen many ceasefires in Donbas. I will believe this one when the guns stop.',
      '12 likes',
      'GretchenW',
      'Merkel deserves credit for not giving up. Diplomacy is slow but it is the only way.',
      '9 likes',
      'anon_1042',
      'Moscow will blame Kiev for the next violation, mark my words.',
      '4 likes',
    ],
    removed: [
      [1, 'title'],
      [2, 'byline'],
      [5, 'caption'],
      [13, 'comments'],
      [14, 'comments'],
      [15, 'comments'],
      [16, 'comments'],
      [17, 'comments'],
      [18, 'comments'],
      [19, 'comments'],
      [20, 'comments'],
      [21, 'comments'],
      [22, 'comments'],
    ],
    kept: 9,
    published: null,
  },
  {
    name: 'normandy-paris-summit.html, whole page without furniture',
    lines: [
      'Danube Post is reader-funded. This month we need 1,500 new supporters. Give once or monthly',
      'Putin and Zelensky agree prisoner swap, ceasefire steps at Paris summit',
      'Danube Post correspondents in Paris and Kyiv',
      'PARIS — The leaders of Russia and Ukraine agreed on Monday to swap all prisoners held in connection with the …',
      'Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky met for the first time at the …',
      'In a joint statement, the four leaders said troops would pull back from three more areas along the front line …',
      'Zelensky told reporters that the sides had not agreed on when Ukraine would regain control of its border with …',
      'Putin and Zelensky later held separate talks on the transit of Russian gas through Ukraine, as the current …',
      'Before the summit, thousands of protesters rallied in Kyiv and warned Zelensky not to make concessions to …',
      'More than 13,000 people have been killed in the conflict since 2014.',
      "Much of the French capital's public transport was shut down by a strike over pension reform.",
      'Join the discussion',
      '2 Comments · Oldest · Newest',
      'A prisoner exchange is something. Our people need to come home.',
      'Hours of talks and still no deal on the border. Nothing new here.',
    ],
    removed: [
      [1, 'pledge'],
      [2, 'title'],
      [3, 'byline'],
      [12, 'comments'],
      [13, 'comments'],
      [14, 'comments'],
      [15, 'comments'],
    ],
    kept: 8,
    published: null,
  },
  {
    name: 'singapore-summit.html, whole page without furniture',
    lines: [
      'Facebook',
      'Twitter',
      'LinkedIn',
      'Copy link',
      'SINGAPORE — U.S. President Donald Trump and North Korean leader Kim Jong Un met in Singapore on Tuesday, the …',
      'The two men shook hands in front of a row of U.S. and North Korean flags at a hotel on Sentosa island before …',
      'In the document, Kim reaffirmed his commitment to the complete denuclearisation of the Korean peninsula, and …',
      'At a news conference after Kim left, Trump said the United States would stop its joint military exercises …',
      'Kim told reporters at the signing ceremony that the world would see a major change.',
      'Critics in Washington said the statement did not spell out how denuclearisation would be verified or when …',
      "China, North Korea's main ally and trading partner, said the U.N. Security Council could consider easing sanctions …",
      'Only last year, Trump threatened to rain "fire and fury" on North Korea, while Pyongyang tested a string of …',
      "Sentosa, a resort island off Singapore's southern coast, is known for its beaches, golf courses and theme park.",
      'Reader comments',
      'Proud that our little city hosted this. Let us hope it leads somewhere.',
      'A handshake is not a treaty. North Korea has broken every promise it ever made.',
    ],
    removed: [
      [1, 'share'],
      [2, 'share'],
      [3, 'share'],
      [4, 'share'],
      [14, 'comments'],
      [15, 'comments'],
      [16, 'comments'],
    ],
    kept: 9,
    published: null,
  },
  {
    name: 'harbour-hanoi-summit-collapse (wire.jsonl html), its paragraphs and caption',
    lines: [
      'HANOI — A second summit between U.S. President Donald Trump and North Korean leader Kim Jong Un broke down …',
      'A planned working lunch and a signing ceremony were cancelled, and both motorcades left the Metropole hotel …',
      'Trump and Kim at the Metropole hotel. Photo: Harbour Wire/T. Nguyen',
      'At a news conference, Trump said Kim had wanted sanctions lifted in their entirety in return for dismantling …',
      'Trump said Kim had promised him that North Korea would not resume nuclear or missile tests. U.S. Secretary …',
      'Earlier in the day, asked by a reporter whether he was ready to denuclearise, Kim replied that he would not …',
      'North Korea did not immediately comment on the outcome.',
      'Trump left Hanoi for Washington in the afternoon. At their first summit in Singapore last June, the two leaders …',
      'Vietnam, which fought a war with the United States and now has close trade ties with it, was chosen partly …',
      'Roads across central Hanoi were closed to traffic for the motorcades.',
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
