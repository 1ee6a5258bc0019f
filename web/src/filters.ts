import { navigate } from './app.js';
import { field, h } from './dom.js';

/** The event types a filter offers (GET /api/types). */
export interface Types {
  plover: string[];
  cameoRoots: { code: string; name: string }[];
}

/** The filter fields of the event views, as they appear in the URL. */
export const FILTERS = ['actor', 'dyad', 'type', 'from', 'to', 'country', 'q'] as const;

export function input(
  name: string,
  params: URLSearchParams,
  attrs: Record<string, string> = {},
): HTMLInputElement {
  return h('input', { name, value: params.get(name) ?? '', ...attrs });
}

export function select(
  name: string,
  params: URLSearchParams,
  options: readonly (readonly [string, string])[],
): HTMLSelectElement {
  const current = params.get(name) ?? '';
  return h(
    'select',
    { name },
    ...options.map(([value, label]) => h('option', { value, selected: value === current }, label)),
  );
}

/**
 * A filter form whose submit puts its values in the URL (so every view is a link) and
 * redraws the view.
 */
export function filterForm(
  path: string,
  params: URLSearchParams,
  types: Types,
  extra: HTMLElement[] = [],
): HTMLFormElement {
  const options: [string, string][] = [
    ['', 'any type'],
    ...types.plover.map((t): [string, string] => [t, t]),
    ...types.cameoRoots.map((r): [string, string] => [r.code, `${r.code} ${r.name}`]),
  ];
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Filter events' },
    field('Actor', input('actor', params, { placeholder: 'RUS', size: '8' })),
    field('Dyad', input('dyad', params, { placeholder: 'USA,RUS', size: '10' })),
    field('Type', select('type', params, options)),
    field('From', input('from', params, { type: 'date' })),
    field('To', input('to', params, { type: 'date' })),
    field('Country', input('country', params, { placeholder: 'SYR', size: '5' })),
    field('Text', input('q', params, { placeholder: 'ceasefire', size: '12' })),
    ...extra,
    h('button', { type: 'submit' }, 'Apply'),
  );
  return submitsTo(form, path);
}

/**
 * Makes submitting the form go to `path` with its non-empty values as the query, so every
 * view's state is in its URL.
 */
export function submitsTo(form: HTMLFormElement, path: string): HTMLFormElement {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form))
      if (typeof v === 'string' && v.trim() !== '') next.set(k, v.trim());
    const q = next.toString();
    navigate(q === '' ? path : `${path}?${q}`);
  });
  return form;
}

/** The API query of the filters in the URL. */
export function filterQuery(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of FILTERS) {
    const v = params.get(k);
    if (v) out[k] = k === 'actor' || k === 'dyad' || k === 'country' ? v.toUpperCase() : v;
  }
  return out;
}
