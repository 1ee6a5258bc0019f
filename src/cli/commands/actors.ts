import { resolveArticle } from '../../actors/index.js';
import type { ActorEntry, ActorMention, DatedActor } from '../../actors/index.js';
import { resolveConfig } from '../../config.js';
import { ParleyError } from '../../errors.js';
import { normalizePublished } from '../../ingest/index.js';
import { loadKnowledge } from '../../knowledge.js';
import { createAnalyzer } from '../../text/index.js';
import { parse } from '../args.js';
import { line, table } from '../output.js';
import type { Io } from '../output.js';
import { actorsTopCommand } from './actors-top.js';
import { reportWarnings } from './ingest.js';

export const ACTORS_HELP = `parley actors resolve "<text>" [--date YYYY-MM-DD] [--json]
parley actors list [--kind KIND] [--code PREFIX] [--json]
parley actors find <words> [--json]
parley actors top [--from] [--to] [--type T] [--level country|code] [--limit N] [--db FILE]

resolve  explains how each actor in the text is coded: the dictionary entries that
         matched (file:line), the post and its dates, coreference and appositives,
         and the names no dictionary knows (unresolved). The text is read as one
         article dated --date (without it, people are coded only by what all their
         posts share).
list     the known actors of a kind (country, organisation, sector, title, person,
         group, actor) or whose code starts with PREFIX; people with their posts.
find     entries whose text or name contains the words (case-insensitive).
top      the most active actors of the store: events as source or target (each event
         once however often reported), their mentions and Goldstein sum; negated
         and hypothetical events left out (default: 20, by country).

  --actors FILE   also load a PETRARCH/TABARI actor or agent dictionary (repeatable)`;

function mentionRow(m: ActorMention, sentence: number): string[] {
  const code = m.members
    ? m.members.map((x) => x.code).join('+')
    : m.code || (m.source === 'generic' ? '(generic)' : m.person ? '(no date)' : '(unresolved)');
  const why = [m.via, ...m.entries.map((e) => e.where)].filter((x) => x).join('; ');
  return [String(sentence + 1), m.text, code, m.person ?? m.name, m.role ?? '', m.source, why];
}

function posts(actor: DatedActor): string {
  return actor.codes
    .map((c) => `${c.role ?? c.name ?? ''} ${c.code} ${c.start ?? '…'}–${c.end ?? '…'}`.trim())
    .join('; ');
}

function entryRow(e: ActorEntry): string[] {
  const code = e.actor ? posts(e.actor) : `${e.code}${e.sector && e.code ? '' : (e.sector ?? '')}`;
  return [e.kind, e.text, e.actor?.name ?? e.name, code || e.title?.role || '', e.where];
}

export async function actorsCommand(argv: readonly string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'top') return actorsTopCommand(rest, io);
  const { values, positionals } = parse(`actors ${sub ?? ''}`.trim(), rest, {
    date: { type: 'string' },
    kind: { type: 'string' },
    code: { type: 'string' },
    json: { type: 'boolean' },
    actors: { type: 'string', multiple: true },
  });
  const config = resolveConfig({ actorFiles: values.actors });
  const analyzer = createAnalyzer();
  const knowledge = loadKnowledge(config, analyzer);
  reportWarnings(io, knowledge.warnings);
  const width = io.out.columns ?? 160;
  if (sub === 'resolve') {
    const text = positionals.join(' ');
    if (text.trim() === '')
      throw new ParleyError('give the text to resolve', { where: 'parley actors resolve' });
    const date = values.date ? normalizePublished(values.date, '--date') : null;
    const sentences = analyzer.sentences(text);
    const mentions = resolveArticle(knowledge.actors, sentences, date);
    if (values.json) {
      mentions.forEach((list, k) => {
        for (const m of list) {
          const { entries, actor, members, ...rest } = m;
          line(
            io.out,
            JSON.stringify({
              sentence: k + 1,
              ...rest,
              members: members?.map((x) => x.code) ?? null,
              entries: entries.map((e) => e.where),
              actor: actor?.name ?? null,
            }),
          );
        }
      });
      return 0;
    }
    const rows = mentions.flatMap((list, k) => list.map((m) => mentionRow(m, k)));
    line(io.out, `date: ${date ?? 'unknown'}`);
    line(io.out, table(['s', 'mention', 'code', 'actor', 'post', 'how', 'why'], rows, width));
    const open = rows.filter((r) => r[2] === '(unresolved)').length;
    line(io.out, `${rows.length} mention(s), ${open} unresolved`);
    return 0;
  }
  if (sub === 'list' || sub === 'find') {
    const words = positionals.join(' ').toLowerCase();
    if (sub === 'find' && words === '')
      throw new ParleyError('give the words to find', { where: 'parley actors find' });
    const seen = new Set<string>();
    const found = knowledge.actors.entries.filter((e) => {
      if (values.kind && e.kind !== values.kind) return false;
      const code = e.actor ? e.actor.codes.map((c) => c.code).join(' ') : e.code + (e.sector ?? '');
      if (values.code && !code.split(' ').some((c) => c.startsWith(values.code ?? '')))
        return false;
      if (
        sub === 'find' &&
        !e.text.toLowerCase().includes(words) &&
        !e.name.toLowerCase().includes(words)
      )
        return false;
      // list: one row per actor (its name), find: one row per matching text
      const key =
        sub === 'list'
          ? `${e.kind}|${e.actor?.name ?? e.name}|${e.code}|${e.sector ?? ''}`
          : `${e.kind}|${e.text}|${e.where}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (values.json) {
      for (const e of found) {
        line(
          io.out,
          JSON.stringify({
            kind: e.kind,
            text: e.text,
            name: e.actor?.name ?? e.name,
            code: e.code,
            sector: e.sector,
            role: e.title?.role ?? null,
            posts: e.actor?.codes ?? null,
            where: e.where,
          }),
        );
      }
      return 0;
    }
    line(
      io.out,
      table(
        ['kind', sub === 'list' ? 'entry' : 'text', 'name', 'code / posts', 'where'],
        found.map(entryRow),
        width,
      ),
    );
    line(io.out, `${found.length} entr${found.length === 1 ? 'y' : 'ies'}`);
    return 0;
  }
  throw new ParleyError(`unknown subcommand "${sub ?? ''}" (resolve, list, find or top)`, {
    where: 'parley actors',
  });
}
