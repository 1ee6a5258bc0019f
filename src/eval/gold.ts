import { parseJsonObject } from '../data/index.js';
import { errorMessage, ParleyError } from '../errors.js';
import { normalizePublished } from '../ingest/index.js';

/**
 * One gold record, in either of the two JSONL shapes Parley reads:
 * - a pair (PLV files): `{"id", "text", "source": "span", "target": "span", "event"}`;
 * - a gold-standard record (PLOVER GSR files): `{"id", "text", "event",
 *   "source": [{"actorText", "code"}], "target": [{"actorText", "code"}]}`.
 * `date` (YYYY-MM-DD) is optional in both; other fields are ignored.
 */
export type GoldRecord = PairRecord | GsrRecord;

interface Common {
  readonly id: string;
  readonly text: string;
  readonly date: string | null;
  /** The gold event type as written (`DISAPPROVE`, `YIELD`, `ACCUSE`). */
  readonly type: string;
  /** `file:line` of the record. */
  readonly where: string;
}

export interface PairRecord extends Common {
  readonly kind: 'pair';
  /** The source and target spans as written in the text. */
  readonly source: string;
  readonly target: string;
}

export interface GoldActor {
  readonly text: string;
  readonly code: string;
}

export interface GsrRecord extends Common {
  readonly kind: 'gsr';
  readonly sources: readonly GoldActor[];
  readonly targets: readonly GoldActor[];
}

function actors(value: unknown, field: string, where: string): GoldActor[] {
  if (!Array.isArray(value)) throw new ParleyError(`"${field}" must be a list`, { where });
  return value.map((a: unknown) => {
    const r = (typeof a === 'object' && a !== null ? a : {}) as Record<string, unknown>;
    if (typeof r.actorText !== 'string' || typeof r.code !== 'string') {
      throw new ParleyError(`each "${field}" actor needs "actorText" and "code"`, { where });
    }
    return { text: r.actorText, code: r.code };
  });
}

/** Parses one JSONL line of a gold file; throws a ParleyError naming `where` if malformed. */
export function parseGoldLine(raw: string, where: string): GoldRecord {
  const r = parseJsonObject(raw, 'expected a JSON object', where);
  if (typeof r.text !== 'string' || r.text.trim() === '') {
    throw new ParleyError('missing "text"', { where });
  }
  if (typeof r.event !== 'string' || r.event.trim() === '') {
    throw new ParleyError('missing "event" (the gold PLOVER type)', { where });
  }
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : where;
  let date: string | null = null;
  if (r.date !== undefined && r.date !== null && r.date !== '') {
    try {
      date = normalizePublished(String(r.date), '"date"');
    } catch (cause) {
      throw new ParleyError(errorMessage(cause), { where, cause });
    }
  }
  const common = { id, text: r.text, date, type: r.event, where };
  if (typeof r.source === 'string' && typeof r.target === 'string') {
    return { kind: 'pair', ...common, source: r.source, target: r.target };
  }
  if (Array.isArray(r.source)) {
    return {
      kind: 'gsr',
      ...common,
      sources: actors(r.source, 'source', where),
      targets: actors(r.target ?? [], 'target', where),
    };
  }
  throw new ParleyError(
    'expected "source" and "target" as text spans (pairs) or as lists of {"actorText", "code"}',
    { where },
  );
}
