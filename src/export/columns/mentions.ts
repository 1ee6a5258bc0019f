import type { EventRecord } from '../../store/index.js';
import type { ColumnSpec } from '../types.js';
import { column, via } from './column.js';
import { ACTOR_COLUMNS, CODE_COLUMNS, DATE_COLUMNS, LOCATION_COLUMNS } from './coded.js';

/** The article a mention was read in. */
export interface ArticleFields {
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
}

/** One coded mention with its article and the clustered event it reports. */
export interface MentionRow {
  readonly event: EventRecord;
  readonly clusterId: string | null;
  readonly article: ArticleFields;
}

const m = column<MentionRow>;
const coded = (
  columns: Parameters<typeof via<MentionRow, EventRecord>>[0],
): ColumnSpec<MentionRow>[] => via(columns, (r: MentionRow) => r.event);

/** `parley export --mentions`: one row per coded mention, in date order. */
export const MENTION_COLUMNS: readonly ColumnSpec<MentionRow>[] = [
  m(
    'event_id',
    'string',
    'Phoenix EventID; ICEWS Event ID',
    'Id of the coded mention (`parley events` id): one coded event in one sentence of one article.',
    (r) => r.event.id,
  ),
  m(
    'cluster_id',
    'string',
    'Parley',
    'The clustered event this mention reports (`event_id` of `parley export --events`).',
    (r) => r.clusterId,
  ),
  ...coded(DATE_COLUMNS),
  m(
    'date_source',
    'string',
    'Parley',
    "`sentence` (a date expression of the event's clause), `publication` or `none`.",
    (r) => r.event.dateSource,
  ),
  m(
    'date_text',
    'string',
    'Parley',
    'The date expression as written ("late Friday"), kept even when it could not be resolved.',
    (r) => r.event.dateText,
  ),
  ...coded(ACTOR_COLUMNS),
  m(
    'source_text',
    'string',
    'Parley',
    'The source actor as written in the sentence.',
    (r) => r.event.source.text,
  ),
  m(
    'target_text',
    'string',
    'Parley',
    'The target actor as written in the sentence.',
    (r) => r.event.target?.text ?? null,
  ),
  ...coded(CODE_COLUMNS),
  ...coded(LOCATION_COLUMNS),
  m(
    'sentence_id',
    'string',
    'Phoenix SentenceID',
    'Id of the sentence the event was coded from.',
    (r) => r.event.sentenceId,
  ),
  m('sentence', 'string', 'Parley', 'The sentence itself.', (r) => r.event.sentence),
  m(
    'rule',
    'string',
    'Parley',
    'The verb pattern or grammar rule that coded the event (`parley show` explains it).',
    (r) => r.event.rule,
  ),
  m(
    'story_id',
    'string',
    'ICEWS Story ID',
    'Id of the article (`parley show` id).',
    (r) => r.event.articleId,
  ),
  m(
    'story_date',
    'string',
    'Phoenix (Cline Center) story_date',
    'When the article was published, ISO 8601; empty when unknown.',
    (r) => r.article.published,
  ),
  m(
    'publisher',
    'string',
    'ICEWS Publisher; Phoenix NewsSources',
    'The outlet that published the article.',
    (r) => r.article.outlet,
  ),
  m('url', 'string', 'Phoenix URLs', "The article's URL.", (r) => r.article.url),
  m('title', 'string', 'Parley', "The article's title.", (r) => r.article.title),
];
