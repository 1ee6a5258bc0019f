import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../store/index.js';
import { parseGoldLine } from './gold.js';
import type { GsrRecord, PairRecord } from './gold.js';
import { acceptedTypes, goldCountry, goldType } from './labels.js';
import { overlaps } from './overlap.js';
import { parseUnitTests, scoreUnitTests } from './petrarch.js';
import { scoreGsr, scorePairs } from './score.js';

/** An event as the scorers read it: source → target, PLOVER type, CAMEO code. */
function ev(
  source: string,
  target: string | null,
  plover: string,
  extra: Partial<EventRecord> = {},
): EventRecord {
  const [sText, sCode] = source.split('=');
  const [tText, tCode] = (target ?? '').split('=');
  return {
    source: { text: sText ?? '', code: sCode ?? '', name: '' },
    target: target ? { text: tText ?? '', code: tCode ?? '', name: '' } : null,
    plover,
    cameo: '040',
    negated: false,
    reciprocal: false,
    ...extra,
  } as EventRecord;
}

describe('gold labels', () => {
  it.each([
    ['DISAPPROVE', 'ACCUSE', ['ACCUSE']],
    ['demand', 'REQUEST', ['REQUEST']],
    ['FIGHT', 'ASSAULT', ['ASSAULT']],
    ['INVESTIGATE', 'ACCUSE', ['ACCUSE']],
    ['YIELD', 'YIELD', ['CONCEDE', 'RETREAT']],
    ['CONSULT', 'CONSULT', ['CONSULT']],
  ])('%s → %s', (label, type, accepted) => {
    expect(goldType(label)).toBe(type);
    expect(acceptedTypes(label)).toEqual(accepted);
  });

  it.each([
    ['ITL', 'ITA'],
    ['JAP', 'JPN'],
    ['VTN', 'VNM'],
    ['IGOUNO', 'IGO'],
    ['usagov', 'USA'],
  ])('country of %s is %s', (code, country) => expect(goldCountry(code)).toBe(country));
});

describe('overlaps', () => {
  it.each([
    ['the U.S.', 'U.S. Secretary of State John Kerry', true],
    ['The American Civil Liberties Union', 'American Civil Liberties Union', true],
    ['the FBI', 'the Pentagon', false],
    ['of the', 'the of', false],
  ])('%s ~ %s: %s', (a, b, expected) => expect(overlaps(a, b)).toBe(expected));
});

describe('parseGoldLine', () => {
  it('reads a pair', () => {
    const r = parseGoldLine(
      '{"id":"p1","text":"Iran met Iraq.","source":"Iran","target":"Iraq","event":"CONSULT"}',
      'f:1',
    );
    expect(r).toMatchObject({ kind: 'pair', id: 'p1', source: 'Iran', target: 'Iraq', date: null });
  });

  it('reads a gold-standard record with a date', () => {
    const r = parseGoldLine(
      '{"id":"g1","date":"2000-01-01","text":"Iran met Iraq.","event":"CONSULT","source":[{"actorText":"Iran","code":"IRN"}],"target":[]}',
      'f:2',
    );
    expect(r).toMatchObject({ kind: 'gsr', date: '2000-01-01', targets: [] });
  });

  it.each([
    ['{"text":"x"', 'f:1: malformed JSON'],
    ['[1]', 'f:1: expected a JSON object'],
    ['{"event":"CONSULT"}', 'f:1: missing "text"'],
    ['{"text":"x","source":"a","target":"b"}', 'f:1: missing "event"'],
    ['{"text":"x","event":"AGREE","source":"a"}', 'f:1: expected "source" and "target"'],
    ['{"text":"x","event":"AGREE","source":[{"code":"IRN"}]}', 'f:1: each "source" actor needs'],
    [
      '{"text":"x","event":"AGREE","source":"a","target":"b","date":"2016-02-30"}',
      'f:1: invalid "date"',
    ],
  ])('rejects %s', (line, message) => {
    expect(() => parseGoldLine(line, 'f:1')).toThrow(message);
  });
});

const pair = (source: string, target: string, type: string): PairRecord => ({
  kind: 'pair',
  id: `${source}-${target}`,
  text: '',
  date: null,
  type,
  where: 'f:1',
  source,
  target,
});

