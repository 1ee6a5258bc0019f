import { z } from '@hono/zod-openapi';
import { CLUSTER_SORTS } from '../store/index.js';
import { PERIOD_NAMES } from '../analytics/index.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'not a calendar date');
const actorCode = z.string().regex(/^[A-Za-z0-9]{1,30}$/, 'expected an actor code such as RUS');
const count = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

/** Filters shared by the event questions (see docs/api.md). */
export const FilterQuery = z.object({
  actor: z
    .union([actorCode, z.array(actorCode).max(10)])
    .optional()
    .openapi({ description: 'Actor code prefix, source or target (repeatable)' }),
  dyad: z
    .string()
    .regex(/^[A-Za-z0-9]{1,30},[A-Za-z0-9]{1,30}$/, 'expected two actor codes A,B')
    .optional()
    .openapi({ description: 'Both actors, either direction: A,B' }),
  type: z
    .string()
    .regex(/^(\d{1,4}|[A-Z]{3,12})$/, 'expected a PLOVER type (ASSAULT) or CAMEO digits (19)')
    .optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected an ISO3 country code such as SYR')
    .optional()
    .openapi({ description: 'Country of the event location' }),
  q: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'Words the sentence of one of its reports contains' }),
  minMentions: z.coerce.number().int().min(1).optional(),
});
export type FilterQuery = z.infer<typeof FilterQuery>;

export const EventsQuery = FilterQuery.extend({
  sort: z.enum(CLUSTER_SORTS as [string, ...string[]]).default('date'),
  limit: count(1, 500, 50),
  cursor: z.string().max(500).optional(),
});

export const PeriodQuery = z.enum(PERIOD_NAMES as [string, ...string[]]);
export const TimelineQuery = FilterQuery.extend({ by: PeriodQuery.default('week') });

const Range = { from: isoDate.optional(), to: isoDate.optional(), type: FilterQuery.shape.type };
const level = z.enum(['country', 'code']).default('country');

export const DyadQuery = z.object({
  a: actorCode,
  b: actorCode,
  by: PeriodQuery.default('week'),
  ...Range,
});
export const NetworkQuery = z.object({ ...Range, min: count(1, 1_000_000, 1), level });
export const TopQuery = z.object({ ...Range, limit: count(1, 500, 20), level });
export const ActorSearchQuery = z.object({
  q: z.string().max(100).default(''),
  limit: count(1, 100, 20),
});
export const ArticlesQuery = z.object({
  limit: count(1, 500, 50),
  cursor: z.string().max(500).optional(),
});

export const IdParam = z.object({
  id: z.string().regex(/^[0-9A-Za-z._-]{1,128}$/, 'expected an event id such as e3daa975cf406-1-0'),
});

export const CodeBody = z.object({
  text: z.string().min(1).max(100_000),
  published: isoDate.optional(),
});

export const IngestBody = z.object({
  articles: z
    .array(
      z
        .object({
          id: z.string().max(500).optional(),
          url: z.string().max(2000).optional(),
          text: z.string().optional(),
          html: z.string().optional(),
          title: z.string().max(2000).optional(),
          outlet: z.string().max(500).optional(),
          published: z.string().max(100).optional(),
        })
        .refine((a) => a.text !== undefined || a.html !== undefined, 'needs "text" or "html"'),
    )
    .min(1)
    .max(1000),
});

/** The error body of every failed request. */
export const ErrorBody = z
  .object({
    error: z.object({
      status: z.number().int(),
      message: z.string(),
      field: z.string().optional(),
    }),
  })
  .openapi('Error');
