import { api, query } from '../api.js';
import type { Counts } from '../api.js';
import { legend, lines, QUADS, stackedBars } from '../chart.js';
import { clear, field, fmt, h } from '../dom.js';
import { input, select, submitsTo } from '../filters.js';

interface DyadPeriod extends Counts {
  period: string;
  source: string;
  target: string;
  goldsteinMean: number;
}

/** An actor input that suggests the codes in the store as one types. */
function actorInput(name: string, params: URLSearchParams): HTMLElement {
  const listId = `${name}-actors`;
  const box = input(name, params, {
    list: listId,
    placeholder: name === 'a' ? 'USA' : 'RUS',
    size: '10',
    required: 'true',
    autocomplete: 'off',
  });
  const list = h('datalist', { id: listId });
  box.addEventListener('input', async () => {
    if (box.value.length < 2) return;
    const { items } = await api<{ items: { code: string; name: string }[] }>(
      `/api/actors${query({ q: box.value, limit: 15 })}`,
    );
    list.replaceChildren(...items.map((a) => h('option', { value: a.code }, a.name)));
  });
  return h('span', {}, box, list);
}

/** Cooperation and conflict between two actors over time, both directions. */
export async function dyadView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const a = (params.get('a') ?? '').toUpperCase();
  const b = (params.get('b') ?? '').toUpperCase();
  const by = params.get('by') ?? 'month';
  const form = submitsTo(
    h(
      'form',
      { class: 'filters', 'aria-label': 'Choose two actors' },
      field('Actor A', actorInput('a', params)),
      field('Actor B', actorInput('b', params)),
      field(
        'Per',
        select('by', params, [
          ['month', 'month'],
          ['week', 'week'],
          ['day', 'day'],
        ]),
      ),
      field('From', input('from', params, { type: 'date' })),
      field('To', input('to', params, { type: 'date' })),
      h('button', { type: 'submit' }, 'Show'),
    ),
    '/dyad',
  );
  if (a === '' || b === '') {
    clear(
      main,
      h('h1', {}, 'Dyad'),
      form,
      h('p', {}, 'Pick two actors (codes such as USA and RUS; prefixes match their agencies).'),
    );
    return;
  }
  const series = await api<{ periods: DyadPeriod[]; coarser: number }>(
    `/api/dyad${query({ a, b, by, from: params.get('from'), to: params.get('to') })}`,
  );
  const periods = [...new Set(series.periods.map((p) => p.period))].sort();
  const direction = (src: string) =>
    new Map(
      series.periods
        .filter((p) => p.source === src)
        .map((p) => [p.period, p.goldsteinSum] as const),
    );
  const totals = periods.map((period) => {
    const rows = series.periods.filter((p) => p.period === period);
    const sum = (k: keyof Counts) => rows.reduce((n, r) => n + r[k], 0);
    return {
      period,
      events: sum('events'),
      mentions: sum('mentions'),
      verbalCoop: sum('verbalCoop'),
      materialCoop: sum('materialCoop'),
      verbalConflict: sum('verbalConflict'),
      materialConflict: sum('materialConflict'),
      goldsteinSum: sum('goldsteinSum'),
    };
  });
  const table = h(
    'table',
    { class: 'numbers' },
    h('caption', {}, `${a} and ${b} per ${by}`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...[
          'Period',
          'Direction',
          'Events',
          ...QUADS.map(([, , l]) => l),
          'Goldstein sum',
          'mean',
        ].map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    h(
      'tbody',
      {},
      ...series.periods.map((p) =>
        h(
          'tr',
          {},
          h('td', {}, p.period),
          h('td', {}, `${p.source} → ${p.target}`),
          h('td', {}, p.events),
          ...QUADS.map(([k]) => h('td', {}, p[k])),
          h('td', {}, fmt(p.goldsteinSum)),
          h('td', {}, fmt(p.goldsteinMean)),
        ),
      ),
    ),
  );
  clear(
    main,
    h('h1', {}, `Dyad ${a} – ${b}`),
    form,
    periods.length === 0
      ? h(
          'p',
          {},
          `No counted events between ${a} and ${b}${series.coarser > 0 ? ` per ${by} (${series.coarser} dated less precisely)` : ''}.`,
        )
      : h(
          'div',
          {},
          h('h2', {}, 'Goldstein sum per period, each direction'),
          lines(
            periods,
            [
              { name: `${a} → ${b}`, cls: 'ab', values: direction(a) },
              { name: `${b} → ${a}`, cls: 'ba', values: direction(b) },
            ],
            `Goldstein sum per ${by}, ${a} to ${b} and ${b} to ${a}`,
          ),
          legend([
            ['ab', `${a} → ${b}`],
            ['ba', `${b} → ${a}`],
          ]),
          h('h2', {}, 'Events per quad class (both directions)'),
          stackedBars(totals, `Events between ${a} and ${b} per ${by} by quad class`),
          legend(QUADS.map(([, cls, label]) => [cls, label] as const)),
          table,
        ),
  );
}
