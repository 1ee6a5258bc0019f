import { describe, expect, it } from 'vitest';
import type { EventLocation } from '../../geo/index.js';
import { sideOf } from './key.js';
import { summarize } from './summary.js';
import type { MemberMention } from './summary.js';

const countries = new Set(['USA', 'RUS', 'DEU']);
const side = (a: { readonly code: string; readonly text: string }): string => sideOf(a, countries);
const place = (
  name: string,
  precision: EventLocation['precision'],
  source: EventLocation['source'] = 'sentence',
): EventLocation => ({
  name,
  country: 'DEU',
  lat: 48.1,
  lon: 11.6,
  precision,
  why: 'test',
  text: name,
  source,
});

/** `id source>target cameo outlet published`. */
function m(spec: string, more: Partial<MemberMention> = {}): MemberMention {
  const [id = '', dyad = '', cameo = '040', outlet = 'X', published = '2016-02-12'] =
    spec.split(' ');
  const [s = '', t = ''] = dyad.split('>');
  return {
    id,
    articleId: id.split('-')[0] ?? id,
    sentenceId: `${id}-s`,
    date: '2016-02-11',
    datePrecision: 'day',
    dateSource: 'sentence',
    source: { code: s, name: `${s} name`, text: s },
    target: t ? { code: t, name: `${t} name`, text: t } : null,
    cameo,
    cameoName: `cameo ${cameo}`,
    plover: 'CONSULT',
    ploverMode: null,
    quad: 1,
    goldstein: 1,
    modality: 'actual',
    negated: false,
    reciprocal: false,
    location: null,
    outlet: outlet === '-' ? null : outlet,
    published,
    copyOf: null,
    ...more,
  };
}

describe('summarize', () => {
  it.each<[string, MemberMention[], Record<string, unknown>]>([
    [
      'the direction and codes most reports give',
      [m('a-1 USAGOV>RUSGOV'), m('b-1 RUS>USA'), m('c-1 USAGOV>RUS'), m('d-1 USAGOV>RUSGOV 043')],
      { source: 'USAGOV USA', target: 'RUSGOV RUS', cameo: '040', reciprocal: true },
    ],
    [
      'counts: mentions, distinct articles, distinct outlets (case-folded), copies',
      [
        m('a-1 USA>RUS 040 Wire'),
        m('a-2 USA>RUS 040 Wire'),
        m('b-1 USA>RUS 040 wire'),
        m('c-1 USA>RUS 040 Post', { copyOf: 'a' }),
        m('d-1 USA>RUS 040 -'),
      ],
      { mentions: 5, articles: 4, outlets: 2, copies: 1 },
    ],
    [
      'the representative: an original, dated in its sentence, published first',
      [
        m('a-1 USA>RUS 040 Wire 2016-02-11', { copyOf: 'z' }),
        m('b-1 USA>RUS 040 Post 2016-02-13'),
        m('c-1 USA>RUS 040 Daily 2016-02-12', { dateSource: 'publication' }),
        m('d-1 USA>RUS 040 Ledger 2016-02-12'),
      ],
      { mention: 'd-1', id: 'ea-1' },
    ],
    [
      'the finest date and its period',
      [m('a-1 USA>RUS', { date: '2016-02', datePrecision: 'month' }), m('b-1 USA>RUS')],
      { date: '2016-02-11', datePrecision: 'day', dateStart: '2016-02-11', dateEnd: '2016-02-11' },
    ],
    [
      'only a month: the month and its days',
      [m('a-1 USA>RUS', { date: '2016-02', datePrecision: 'month' })],
      { date: '2016-02', datePrecision: 'month', dateStart: '2016-02-01', dateEnd: '2016-02-29' },
    ],
    [
      'a city named in a sentence before the dateline city and a country',
      [
        m('a-1 USA>RUS', { location: place('Germany', 'country') }),
        m('b-1 USA>RUS', { location: place('Berlin', 'city', 'dateline') }),
        m('c-1 USA>RUS', { location: place('Munich', 'city') }),
      ],
      { location: 'Munich' },
    ],
  ])('%s', (_, members, expected) => {
    const e = summarize('k', members, side);
    const seen: Record<string, unknown> = {
      ...e,
      source: `${e.source.code} ${e.source.side}`,
      target: e.target ? `${e.target.code} ${e.target.side}` : null,
      location: e.location?.name ?? null,
    };
    for (const [k, v] of Object.entries(expected)) expect([k, seen[k]]).toEqual([k, v]);
  });

  it('needs a mention', () => {
    expect(() => summarize('k', [], side)).toThrow(/at least one mention/);
  });
});
