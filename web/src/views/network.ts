import { api, query } from '../api.js';
import { navigate } from '../app.js';
import { legend } from '../chart.js';
import { clear, field, h, s } from '../dom.js';
import { input, select, submitsTo } from '../filters.js';

interface Node {
  actor: string;
  name: string;
  events: number;
}
interface Edge {
  source: string;
  target: string;
  events: number;
  goldstein: number;
}

const W = 900;
const H = 560;

/**
 * Positions by a fixed number of force-directed steps from a circle: the same network is
 * always drawn the same way.
 */
function layout(
  nodes: readonly Node[],
  edges: readonly Edge[],
): Map<string, { x: number; y: number }> {
  const pos = new Map(
    nodes.map((n, i) => {
      const t = (2 * Math.PI * i) / Math.max(1, nodes.length);
      return [n.actor, { x: W / 2 + (W / 3) * Math.cos(t), y: H / 2 + (H / 3) * Math.sin(t) }] as [
        string,
        { x: number; y: number },
      ];
    }),
  );
  const k = Math.sqrt((W * H) / Math.max(1, nodes.length)) * 0.6;
  for (let step = 0; step < 200; step++) {
    const moves = new Map(nodes.map((n) => [n.actor, { x: 0, y: 0 }]));
    for (const a of nodes) {
      for (const b of nodes) {
        if (a === b) continue;
        const p = pos.get(a.actor)!,
          q = pos.get(b.actor)!;
        const dx = p.x - q.x,
          dy = p.y - q.y;
        const d = Math.max(1, Math.hypot(dx, dy));
        const m = moves.get(a.actor)!;
        m.x += (dx / d) * ((k * k) / d);
        m.y += (dy / d) * ((k * k) / d);
      }
    }
    for (const e of edges) {
      const p = pos.get(e.source),
        q = pos.get(e.target);
      if (!p || !q) continue;
      const dx = p.x - q.x,
        dy = p.y - q.y;
      const d = Math.max(1, Math.hypot(dx, dy));
      const f = (d * d) / k;
      moves.get(e.source)!.x -= (dx / d) * f;
      moves.get(e.source)!.y -= (dy / d) * f;
      moves.get(e.target)!.x += (dx / d) * f;
      moves.get(e.target)!.y += (dy / d) * f;
    }
    const temp = 30 * (1 - step / 200) + 1;
    for (const n of nodes) {
      const p = pos.get(n.actor)!,
        m = moves.get(n.actor)!;
      const d = Math.max(1, Math.hypot(m.x, m.y));
      p.x = Math.min(W - 40, Math.max(40, p.x + (m.x / d) * Math.min(d, temp)));
      p.y = Math.min(H - 30, Math.max(30, p.y + (m.y / d) * Math.min(d, temp)));
    }
  }
  return pos;
}

/** Actors as nodes sized by activity; edges coloured by net cooperation or conflict. */
export async function networkView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const min = params.get('min') ?? '1';
  const level = params.get('level') ?? 'country';
  const net = await api<{ nodes: Node[]; edges: Edge[] }>(
    `/api/network${query({ min, level, from: params.get('from'), to: params.get('to'), type: params.get('type') })}`,
  );
  const form = submitsTo(
    h(
      'form',
      { class: 'filters', 'aria-label': 'Network options' },
      field('Min. events per edge', input('min', params, { type: 'number', min: '1', value: min })),
      field(
        'Actors',
        select('level', params, [
          ['country', 'by country'],
          ['code', 'by full code'],
        ]),
      ),
      field('From', input('from', params, { type: 'date' })),
      field('To', input('to', params, { type: 'date' })),
      h('button', { type: 'submit' }, 'Draw'),
    ),
    '/network',
  );
  if (net.nodes.length === 0) {
    clear(main, h('h1', {}, 'Network'), form, h('p', {}, 'No edges with these settings.'));
    return;
  }
  const pos = layout(net.nodes, net.edges);
  const maxEvents = Math.max(...net.nodes.map((n) => n.events));
  const maxEdge = Math.max(...net.edges.map((e) => e.events));
  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'network',
    role: 'group',
    'aria-label': 'Actor network; edges open their dyad',
  });
  for (const e of net.edges) {
    const p = pos.get(e.source)!,
      q = pos.get(e.target)!;
    const open = () => navigate(`/dyad${query({ a: e.source, b: e.target, by: 'month' })}`);
    const line = s(
      'line',
      {
        x1: p.x,
        y1: p.y,
        x2: q.x,
        y2: q.y,
        class: `edge ${e.goldstein > 0 ? 'coop' : e.goldstein < 0 ? 'conflict' : 'neutral'}`,
        'stroke-width': 1 + (5 * e.events) / maxEdge,
        tabindex: 0,
        role: 'link',
        'aria-label': `${e.source} to ${e.target}: ${e.events} events, Goldstein ${e.goldstein}`,
        onclick: open,
        onkeydown: (ev: Event) => {
          if ((ev as KeyboardEvent).key === 'Enter') open();
        },
      },
      s('title', {}, `${e.source} → ${e.target}: ${e.events} events, Goldstein sum ${e.goldstein}`),
    );
    svg.append(line);
  }
  for (const n of net.nodes) {
    const p = pos.get(n.actor)!;
    svg.append(
      s(
        'g',
        { class: 'node' },
        s(
          'circle',
          { cx: p.x, cy: p.y, r: 6 + 18 * Math.sqrt(n.events / maxEvents) },
          s('title', {}, `${n.actor} ${n.name}: ${n.events} events`),
        ),
        s('text', { x: p.x, y: p.y + 4, 'text-anchor': 'middle' }, n.actor),
      ),
    );
  }
  clear(
    main,
    h('h1', {}, 'Network'),
    form,
    svg,
    legend([
      ['coop', 'net cooperation'],
      ['conflict', 'net conflict'],
      ['neutral', 'balanced'],
    ]),
    h(
      'p',
      { class: 'note' },
      `${net.nodes.length} actors, ${net.edges.length} directed edges. Click an edge (or focus it and press Enter) to open its dyad.`,
    ),
  );
}
