import { api, query } from '../api.js';
import type { Report } from '../api.js';
import { link } from '../app.js';
import { legend } from '../chart.js';
import { clear, h } from '../dom.js';

interface Span {
  start: number;
  end: number;
  kind: 'actor' | 'trigger' | 'date' | 'place';
  text: string;
  code?: string;
  name?: string;
  role?: string | null;
  resolved?: boolean;
  eventId?: string;
  detail?: string;
}
interface Article {
  article: {
    id: string;
    title: string | null;
    outlet: string | null;
    url: string | null;
    published: string | null;
    dateline: string | null;
    text: string;
  };
  spans: Span[];
  removed: { line: number; text: string; reason: string }[];
  events: Report[];
}

/** What a highlighted span says on hover and to a screen reader. */
function describe(sp: Span): string {
  switch (sp.kind) {
    case 'actor':
      return sp.resolved
        ? `${sp.code} ${sp.name}${sp.role ? ` · ${sp.role}` : ''}`
        : 'unresolved name';
    case 'place':
      return `${sp.name} (${sp.code || 'no country'}) · ${sp.detail}`;
    default:
      return sp.detail ?? sp.kind;
  }
}

/**
 * The text with its spans as marks. Where spans overlap (a capital that is both an actor
 * and a place), the one starting first and longest is drawn; the others are in its title.
 */
function marked(text: string, spans: readonly Span[]): DocumentFragment {
  const out = document.createDocumentFragment();
  let at = 0;
  let last: HTMLElement | null = null;
  let lastEnd = -1;
  for (const sp of spans) {
    if (sp.start < lastEnd && last) {
      last.title += `; ${sp.kind}: ${describe(sp)}`;
      last.classList.add(`also-${sp.kind}`);
      continue;
    }
    if (sp.start > at) out.append(text.slice(at, sp.start));
    last = h(
      'mark',
      {
        class: `span ${sp.kind}${sp.kind === 'actor' && !sp.resolved ? ' unresolved' : ''}`,
        title: `${sp.kind}: ${describe(sp)}`,
        tabindex: 0,
        'data-kind': sp.kind,
        'data-code': sp.code,
      },
      text.slice(sp.start, sp.end),
    );
    out.append(last);
    at = sp.end;
    lastEnd = sp.end;
  }
  out.append(text.slice(at));
  return out;
}

async function articleList(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const page = await api<{
    items: {
      id: string;
      title: string | null;
      outlet: string | null;
      published: string | null;
      events: number;
    }[];
    next: string | null;
  }>(`/api/articles${query({ limit: 100, cursor: params.get('cursor') })}`);
  clear(
    main,
    h('h1', {}, 'Articles'),
    h(
      'ol',
      { class: 'articles' },
      ...page.items.map((a) =>
        h(
          'li',
          {},
          link(`/reader/${a.id}`, a.title ?? a.id),
          ` — ${a.outlet ?? 'unknown outlet'}, ${a.published ?? 'undated'}, ${a.events} events`,
        ),
      ),
    ),
    page.next ? link(`/reader${query({ cursor: page.next })}`, 'More articles') : null,
  );
}

/** An article with its actors, triggers, dates and places highlighted. */
export async function readerView(
  main: HTMLElement,
  params: URLSearchParams,
  id: string | undefined,
): Promise<void> {
  if (!id) return articleList(main, params);
  const view = await api<Article>(`/api/articles/${encodeURIComponent(id)}`);
  const a = view.article;
  const removed = h(
    'section',
    { class: 'removed', hidden: true, 'aria-label': 'Lines the cleaner removed' },
    h('h2', {}, `Removed by the cleaner (${view.removed.length} lines)`),
    h(
      'ol',
      {},
      ...view.removed.map((r) =>
        h('li', {}, h('span', { class: 'reason' }, r.reason), ' ', r.text),
      ),
    ),
  );
  const toggle = h('button', { type: 'button', 'aria-expanded': 'false' }, 'Show removed lines');
  toggle.addEventListener('click', () => {
    removed.hidden = !removed.hidden;
    toggle.setAttribute('aria-expanded', String(!removed.hidden));
    toggle.textContent = removed.hidden ? 'Show removed lines' : 'Hide removed lines';
  });
  const counts = (kind: Span['kind']) => view.spans.filter((sp) => sp.kind === kind).length;
  clear(
    main,
    h('h1', {}, a.title ?? 'Untitled article'),
    h(
      'p',
      { class: 'meta' },
      [a.outlet, a.published, a.dateline].filter(Boolean).join(' · '),
      a.url ? ' · ' : '',
      a.url ? h('a', { href: a.url, rel: 'noreferrer noopener', target: '_blank' }, 'source') : '',
    ),
    legend([
      ['actor', `actors (${counts('actor')})`],
      ['trigger', `event triggers (${counts('trigger')})`],
      ['date', `dates (${counts('date')})`],
      ['place', `places (${counts('place')})`],
    ]),
    toggle,
    removed,
    h('article', { class: 'text' }, marked(a.text, view.spans)),
    h('h2', {}, `Coded mentions (${view.events.length})`),
    h(
      'ol',
      { class: 'mentions' },
      ...view.events.map((e) =>
        h(
          'li',
          {},
          `${e.date ?? 'undated'} · ${e.source.code} → ${e.target?.code ?? '—'} · ${e.plover ?? ''} ${e.cameo} ${e.cameoName} · “${e.why.trigger}” (${e.rule})`,
        ),
      ),
    ),
  );
}
