import type { ClusterRecord } from '../../store/index.js';
import type { ColumnSpec } from '../types.js';
import { column, via } from './column.js';
import { ACTOR_COLUMNS, CODE_COLUMNS, DATE_COLUMNS, LOCATION_COLUMNS } from './coded.js';

/** One clustered event with the URLs and outlets of the articles that report it. */
export interface EventRow {
  readonly cluster: ClusterRecord;
  /** Distinct URLs of its mentions' articles, earliest published first. */
  readonly urls: readonly string[];
  /** Distinct outlets of those articles, in the same order. */
  readonly outlets: readonly string[];
}

const e = column<EventRow>;
const coded = (
  columns: Parameters<typeof via<EventRow, ClusterRecord>>[0],
): ColumnSpec<EventRow>[] => via(columns, (r: EventRow) => r.cluster);

/** `parley export --events`: one row per clustered event (its mentions agreed), in date order. */
export const EVENT_COLUMNS: readonly ColumnSpec<EventRow>[] = [
  e(
    'event_id',
    'string',
    'Phoenix EventID; ICEWS Event ID',
    'Id of the clustered event: `e` + the id of its first mention (`cluster_id` of `--mentions`).',
    (r) => r.cluster.id,
  ),
  ...coded(DATE_COLUMNS),
  ...coded(ACTOR_COLUMNS),
  ...coded(CODE_COLUMNS),
  ...coded(LOCATION_COLUMNS),
  e(
    'num_mentions',
    'int',
    'GDELT NumMentions',
    'Coded mentions grouped into this event.',
    (r) => r.cluster.mentions,
  ),
  e(
    'num_articles',
    'int',
    'GDELT NumArticles',
    'Distinct articles that report it.',
    (r) => r.cluster.articles,
  ),
  e(
    'num_sources',
    'int',
    'GDELT NumSources',
    'Distinct outlets among those articles (articles without an outlet not counted).',
    (r) => r.cluster.outlets,
  ),
  e(
    'num_copies',
    'int',
    'Parley',
    'How many of those articles are near-duplicate copies of another.',
    (r) => r.cluster.copies,
  ),
  e(
    'mention_id',
    'string',
    'Parley',
    'The representative mention (`event_id` of `--mentions`): from an original article, most precisely dated, published earliest.',
    (r) => r.cluster.mention,
  ),
  e(
    'story_id',
    'string',
    'ICEWS Story ID',
    "The representative mention's article.",
    (r) => r.cluster.articleId,
  ),
  e(
    'sentence',
    'string',
    'Parley',
    "The representative mention's sentence.",
    (r) => r.cluster.sentence,
  ),
  e(
    'urls',
    'strings',
    'Phoenix URLs',
    'URLs of the articles that report it, earliest published first.',
    (r) => r.urls,
  ),
  e(
    'news_sources',
    'strings',
    'Phoenix NewsSources',
    'Outlets of those articles, in the same order, each once.',
    (r) => r.outlets,
  ),
];
