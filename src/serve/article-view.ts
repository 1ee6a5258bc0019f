import type Database from 'better-sqlite3';
import type { RemovedLine } from '../ingest/index.js';
import type { Pipeline } from '../pipeline.js';
import { mentionsOf, queryReports, removedLines, sentencesOf } from '../store/index.js';
import type { ArticleRecord, ReportRecord, SentenceRow } from '../store/index.js';

/** A marked stretch of an article's text, by UTF-16 offsets into it. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly kind: 'actor' | 'trigger' | 'date' | 'place';
  readonly text: string;
  /** Actors: the code ('' when no dictionary resolved the name) and name; places: ISO3 and name. */
  readonly code?: string;
  readonly name?: string;
  /** Actors: source or target of an event of the sentence, else null. */
  readonly role?: 'source' | 'target' | null;
  readonly resolved?: boolean;
  /** Triggers and dates: the mention they belong to. */
  readonly eventId?: string;
  /** What the span was coded as ("190 Use conventional military force", "2016-02-12", "city"). */
  readonly detail?: string;
}

export interface ArticleView {
  readonly article: ArticleRecord;
  readonly sentences: Omit<SentenceRow, 'text'>[];
  readonly spans: Span[];
  readonly removed: RemovedLine[];
  readonly events: ReportRecord[];
}

/** Where `needle` first occurs in the sentence (exactly, else ignoring case), as article offsets. */
function within(sentence: SentenceRow, needle: string): { start: number; end: number } | null {
  if (needle === '') return null;
  let at = sentence.text.indexOf(needle);
  if (at < 0) at = sentence.text.toLowerCase().indexOf(needle.toLowerCase());
  return at < 0 ? null : { start: sentence.start + at, end: sentence.start + at + needle.length };
}

/**
 * An article for the reader: its cleaned text with spans for actor mentions (stored with
 * their offsets), event triggers and date expressions (found as written in their
 * sentence), and every place it names (read again from the text by the geo stage), the
 * lines the cleaner removed, and its coded mentions.
 */
export function articleView(
  db: Database.Database,
  pipeline: Pipeline,
  article: ArticleRecord,
): ArticleView {
  const sentences = sentencesOf(db, article.id);
  const byId = new Map(sentences.map((s) => [s.id, s]));
  const events = [...queryReports(db, { article: article.id })].map((r) => r.report);
  const spans: Span[] = [];
  for (const m of mentionsOf(db, article.id)) {
    const roles = events.filter((e) => e.sentenceId === m.sentenceId);
    const role = roles.some((e) => e.source.text === m.text)
      ? 'source'
      : roles.some((e) => e.target?.text === m.text)
        ? 'target'
        : null;
    const { start, end, text, code, name } = m;
    spans.push({ start, end, kind: 'actor', text, code, name, role, resolved: code !== '' });
  }
  for (const e of events) {
    const sentence = byId.get(e.sentenceId);
    if (!sentence) continue;
    const trigger = within(sentence, e.why.trigger);
    if (trigger) {
      const detail = `${e.cameo} ${e.cameoName}${e.plover ? ` · ${e.plover}` : ''}`;
      spans.push({ ...trigger, kind: 'trigger', text: e.why.trigger, eventId: e.id, detail });
    }
    const date = e.dateText === null ? null : within(sentence, e.dateText);
    if (date && e.dateText !== null) {
      const detail = e.date ?? 'unresolved';
      spans.push({ ...date, kind: 'date', text: e.dateText, eventId: e.id, detail });
    }
  }
  for (const { sentence, place } of pipeline.placesOf(article.text)) {
    if (!place.place) continue;
    const start = sentence.start + place.charStart;
    const { name, country, precision } = place.place;
    spans.push({
      start,
      end: sentence.start + place.charEnd,
      kind: 'place',
      text: place.text,
      code: country,
      name,
      detail: place.spatial ? precision : `${precision}, named as an actor`,
    });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    article,
    sentences: sentences.map(({ id, idx, start, end, discarded }) => ({
      id,
      idx,
      start,
      end,
      discarded,
    })),
    spans,
    removed: removedLines(db, article.id),
    events,
  };
}
