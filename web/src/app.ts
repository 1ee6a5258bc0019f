/**
 * The Parley dashboard: one page, client-side routes, each view drawn from the HTTP API.
 * A view sets `data-ready` on <main> once its data is drawn (tests and the load benchmark
 * wait for it) and shows API errors in an alert region instead of failing silently.
 */
import { clear, h } from './dom.js';
import { dyadView } from './views/dyad.js';
import { mapView } from './views/map.js';
import { networkView } from './views/network.js';
import { readerView } from './views/reader.js';
import { timelineView } from './views/timeline.js';
import { tryView } from './views/try.js';

export type View = (
  main: HTMLElement,
  params: URLSearchParams,
  arg: string | undefined,
) => Promise<void>;

const VIEWS: Record<string, { title: string; view: View }> = {
  timeline: { title: 'Timeline', view: timelineView },
  dyad: { title: 'Dyad', view: dyadView },
  network: { title: 'Network', view: networkView },
  map: { title: 'Map', view: mapView },
  reader: { title: 'Reader', view: readerView },
  try: { title: 'Try it', view: tryView },
};

/** Goes to a dashboard URL without reloading the page. */
export function navigate(url: string): void {
  history.pushState(null, '', url);
  void render();
}

/** A link that navigates inside the dashboard. */
export function link(href: string, ...children: (Node | string)[]): HTMLAnchorElement {
  return h(
    'a',
    {
      href,
      onclick: (e: Event) => {
        const m = e as MouseEvent;
        if (m.ctrlKey || m.metaKey || m.shiftKey || m.button !== 0) return;
        e.preventDefault();
        navigate(href);
      },
    },
    ...children,
  );
}

function nav(current: string): HTMLElement {
  return h(
    'nav',
    { 'aria-label': 'Views' },
    h('span', { class: 'brand' }, 'Parley'),
    ...Object.entries(VIEWS).map(([name, v]) => {
      const a = link(`/${name}`, v.title);
      if (name === current) a.setAttribute('aria-current', 'page');
      return a;
    }),
  );
}

async function render(): Promise<void> {
  const [name = 'timeline', arg] = location.pathname.split('/').filter((p) => p !== '');
  const entry = VIEWS[name] ?? VIEWS.timeline!;
  const current = VIEWS[name] ? name : 'timeline';
  const header = document.getElementById('top')!;
  const main = document.getElementById('view')!;
  clear(header, nav(current));
  main.removeAttribute('data-ready');
  clear(main, h('p', { class: 'loading', role: 'status' }, 'Loading…'));
  document.title = `${entry.title} · Parley`;
  try {
    await entry.view(main, new URLSearchParams(location.search), arg);
    main.setAttribute('data-ready', current);
  } catch (error) {
    clear(
      main,
      h('p', { class: 'error', role: 'alert' }, `Could not load: ${(error as Error).message}`),
    );
    main.setAttribute('data-ready', 'error');
  }
}

window.addEventListener('popstate', () => void render());
void render();
