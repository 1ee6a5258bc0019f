import { api, query } from '../api.js';
import { link } from '../app.js';
import { legend } from '../chart.js';
import { clear, fmt, h, s } from '../dom.js';
import { filterForm, filterQuery } from '../filters.js';
import type { Types } from '../filters.js';

interface Point {
  lat: number;
  lon: number;
  name: string;
  country: string;
  precision: string;
  events: number;
  goldsteinSum: number;
  eventIds: string[];
}
type Ring = [number, number][];
interface Countries {
  features: {
    properties: { name?: string };
    geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: Ring[] | Ring[][] } | null;
  }[];
}

const W = 960;
const H = 500;
/** Equirectangular, from 60°S to 85°N: no tiles, nothing to download. */
const x = (lon: number) => ((lon + 180) / 360) * W;
const y = (lat: number) => ((85 - lat) / 145) * H;
const CELL = 28;

/** SVG path of rings; a ring that crosses the antimeridian is split there, not drawn across the map. */
function path(rings: Ring[]): string {
  return rings
    .map((r) =>
      r
        .map(([lon, lat], i) => {
          const jump = i === 0 || Math.abs(lon - r[i - 1]![0]) > 180;
          return `${jump ? 'M' : 'L'}${x(lon).toFixed(1)},${y(lat).toFixed(1)}`;
        })
        .join(''),
    )
    .join('');
}

/** Points closer than a grid cell on screen become one cluster, drawn with its count. */
function cluster(points: readonly Point[]): Point[][] {
  const cells = new Map<string, Point[]>();
  for (const p of points) {
    const key = `${Math.floor(x(p.lon) / CELL)}:${Math.floor(y(p.lat) / CELL)}`;
    const cell = cells.get(key) ?? [];
    cell.push(p);
    cells.set(key, cell);
  }
  return [...cells.values()];
}

function details(group: readonly Point[]): HTMLElement {
  return h(
    'ul',
    { class: 'places' },
    ...group.map((p) =>
      h(
        'li',
        {},
        `${p.name}${p.country ? ` (${p.country})` : ''}, ${p.precision}: ${fmt(p.events)} events, Goldstein ${fmt(p.goldsteinSum)} — `,
        p.country
          ? link(`/timeline${query({ country: p.country })}`, `events in ${p.country}`)
          : '',
      ),
    ),
  );
}

/** Events with locations on a world map, clustered when dense. */
export async function mapView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const [world, { points }, types] = await Promise.all([
    api<Countries>('/countries.json'),
    api<{ points: Point[] }>(`/api/map${query(filterQuery(params))}`),
    api<Types>('/api/types'),
  ]);
  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'map',
    role: 'group',
    'aria-label': 'World map of event locations',
  });
  const land = s('g', { class: 'land' });
  for (const f of world.features) {
    const g = f.geometry;
    // Antarctica holds no events and would fill the bottom of the projection.
    if (!g || f.properties.name === 'Antarctica') continue;
    const rings =
      g.type === 'Polygon' ? (g.coordinates as Ring[]) : (g.coordinates as Ring[][]).flat();
    land.append(s('path', { d: path(rings) }, s('title', {}, f.properties.name ?? '')));
  }
  svg.append(land);
  const panel = h(
    'section',
    { class: 'panel', 'aria-live': 'polite', 'aria-label': 'Selected places' },
    h('p', {}, 'Select a point for its places and events.'),
  );
  const max = Math.max(1, ...points.map((p) => p.events));
  for (const group of cluster(points)) {
    const events = group.reduce((n, p) => n + p.events, 0);
    const goldstein = group.reduce((n, p) => n + p.goldsteinSum, 0);
    const cx = group.reduce((n, p) => n + x(p.lon), 0) / group.length;
    const cy = group.reduce((n, p) => n + y(p.lat), 0) / group.length;
    const label = group.length === 1 ? group[0]!.name : `${group.length} places`;
    const show = () => clear(panel, h('h2', {}, label), details(group));
    svg.append(
      s(
        'g',
        {
          class: `point ${goldstein > 0 ? 'coop' : goldstein < 0 ? 'conflict' : 'neutral'}${group.length > 1 ? ' cluster' : ''}`,
          tabindex: 0,
          role: 'button',
          'aria-label': `${label}: ${events} events`,
          onclick: show,
          onkeydown: (e: Event) => {
            if ((e as KeyboardEvent).key === 'Enter') show();
          },
        },
        s(
          'circle',
          { cx, cy, r: 4 + 14 * Math.sqrt(events / max) },
          s('title', {}, `${label}: ${events} events`),
        ),
        group.length > 1
          ? s('text', { x: cx, y: cy + 4, 'text-anchor': 'middle' }, String(group.length))
          : null,
      ),
    );
  }
  clear(
    main,
    h('h1', {}, 'Map'),
    filterForm('/map', params, types),
    h(
      'p',
      { role: 'status', class: 'count-line' },
      `${fmt(points.reduce((n, p) => n + p.events, 0))} located events at ${fmt(points.length)} places`,
    ),
    svg,
    legend([
      ['coop', 'net cooperation'],
      ['conflict', 'net conflict'],
      ['neutral', 'balanced'],
    ]),
    panel,
  );
}
