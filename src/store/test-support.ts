/**
 * Processed articles for store tests, without running the pipeline: one sentence per entry,
 * each with the events a test needs.
 */
import { createHash } from 'node:crypto';
import type { PloverType } from '../events/index.js';
import type { EventLocation } from '../geo/index.js';
import type { RawArticle } from '../ingest/index.js';
import type { DatePrecision } from '../time/index.js';
import type { EventRecord, ProcessedArticle } from './index.js';

/** The article id the pipeline gives a key: 12 hex digits of its SHA-256. */
export const idOf = (key: string): string =>
  createHash('sha256').update(key).digest('hex').slice(0, 12);

/** CAMEO names and PLOVER modes the test events carry (as the coder sets them). */
const NAMES = new Map([
  ['195', { name: 'Employ aerial weapons', mode: 'aerial' }],
  ['112', { name: 'Accuse, unspecified', mode: 'disapprove' }],
  ['057', { name: 'Sign formal agreement', mode: null }],
  ['040', { name: 'Consult, unspecified', mode: null }],
  ['138', { name: 'Threaten with military force', mode: null }],
]);

export function rawArticle(
  key: string,
  content: string,
  extra: Partial<RawArticle> = {},
): RawArticle {
  return {
    key,
    origin: key,
    format: 'txt',
    title: null,
    outlet: null,
    url: null,
    published: null,
    publishedSource: null,
    publishedAt: null,
    dateline: null,
    text: content,
    removed: [{ line: 1, text: `Advertisement for ${content}`, reason: 'advertisement' }],
    contentHash: createHash('sha256').update(content).digest('hex'),
    ...extra,
  };
}

/** One event: `SOURCE CAMEO TARGET` plus the fields a test cares about. */
export interface EventSpec {
  readonly dyad: string;
  readonly plover: PloverType | null;
  readonly quad: 1 | 2 | 3 | 4;
  readonly goldstein: number;
  readonly negated?: boolean;
  readonly modality?: EventRecord['modality'];
  /** The event's own date (default: the publication date, at day precision). */
  readonly date?: string;
  readonly precision?: DatePrecision;
  /** ISO3 of the event's location (a city of that country), or none. */
  readonly country?: string;
}

function locationIn(country: string): EventLocation {
  return {
    name: `${country} city`,
    country,
    lat: 0,
    lon: 0,
    precision: 'city',
    why: 'test',
    text: `${country} city`,
    source: 'sentence',
  };
}

/** A processed article: one sentence per entry, each with its events. */
export function processed(
  article: RawArticle,
  sentences: readonly (readonly [string, readonly EventSpec[]])[],
  id: string = idOf(article.key),
): ProcessedArticle {
  let offset = 0;
  const rows: ProcessedArticle['sentences'][number][] = [];
  const events: EventRecord[] = [];
  sentences.forEach(([text, specs], idx) => {
    const sentenceId = `${id}-${idx}`;
    const source = specs[0]?.dyad.split(' ')[0];
    rows.push({
      id: sentenceId,
      idx,
      start: offset,
      end: offset + text.length,
      text,
      discarded: null,
      mentions: source
        ? [
            {
              start: 0,
              end: 6,
              code: source,
              name: `${source} name`,
              text: 'Source',
              source: 'dictionary',
              person: null,
              role: null,
            },
          ]
        : [],
    });
    offset += text.length + 1;
    specs.forEach((spec, n) => {
      const [src = '', code = '', tgt = '-'] = spec.dyad.split(' ');
      events.push({
        id: `${sentenceId}-${n}`,
        articleId: id,
        sentenceId,
        date: spec.date ?? article.published,
        datePrecision: spec.precision ?? ((spec.date ?? article.published) ? 'day' : null),
        dateSource: spec.date ? 'sentence' : article.published ? 'publication' : 'none',
        dateText: null,
        source: { code: src, name: `${src} name`, text: `${src} text` },
        // '?': a target no dictionary resolved.
        target:
          tgt === '-'
            ? null
            : tgt === '?'
              ? { code: '', name: '', text: 'the exchange' }
              : { code: tgt, name: `${tgt} name`, text: `${tgt} text` },
        cameo: code,
        cameoName: NAMES.get(code)?.name ?? '',
        plover: spec.plover,
        ploverMode: NAMES.get(code)?.mode ?? null,
        quad: spec.quad,
        goldstein: spec.goldstein,
        modality: spec.modality ?? 'actual',
        negated: spec.negated ?? false,
        reciprocal: false,
        location: spec.country ? locationIn(spec.country) : null,
        sentence: text,
        rule: `data/verbs/test.txt:${idx + 1} ${code} pattern`,
        why: {
          pattern: `data/verbs/test.txt:${idx + 1}`,
          text: 'pattern',
          trigger: text.split(' ')[1] ?? '',
          voice: 'active',
          subject: 'clause-subject',
          cue: spec.negated ? 'not' : null,
          sourceEntries: ['data/actors/test.tsv:1'],
          targetEntries: tgt === '-' ? [] : ['data/actors/test.tsv:2'],
          sourceVia: null,
          targetVia: null,
          unresolved: [],
        },
      });
    });
  });
  return { id, article, sentences: rows, events };
}
