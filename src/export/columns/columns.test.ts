import { describe, expect, it } from 'vitest';
import type { ClusterRecord, EventRecord } from '../../store/index.js';
import type { ColumnSpec, ExportContext, Value } from '../types.js';
import { EVENT_COLUMNS } from './events.js';
import type { EventRow } from './events.js';
import { MENTION_COLUMNS } from './mentions.js';
import type { MentionRow } from './mentions.js';

const context: ExportContext = { countries: new Set(['RUS', 'TUR', 'SYR']) };

const event: EventRecord = {
  id: 'a1-3-0',
  articleId: 'a1',
  sentenceId: 'a1-3',
  date: '2016-02',
  datePrecision: 'month',
  dateSource: 'sentence',
  dateText: 'in February',
  source: { code: 'TURGOV', name: 'Turkey (government)', text: 'Ankara' },
  target: { code: 'RUSMIL', name: 'Russia (military)', text: 'Russian jets' },
  cameo: '1121',
  cameoName: 'Accuse of crime, corruption',
  plover: 'ACCUSE',
  ploverMode: 'disapprove',
  quad: 3,
  goldstein: -2,
  modality: 'actual',
  negated: false,
  reciprocal: false,
  location: {
    name: 'Aleppo',
    country: 'SYR',
    lat: 36.2,
    lon: 37.16,
    precision: 'city',
    why: 'name',
    text: 'Aleppo',
    source: 'sentence',
  },
  sentence: 'Ankara accused Russian jets of bombing hospitals in Aleppo in February.',
  rule: 'data/verbs/11-disapprove.txt:20 112 accuse +T of',
  why: {} as EventRecord['why'],
};

const mention: MentionRow = {
  event,
  clusterId: 'ea1-3-0',
  article: { title: 'T', outlet: 'Wire', url: 'https://example.org/a1', published: '2016-02-20' },
};

const cluster: ClusterRecord = {
  id: 'ea1-3-0',
  date: '2016-02-11',
  datePrecision: 'day',
  source: { code: 'IGOUNO', name: 'United Nations', side: 'IGOUNO' },
  target: null,
  cameo: '0231',
  cameoName: 'Appeal for economic aid',
  root: '02',
  plover: 'REQUEST',
  ploverMode: null,
  quad: 1,
  goldstein: 3.4,
  modality: 'intent',
  negated: true,
  reciprocal: false,
  location: null,
  mentions: 5,
  articles: 3,
  outlets: 2,
  copies: 1,
  mention: 'a1-3-0',
  articleId: 'a1',
  sentence: 'The UN will not appeal for aid.',
};

const eventRow: EventRow = {
  cluster,
  urls: ['https://example.org/a1', 'https://example.org/b2'],
  outlets: ['Wire', 'Daily'],
};

function record<Row>(columns: readonly ColumnSpec<Row>[], row: Row): Record<string, Value> {
  return Object.fromEntries(columns.map((c) => [c.name, c.read(row, context)]));
}

describe('column specs', () => {
  it.each([
    ['mentions', MENTION_COLUMNS],
    ['events', EVENT_COLUMNS],
  ] as const)('%s: unique snake_case names, each described with its convention', (_, columns) => {
    const names = columns.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of columns) {
      expect(c.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(c.description.length).toBeGreaterThan(10);
      expect(c.convention).not.toBe('');
    }
  });

  it('reads a mention: month-precision date parts, country-level codes, place, article', () => {
    expect(record(MENTION_COLUMNS, mention)).toMatchObject({
      event_id: 'a1-3-0',
      cluster_id: 'ea1-3-0',
      event_date: '2016-02',
      date_precision: 'month',
      year: 2016,
      month: 2,
      day: null,
      source_code: 'TURGOV',
      source_country: 'TUR',
      target_country: 'RUS',
      target_text: 'Russian jets',
      cameo_code: '1121',
      root_code: '11',
      quad_class: 3,
      goldstein: -2,
      plover_type: 'ACCUSE',
      location_name: 'Aleppo',
      location_country: 'SYR',
      latitude: 36.2,
      longitude: 37.16,
      location_precision: 'city',
      story_id: 'a1',
      story_date: '2016-02-20',
      publisher: 'Wire',
      url: 'https://example.org/a1',
    });
  });

  it('reads a clustered event: an organisation has no country, no target, counts, lists', () => {
    expect(record(EVENT_COLUMNS, eventRow)).toMatchObject({
      event_id: 'ea1-3-0',
      year: 2016,
      month: 2,
      day: 11,
      source_country: null,
      target_code: null,
      target_country: null,
      root_code: '02',
      modality: 'intent',
      negated: true,
      latitude: null,
      num_mentions: 5,
      num_articles: 3,
      num_sources: 2,
      num_copies: 1,
      mention_id: 'a1-3-0',
      urls: ['https://example.org/a1', 'https://example.org/b2'],
      news_sources: ['Wire', 'Daily'],
    });
  });
});
