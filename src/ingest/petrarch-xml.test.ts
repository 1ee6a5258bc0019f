import { describe, expect, it } from 'vitest';
import { ParleyError } from '../errors.js';
import { parsePetrarchXml } from './petrarch-xml.js';
import type { PetrarchSentence } from './petrarch-xml.js';

const xml = (...lines: readonly string[]): string => lines.join('\n');

describe('parsePetrarchXml reads sentences', () => {
  it('reads id, date, source, text and the line of each <Sentence>', () => {
    const input = xml(
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<Sentences>',
      '<!-- a comment',
      '     over two lines with <Sentence date="19990101" id="GONE"> inside -->',
      '<Sentence date="20160211" id="S-1" source="parley" sentence="True">',
      '<Text>',
      '  Kerry   met',
      '  Lavrov in Munich.',
      '</Text>',
      '<Parse>(ROOT (S (NP Kerry) (VP met (NP Lavrov))))</Parse>',
      '</Sentence>',
      "<Sentence id='S-2' date='20160212'><Text>Russia &amp; Turkey &quot;met&quot; in Gen&#232;ve &#x2014; again.</Text></Sentence>",
      '</Sentences>',
    );
    expect(parsePetrarchXml(input, 'in.xml')).toEqual([
      {
        id: 'S-1',
        date: '20160211',
        source: 'parley',
        text: 'Kerry met Lavrov in Munich.',
        line: 5,
      },
      {
        id: 'S-2',
        date: '20160212',
        source: null,
        text: 'Russia & Turkey "met" in Genève — again.',
        line: 12,
      },
    ]);
  });

  it('reads a <Validation> file, whose sentences carry extra attributes', () => {
    const input = xml(
      '<Validation>',
      '<Sentence date="20150714" id="V1" category="AGREE" place="Vienna">',
      '<EventCoding sourcecode="IRN" eventcode="057"/>',
      '<Text>Iran reached an agreement.</Text>',
      '</Sentence>',
      '</Validation>',
    );
    const sentences = parsePetrarchXml(input, 'v.xml').filter(
      (s): s is PetrarchSentence => !(s instanceof ParleyError),
    );
    expect(sentences.map((s) => [s.id, s.line, s.text])).toEqual([
      ['V1', 2, 'Iran reached an agreement.'],
    ]);
  });
});

describe('parsePetrarchXml refuses malformed structure, naming the line', () => {
  const CASES: readonly (readonly [string, string, string])[] = [
    [
      'an unclosed <Sentence> at the end',
      xml('<Sentences>', '<Sentence date="20160211" id="a">', '<Text>x</Text>', '</Sentences>'),
      'f.xml:2: <Sentence> is not closed',
    ],
    [
      'an unclosed <Sentence> followed by another',
      xml(
        '<Sentences>',
        '<Sentence date="20160211" id="a"><Text>x</Text>',
        '<Sentence date="20160211" id="b"><Text>y</Text></Sentence>',
        '</Sentences>',
      ),
      'f.xml:2: <Sentence> is not closed',
    ],
    [
      'no id',
      xml('<Sentences>', '', '<Sentence date="20160211"><Text>x</Text></Sentence>'),
      'f.xml:3: <Sentence> has no id attribute',
    ],
    [
      'no date',
      xml('<Sentences>', '<Sentence id="a"><Text>x</Text></Sentence>'),
      'f.xml:2: <Sentence id="a"> has no valid date attribute (expected YYYYMMDD)',
    ],
    [
      'a date in another form',
      xml('<Sentences>', '<Sentence id="a" date="2016-02-11"><Text>x</Text></Sentence>'),
      'f.xml:2: <Sentence id="a"> has no valid date attribute (expected YYYYMMDD)',
    ],
    [
      'no <Text>',
      xml('<Sentences>', '<Sentence id="a" date="20160211"><Parse>(S)</Parse></Sentence>'),
      'f.xml:2: <Sentence id="a"> has no <Text>',
    ],
    [
      'an empty <Text>',
      xml('<Sentences>', '<Sentence id="a" date="20160211"><Text>  \n </Text></Sentence>'),
      'f.xml:2: <Sentence id="a"> has an empty <Text>',
    ],
    [
      'an unknown entity',
      xml('<Sentences>', '<Sentence id="a" date="20160211"><Text>x&nbsp;y</Text></Sentence>'),
      'f.xml:2: unknown entity &nbsp;',
    ],
    [
      'a root but no sentences',
      xml('<?xml version="1.0"?>', '<Sentences>', '</Sentences>'),
      'no <Sentence> elements found',
    ],
    [
      'only commented-out sentences',
      xml('<Sentences>', '<!-- <Sentence id="a" date="20160211"><Text>x</Text></Sentence> -->'),
      'no <Sentence> elements found',
    ],
    [
      'not PETRARCH XML at all',
      xml('<?xml version="1.0"?>', '<rss><channel><item>news</item></channel></rss>'),
      'no <Sentence> elements (not a PETRARCH-style XML file)',
    ],
  ];
  it.each(CASES)('%s', (_name, input, message) => {
    // A file-level problem throws; a bad sentence comes back as an error in its place.
    let found: unknown;
    try {
      found = parsePetrarchXml(input, 'f.xml').find((s) => s instanceof ParleyError);
    } catch (error) {
      found = error;
    }
    expect(found).toBeInstanceOf(ParleyError);
    expect((found as ParleyError).message).toBe(message);
  });

  it('reads the good sentences around a bad one', () => {
    const input = xml(
      '<Sentences>',
      '<Sentence date="20160211" id="a"><Text>Iran met Iraq.</Text></Sentence>',
      '<Sentence date="2016" id="b"><Text>x</Text></Sentence>',
      '<Sentence date="20160212" id="c"><Text>China met India.</Text></Sentence>',
      '</Sentences>',
    );
    const result = parsePetrarchXml(input, 'f.xml');
    expect(result.map((s) => (s instanceof ParleyError ? s.message : s.id))).toEqual([
      'a',
      'f.xml:3: <Sentence id="b"> has no valid date attribute (expected YYYYMMDD)',
      'c',
    ]);
  });
});
