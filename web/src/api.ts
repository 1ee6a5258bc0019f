/** The HTTP API (docs/api.md): typed fetches whose failures carry the server's message. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly field?: string,
  ) {
    super(message);
  }
}

export async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = (await res.json().catch(() => null)) as
    (T & { error?: { message: string; field?: string } }) | null;
  if (!res.ok || body === null) {
    const error = body?.error;
    throw new ApiError(
      error?.message ?? `${res.status} ${res.statusText}`,
      res.status,
      error?.field,
    );
  }
  return body;
}

export function post<T>(path: string, body: unknown): Promise<T> {
  return api<T>(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Query string of the non-empty values. */
export function query(values: Record<string, string | number | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(values))
    if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const q = p.toString();
  return q === '' ? '' : `?${q}`;
}

export interface Side {
  code: string;
  name: string;
  side: string;
}
export interface Location {
  name: string;
  country: string;
  lat: number;
  lon: number;
  precision: string;
  text: string;
  source: string;
}
export interface Event {
  id: string;
  date: string | null;
  datePrecision: string | null;
  source: Side;
  target: Side | null;
  cameo: string;
  cameoName: string;
  plover: string | null;
  quad: number;
  goldstein: number;
  modality: string;
  negated: boolean;
  location: Location | null;
  mentions: number;
  articles: number;
  outlets: number;
  articleId: string;
  sentence: string;
}
export interface Why {
  pattern: string;
  text: string;
  trigger: string;
  voice: string;
  subject: string;
  cue: string | null;
  sourceEntries: string[];
  targetEntries: string[];
  sourceVia: string | null;
  targetVia: string | null;
  unresolved: string[];
}
export interface Mention {
  id: string;
  articleId: string;
  date: string | null;
  dateSource: string;
  dateText: string | null;
  source: { code: string; name: string; text: string };
  target: { code: string; name: string; text: string } | null;
  cameo: string;
  cameoName: string;
  plover: string | null;
  goldstein: number;
  modality: string;
  negated: boolean;
  location: Location | null;
  sentence: string;
  rule: string;
  why: Why;
}
export interface Report extends Mention {
  outlet: string | null;
  url: string | null;
  published: string | null;
  title: string | null;
}
export interface Counts {
  events: number;
  mentions: number;
  verbalCoop: number;
  materialCoop: number;
  verbalConflict: number;
  materialConflict: number;
  goldsteinSum: number;
}
