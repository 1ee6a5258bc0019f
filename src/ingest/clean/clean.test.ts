import { describe, it, expect } from 'vitest';
import { ParleyError } from '../../errors.js';
import { cleanText } from './index.js';
import type { CleanedText } from './index.js';

const page = (...lines: readonly string[]): string => lines.join('\n\n');

/** Each case: a page, and the parts of the result it must have. */
const CASES: readonly (readonly [string, string, Partial<CleanedText>])[] = [
  ['an empty page', '', { title: null, paragraphs: [], removed: [], published: null }],
  [
    'every kind of paragraph ending survives',
    page(
      'Ministers meet in Munich',
      '“We are ready,” the minister said.',
      'Is this the end of the war?',
      'Enough!',
      'He called it “a telling moment.”',
      'She called it "a waste of time."',
      'The talks went on and on…',
      '“We will stay,” he said, “until it is done,” he said.”',
      'He said:',
      '“Ceasefire now.”',
    ),
    {
      title: 'Ministers meet in Munich',
      paragraphs: [
        '“We are ready,” the minister said.',
        'Is this the end of the war?',
        'Enough!',
        'He called it “a telling moment.”',
        'She called it "a waste of time."',
        'The talks went on and on…',
        '“We will stay,” he said, “until it is done,” he said.”',
        'He said:',
        '“Ceasefire now.”',
      ],
    },
  ],
  [
    'a comment thread ends the article',
    page(
      'Talks resume in Geneva',
      'The two sides met again in Geneva on Monday after a week of delays.',
      'Leave a Reply',
      'Jane',
      'This is the best article I have read all week.',
    ),
    {
      paragraphs: ['The two sides met again in Geneva on Monday after a week of delays.'],
      removed: [
        { line: 1, text: 'Talks resume in Geneva', reason: 'title' },
        { line: 5, text: 'Leave a Reply', reason: 'comments' },
        { line: 7, text: 'Jane', reason: 'comments' },
        { line: 9, text: 'This is the best article I have read all week.', reason: 'comments' },
      ],
    },
  ],
  [
    'a Reuters dateline',
    page('Russia rejects claim', 'MOSCOW (Reuters) - Russia rejected the claim on Thursday.'),
    { dateline: 'MOSCOW', paragraphs: ['Russia rejected the claim on Thursday.'] },
  ],
  [
    'a page without a headline',
    page('The ministers met on Thursday.', 'They agreed to meet again.'),
    { title: null, paragraphs: ['The ministers met on Thursday.', 'They agreed to meet again.'] },
  ],
  [
    'the published line wins over the updated line',
    page('Ministers meet', 'Updated: 12 February 2016', 'Published: 11 February 2016', 'Text.'),
    { published: { date: '2016-02-11', text: 'Published: 11 February 2016', line: 5 } },
  ],
  [
    'an impossible date is no date',
    page('Ministers meet', 'February 30, 2016', 'The ministers met.'),
    { published: null, paragraphs: ['The ministers met.'] },
  ],
  [
    'bullet list items keep their text without the bullet',
    page('Ministers meet', 'They agreed on:', '• a truce within one week.', '2. Aid for Aleppo.'),
    { paragraphs: ['They agreed on:', 'a truce within one week.', 'Aid for Aleppo.'] },
  ],
];

describe('cleanText', () => {
  it.each(CASES)('%s', (_name, input, expected) => {
    expect(cleanText(input)).toMatchObject(expected);
  });

  it('reads the publication date only near the top', () => {
    const filler = Array.from({ length: 20 }, (_, i) => `Paragraph number ${i + 1}.`);
    const text = page('Ministers meet', ...filler, 'February 11, 2016');
    const cleaned = cleanText(text);
    expect(cleaned.published).toBeNull();
    expect(cleaned.removed.at(-1)).toEqual({ line: 43, text: 'February 11, 2016', reason: 'date' });
    expect(cleanText(text, { dateWindow: 30 }).published?.date).toBe('2016-02-11');
  });

  it('numbers lines the same for CRLF, CR and LF input', () => {
    const lines = ['Share', '', 'Ministers meet', 'February 11, 2016', '', 'They met.'];
    for (const eol of ['\n', '\r\n', '\r']) {
      expect(cleanText(lines.join(eol)).removed.map((r) => r.line)).toEqual([1, 3, 4]);
    }
  });

  it('joins hard-wrapped paragraphs and removes wrapped boilerplate line by line', () => {
    const text = [
      'Ministers meet in Munich over Syria',
      '',
      'Foreign ministers from 17 nations are gathering in Munich for a planned',
      'peace conference hosted by the US and Russia, officials said on Thursday.',
      '',
      'Moscow has been supporting a massive Syrian regime offensive on the city',
      'of Aleppo, which rebels have held since the summer of 2012, officials say.',
      '',
      'Disclaimer: The contents of this article are of sole responsibility of the',
      'author and the publisher will not be responsible for inaccurate statements.',
    ].join('\n');
    const cleaned = cleanText(text);
    expect(cleaned.paragraphs).toEqual([
      'Foreign ministers from 17 nations are gathering in Munich for a planned peace conference hosted by the US and Russia, officials said on Thursday.',
      'Moscow has been supporting a massive Syrian regime offensive on the city of Aleppo, which rebels have held since the summer of 2012, officials say.',
    ]);
    expect(cleaned.removed.map((r) => [r.line, r.reason])).toEqual([
      [1, 'title'],
      [9, 'disclaimer'],
      [10, 'disclaimer'],
    ]);
    const unwrapped = cleanText(text, { unwrap: false }).paragraphs;
    expect(unwrapped[0]).toMatch(/^peace conference hosted/u);
  });

  it('rejects invalid options with a ParleyError', () => {
    expect(() => cleanText('', { dateWindow: -1 })).toThrow(ParleyError);
    expect(() => cleanText('', { headingMaxWords: 0 })).toThrow(/invalid option headingMaxWords/u);
  });

  it('is pure: the same input gives the same output', () => {
    const text = page('Ministers meet', 'February 11, 2016', 'They met.');
    expect(cleanText(text)).toEqual(cleanText(text));
  });

  it('joins a dateline broken over lines with its paragraph and strips it', () => {
    const page = [
      'Russia says talks will go on',
      '',
      'MOSCOW, Feb 11',
      '(Reuters) - Russia accused Turkey of shelling Syrian border towns on Thursday, the',
      'foreign ministry said.',
      '',
      'Moscow also urged Ankara to halt the attacks.',
    ].join('\n');
    const cleaned = cleanText(page);
    expect(cleaned.title).toBe('Russia says talks will go on');
    expect(cleaned.dateline).toBe('MOSCOW');
    expect(cleaned.published).toBeNull();
    expect(cleaned.paragraphs).toEqual([
      'Russia accused Turkey of shelling Syrian border towns on Thursday, the foreign ministry said.',
      'Moscow also urged Ankara to halt the attacks.',
    ]);
  });
});
