import { api, query } from '../api.js';
import type { Counts, Event } from '../api.js';
import { legend, QUADS, stackedBars } from '../chart.js';
import { clear, field, fmt, h } from '../dom.js';
import { filterForm, filterQuery, select } from '../filters.js';
import type { Types } from '../filters.js';
import { eventRow } from './events.js';

interface Timeline {
  by: string;
  periods: (Counts & { period: string })[];
  undated: number;
  coarser: number;
}
interface Page {
  items: Event[];
  next: string | null;
  total: number;
}

/** Events over time: a chart per period by quad class, and the list, filtered and paginated. */
export async function timelineView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const filters = filterQuery(params);
  const by = params.get('by') ?? 'week';
  const sort = params.get('sort') ?? 'date';
  const [series, page, types] = await Promise.all([
    api<Timeline>(`/api/timeline${query({ ...filters, by })}`),
    api<Page>(`/api/events${query({ ...filters, sort, limit: 50 })}`),
    api<Types>('/api/types'),
  ]);
  const form = filterForm('/timeline', params, types, [
    field(
      'Per',
      select('by', params, [
        ['week', 'week'],
        ['month', 'month'],
        ['day', 'day'],
      ]),
    ),
    field(
      'Order',
      select('sort', params, [
        ['date', 'oldest first'],
        ['-date', 'newest first'],
        ['-mentions', 'most reported'],
      ]),
    ),
  ]);
  const list = h('ol', { class: 'events', 'aria-label': 'Events' });
  const more = h('button', { type: 'button', class: 'more' }, 'More events');
  const status = h('p', { role: 'status', class: 'count-line' });
  let next = page.next;
  let shown = 0;
  const add = (p: Page): void => {
    list.append(...p.items.map(eventRow));
    shown += p.items.length;
    next = p.next;
    more.hidden = next === null;
    status.textContent = `${fmt(shown)} of ${fmt(p.total)} events shown`;
  };
  more.addEventListener('click', async () => {
    if (next === null) return;
    more.disabled = true;
    add(await api<Page>(`/api/events${query({ ...filters, sort, limit: 50, cursor: next })}`));
    more.disabled = false;
  });
  add(page);
  const note = [
    series.undated > 0 ? `${fmt(series.undated)} undated` : '',
    series.coarser > 0 ? `${fmt(series.coarser)} dated less precisely than a ${by}` : '',
  ].filter((x) => x !== '');
  clear(
    main,
    h('h1', {}, 'Timeline'),
    form,
    h(
      'section',
      { 'aria-label': 'Events per period' },
      series.periods.length > 0
        ? stackedBars(series.periods, `Events per ${by} by quad class`)
        : h('p', {}, 'No dated events match these filters.'),
      legend(QUADS.map(([, cls, label]) => [cls, label] as const)),
      note.length > 0
        ? h(
            'p',
            { class: 'note' },
            `Not in the chart: ${note.join(', ')}; negated and hypothetical events are not counted.`,
          )
        : null,
    ),
    h('section', { 'aria-label': 'Event list' }, status, list, more),
  );
}