describe('scorePairs', () => {
  it.each([
    ['an event of the type between the spans', [ev('Iran=IRN', 'Iraq=IRQ', 'CONSULT')], 'CONSULT'],
    ['the right type the wrong way round', [ev('Iraq=IRQ', 'Iran=IRN', 'CONSULT')], 'NONE'],
    [
      'a mutual event either way round',
      [ev('Iraq=IRQ', 'Iran=IRN', 'CONSULT', { reciprocal: true })],
      'CONSULT',
    ],
    ['another type', [ev('Iran=IRN', 'Iraq=IRQ', 'ACCUSE')], 'ACCUSE'],
    ['a negated event', [ev('Iran=IRN', 'Iraq=IRQ', 'CONSULT', { negated: true })], 'NONE'],
    ['no target', [ev('Iran=IRN', null, 'CONSULT')], 'NONE'],
  ])('%s', (_what, events, predicted) => {
    const s = scorePairs([{ record: pair('Iran', 'Iraq', 'CONSULT'), events }]);
    expect([...(s.confusion.get('CONSULT')?.keys() ?? [])]).toEqual([predicted]);
    expect(s.pairCorrect).toBe(predicted === 'CONSULT' ? 1 : 0);
  });

  it('accepts CONCEDE or RETREAT for YIELD and computes macro-F1 over gold types', () => {
    const s = scorePairs([
      { record: pair('Iran', 'Iraq', 'YIELD'), events: [ev('Iran=IRN', 'Iraq=IRQ', 'RETREAT')] },
      { record: pair('Iran', 'Iraq', 'ACCUSE'), events: [] },
    ]);
    expect([s.pairCorrect, s.sentenceCorrect]).toEqual([1, 1]);
    expect(s.types.map((t) => [t.type, t.f1])).toEqual([
      ['ACCUSE', 0],
      ['YIELD', 1],
    ]);
    expect(s.macroF1).toBe(0.5);
  });
});

describe('scoreGsr', () => {
  const record: GsrRecord = {
    kind: 'gsr',
    id: 'g',
    text: '',
    date: null,
    type: 'DISAPPROVE',
    where: 'f:1',
    sources: [{ text: 'Italy', code: 'ITL' }],
    targets: [{ text: 'the UN', code: 'IGO' }],
  };
  it.each([
    ['all right', [ev('Italy=ITAGOV', 'UN=IGOUNO', 'ACCUSE')], [1, 1, 1]],
    ['wrong target', [ev('Italy=ITA', 'France=FRA', 'ACCUSE')], [1, 1, 0]],
    ['codes right, type wrong', [ev('Italy=ITA', 'UN=IGOUNO', 'CONSULT')], [0, 0, 0]],
    ['nothing', [], [0, 0, 0]],
  ])('%s', (_what, events, expected) => {
    const s = scoreGsr([{ record, events }]);
    expect([s.typeCorrect, s.sourceCorrect, s.targetCorrect]).toEqual(expected);
  });
});

describe('PETRARCH unit tests', () => {
  const xml = `<Sentences>
<Sentence date="19950101" id="T-1" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor restored ties
with Gondor.
</Text>
</Sentence>
<Sentence date="19950102" id="T-2" category="DEMO" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing &amp; nobody happened.</Text>
</Sentence>
<Sentence date="19950102" id="T-3" category="DEMO" sentence="false">
<Text>A story record.</Text>
</Sentence>
</Sentences>`;

  it('reads the sentence records and their expected events', () => {
    expect(parseUnitTests(xml, 'u.xml')).toEqual([
      {
        id: 'T-1',
        category: 'DEMO',
        date: '1995-01-01',
        text: 'Arnor restored ties with Gondor.',
        expected: ['ARN GON 064'],
        where: 'u.xml:2',
      },
      {
        id: 'T-2',
        category: 'DEMO',
        date: '1995-01-02',
        // Entities decoded, as the XML says.
        text: 'Nothing & nobody happened.',
        expected: [],
        where: 'u.xml:9',
      },
    ]);
  });

  it('counts a record right only when the sets are equal', () => {
    const [a, b] = parseUnitTests(xml, 'u.xml');
    if (!a || !b) throw new Error('records missing');
    const s = scoreUnitTests([
      { record: a, events: [ev('Arnor=ARN', 'Gondor=GON', 'AGREE', { cameo: '064' })] },
      { record: b, events: [ev('Arnor=ARN', null, 'CONSULT', { cameo: '040' })] },
    ]);
    expect([s.exact, s.misses.map((m) => m.got)]).toEqual([1, ['ARN --- 040']]);
  });

  it('writes a mutual event both ways and an unknown country as ---', () => {
    const [a] = parseUnitTests(xml, 'u.xml');
    if (!a) throw new Error('record missing');
    const s = scoreUnitTests([
      {
        record: a,
        events: [
          ev('Arnor=ARN', 'Gondor=GON', 'CONSULT', { cameo: '040', reciprocal: true }),
          ev('officials=GOV', null, 'CONSULT', { cameo: '023' }),
        ],
      },
    ]);
    expect(s.misses.map((m) => m.got)).toEqual(['---GOV --- 023; ARN GON 040; GON ARN 040']);
  });
});
