import { ParleyError } from '../../errors.js';
import {
  findArticle,
  listArticles,
  mentionsOf,
  removedLines,
  sentencesOf,
} from '../../store/index.js';
import type { ArticleRecord } from '../../store/index.js';
import { parse } from '../args.js';
import { readStore } from '../store.js';
import { line, table } from '../output.js';
import type { Io } from '../output.js';
import { writeEvents } from './events.js';

export const SHOW_HELP = `parley show <article> [--removed] [--sentences] [--events] [--db FILE]

Shows one stored article: its metadata and cleaned text. <article> is an id (or its
first characters), the file path or URL it was ingested from.

  --removed     the lines the cleaner removed, with line numbers and reasons
  --sentences   the stored sentences with their ids
  --mentions    the actor mentions, resolved (code, person, post, how) and unresolved
  --events      the events coded from it
  --json        the article as one JSON object (with removed lines and sentences)`;

export const ARTICLES_HELP = `parley articles [--db FILE] [--json]

Lists stored articles: id, publication date and where it came from, sentences, events,
and for a near-duplicate copy (syndicated or lightly rewritten) its original and their
estimated similarity: "copy of <id> (0.93)".`;

/** "<original id> (0.93)": a copy's original and their estimated similarity. */
function copyOf(a: ArticleRecord): string {
  return `${a.copyOf} (${(a.similarity ?? 1).toFixed(2)})`;
}

export async function showCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse('show', argv, {
    db: { type: 'string' },
    removed: { type: 'boolean' },
    sentences: { type: 'boolean' },
    mentions: { type: 'boolean' },
    events: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  const ref = positionals[0];
  if (!ref || positionals.length > 1)
    throw new ParleyError('give one article id, path or URL', { where: 'parley show' });
  return readStore(values.db, (db) => {
    const a = findArticle(db, ref);
    if (!a) throw new ParleyError(`no stored article matches "${ref}" (see parley articles)`);
    if (values.json) {
      line(
        io.out,
        JSON.stringify({
          ...a,
          removed: removedLines(db, a.id),
          mentions: mentionsOf(db, a.id),
          sentenceList: sentencesOf(db, a.id),
        }),
      );
      return 0;
    }
    line(io.out, `article    ${a.id}`);
    line(io.out, `title      ${a.title ?? '(none)'}`);
    line(io.out, `outlet     ${a.outlet ?? '(unknown)'}`);
    line(
      io.out,
      `published  ${a.published ?? 'unknown'}${a.publishedSource ? ` (from ${a.publishedSource})` : ''}`,
    );
    if (a.dateline) line(io.out, `dateline   ${a.dateline}`);
    line(io.out, `from       ${a.origin} (${a.format})${a.url ? ` ${a.url}` : ''}`);
    line(io.out, `counts     ${a.sentences} sentences, ${a.events} events`);
    if (a.copyOf) line(io.out, `copy of    ${copyOf(a)}`);
    if (a.copies > 0)
      line(io.out, `copies     ${a.copies} near-duplicate article(s) (parley articles)`);
    const only = values.removed || values.sentences || values.events || values.mentions;
    if (values.mentions) {
      const mentions = mentionsOf(db, a.id);
      const open = mentions.filter((m) => m.code === '').length;
      line(io.out);
      line(io.out, `${mentions.length} actor mention(s), ${open} unresolved:`);
      line(
        io.out,
        table(
          ['sentence', 'mention', 'code', 'actor', 'post', 'how'],
          mentions.map((m) => [
            m.sentenceId,
            m.text,
            m.code || '(unresolved)',
            m.person ?? m.name,
            m.role ?? '',
            m.source,
          ]),
          io.out.columns ?? 160,
        ),
      );
    }
    if (values.removed) {
      const removed = removedLines(db, a.id);
      line(io.out);
      line(io.out, `${removed.length} removed line(s):`);
      line(
        io.out,
        table(
          ['line', 'reason', 'text'],
          removed.map((r) => [String(r.line), r.reason, r.text]),
          io.out.columns ?? 160,
        ),
      );
    }
    if (values.sentences) {
      line(io.out);
      for (const s of sentencesOf(db, a.id)) {
        line(io.out, `${s.id}  ${s.text}${s.discarded ? `  [discarded: ${s.discarded}]` : ''}`);
      }
    }
    if (values.events) {
      line(io.out);
      writeEvents(db, io, 'table', { article: a.id });
    }
    if (!only) {
      line(io.out);
      line(io.out, a.text.split('\n').join('\n\n'));
    }
    return 0;
  });
}

export async function articlesCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parse(
    'articles',
    argv,
    { db: { type: 'string' }, json: { type: 'boolean' } },
    false,
  );
  return readStore(values.db, (db) => {
    const articles = listArticles(db);
    if (values.json) {
      for (const a of articles) {
        const { text, ...rest } = a;
        line(io.out, JSON.stringify(rest));
      }
      return 0;
    }
    line(
      io.out,
      table(
        ['id', 'published', 'sentences', 'events', 'copy', 'from'],
        articles.map((a) => [
          a.id,
          a.published ?? 'unknown',
          String(a.sentences),
          String(a.events),
          a.copyOf ? `copy of ${copyOf(a)}` : '',
          `${a.origin}${a.title ? ` — ${a.title}` : ''}`,
        ]),
        io.out.columns ?? 160,
      ),
    );
    line(io.out, `${articles.length} article(s)`);
    return 0;
  });
}
