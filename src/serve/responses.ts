import { z } from '@hono/zod-openapi';
import type {
  ActiveActor,
  ActorMatch,
  DyadSeries,
  MapPoint,
  Network,
  TimelineSeries,
} from '../analytics/index.js';
import type { ArticleRecord, ClusterPage, ClusterRecord, ReportRecord } from '../store/index.js';
import type { CodedText } from '../pipeline.js';
import type { ArticleView } from './article-view.js';

/**
 * The response bodies, for the OpenAPI document. Each is strict (no field beyond those
 * listed), and the API tests parse real responses with them, so the document cannot
 * drift from what the server sends. The casts name the record type each one describes.
 */
function as<T>(schema: z.ZodType): z.ZodType<T> {
  return schema as z.ZodType<T>;
}

const nullable = <T extends z.ZodType>(t: T) => t.nullable();
const str = z.string();
const num = z.number();
const int = z.number().int();

const Location = z
  .strictObject({
    name: str,
    country: str,
    lat: num,
    lon: num,
    precision: z.enum(['city', 'region', 'country']),
    geonameid: int.optional(),
    why: str,
    text: str,
    source: z.enum(['sentence', 'dateline']),
  })
  .openapi('Location');

const Explanation = z
  .strictObject({
    pattern: str,
    text: str,
    trigger: str,
    voice: z.enum(['active', 'passive', 'noun']),
    subject: str,
    cue: nullable(str),
    sourceEntries: z.array(str),
    targetEntries: z.array(str),
    sourceVia: nullable(str),
    targetVia: nullable(str),
    unresolved: z.array(str),
  })
  .openapi('Explanation');

const coding = {
  cameo: str,
  cameoName: str,
  plover: nullable(str),
  ploverMode: nullable(str),
  quad: int,
  goldstein: num,
  modality: str,
  negated: z.boolean(),
  reciprocal: z.boolean(),
  location: nullable(Location),
  datePrecision: nullable(z.enum(['day', 'week', 'month', 'year'])),
  date: nullable(str),
};

const Side = z.strictObject({ code: str, name: str, side: str });
export const Event = as<ClusterRecord>(
  z
    .strictObject({
      ...coding,
      id: str,
      source: Side,
      target: nullable(Side),
      root: str,
      mentions: int,
      articles: int,
      outlets: int,
      copies: int,
      mention: str,
      articleId: str,
      sentence: str,
    })
    .openapi('Event'),
);

const Actor = z.strictObject({ code: str, name: str, text: str });
const mention = {
  ...coding,
  id: str,
  articleId: str,
  sentenceId: str,
  dateSource: z.enum(['sentence', 'publication', 'none']),
  dateText: nullable(str),
  source: Actor,
  target: nullable(Actor),
  sentence: str,
  rule: str,
  why: Explanation,
};
export const Mention = z.strictObject(mention).openapi('Mention');
export const Report = as<ReportRecord>(
  z
    .strictObject({
      ...mention,
      outlet: nullable(str),
      url: nullable(str),
      published: nullable(str),
      title: nullable(str),
    })
    .openapi('Report'),
);

export const EventPage = as<ClusterPage>(
  z.strictObject({ items: z.array(Event), next: nullable(str), total: int }).openapi('EventPage'),
);
export const EventDetail = as<{ event: ClusterRecord; reports: ReportRecord[] }>(
  z.strictObject({ event: Event, reports: z.array(Report) }).openapi('EventDetail'),
);

const counts = {
  events: int,
  mentions: int,
  verbalCoop: int,
  materialCoop: int,
  verbalConflict: int,
  materialConflict: int,
  goldsteinSum: num,
};
export const Timeline = as<TimelineSeries>(
  z
    .strictObject({
      by: z.enum(['day', 'week', 'month']),
      periods: z.array(z.strictObject({ period: str, ...counts })),
      undated: int,
      coarser: int,
    })
    .openapi('Timeline'),
);
export const Dyad = as<DyadSeries>(
  z
    .strictObject({
      periods: z.array(
        z.strictObject({ period: str, source: str, target: str, ...counts, goldsteinMean: num }),
      ),
      coarser: int,
    })
    .openapi('Dyad'),
);
export const NetworkBody = as<Network>(
  z
    .strictObject({
      nodes: z.array(z.strictObject({ actor: str, name: str, events: int })),
      edges: z.array(
        z.strictObject({
          source: str,
          target: str,
          events: int,
          goldstein: num,
          cooperation: int,
          conflict: int,
        }),
      ),
    })
    .openapi('Network'),
);
export const TopActors = as<{ items: ActiveActor[] }>(
  z
    .strictObject({
      items: z.array(
        z.strictObject({
          actor: str,
          events: int,
          asSource: int,
          asTarget: int,
          mentions: int,
          goldstein: num,
        }),
      ),
    })
    .openapi('TopActors'),
);
export const Actors = as<{ items: ActorMatch[] }>(
  z
    .strictObject({ items: z.array(z.strictObject({ code: str, name: str, events: int })) })
    .openapi('Actors'),
);
export const MapBody = as<{ points: MapPoint[] }>(
  z
    .strictObject({
      points: z.array(
        z.strictObject({
          lat: num,
          lon: num,
          name: str,
          country: str,
          precision: z.enum(['city', 'region', 'country']),
          events: int,
          goldsteinSum: num,
          eventIds: z.array(str),
        }),
      ),
    })
    .openapi('Map'),
);

const article = {
  id: str,
  key: str,
  origin: str,
  format: str,
  title: nullable(str),
  outlet: nullable(str),
  url: nullable(str),
  published: nullable(str),
  publishedSource: nullable(str),
  dateline: nullable(str),
  ingestedAt: str,
  sentences: int,
  events: int,
  copyOf: nullable(str),
  similarity: nullable(num),
  copies: int,
};
export const Articles = as<{ items: Omit<ArticleRecord, 'text'>[]; next: string | null }>(
  z
    .strictObject({ items: z.array(z.strictObject(article)), next: nullable(str) })
    .openapi('Articles'),
);
export const ArticleBody = as<ArticleView>(
  z
    .strictObject({
      article: z.strictObject({ ...article, text: str }),
      sentences: z.array(
        z.strictObject({ id: str, idx: int, start: int, end: int, discarded: nullable(str) }),
      ),
      spans: z.array(
        z.strictObject({
          start: int,
          end: int,
          kind: z.enum(['actor', 'trigger', 'date', 'place']),
          text: str,
          code: str.optional(),
          name: str.optional(),
          role: nullable(str).optional(),
          resolved: z.boolean().optional(),
          eventId: str.optional(),
          detail: str.optional(),
        }),
      ),
      removed: z.array(z.strictObject({ line: int, text: str, reason: str })),
      events: z.array(Report),
    })
    .openapi('Article'),
);

export const Coded = as<CodedText>(
  z
    .strictObject({
      events: z.array(Mention),
      discarded: z.array(z.strictObject({ sentence: int, discard: str })),
    })
    .openapi('Coded'),
);
export const Ingested = z
  .strictObject({
    added: int,
    replaced: int,
    unchanged: int,
    duplicates: int,
    failed: z.array(z.strictObject({ index: int, error: str })),
  })
  .openapi('Ingested');
export const Health = z
  .strictObject({ version: str, schema: int, articles: int, mentions: int, events: int })
  .openapi('Health');

export const Types = z
  .strictObject({
    plover: z.array(str),
    cameoRoots: z.array(z.strictObject({ code: str, name: str })),
  })
  .openapi('Types');
