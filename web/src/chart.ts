import type { Counts } from './api.js';
import { fmt, h, s } from './dom.js';

/** The quad classes, in stacking order, with their CSS class and label. */
export const QUADS = [
  ['verbalCoop', 'q1', 'Verbal cooperation'],
  ['materialCoop', 'q2', 'Material cooperation'],
  ['verbalConflict', 'q3', 'Verbal conflict'],
  ['materialConflict', 'q4', 'Material conflict'],
] as const;

export function legend(items: readonly (readonly [string, string])[]): HTMLElement {
  return h(
    'ul',
    { class: 'legend' },
    ...items.map(([cls, label]) => h('li', {}, h('span', { class: `swatch ${cls}` }), label)),
  );
}

const W = 900;
const H = 240;
const PAD = { left: 40, right: 10, top: 10, bottom: 40 };

/** An empty chart, described to screen readers by `label`. */
function frame(label: string): SVGSVGElement {
  return s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': label });
}

/** Counts per period as stacked bars by quad class, with a title per bar for the numbers. */
export function stackedBars(
  periods: readonly (Counts & { period: string })[],
  label: string,
): SVGSVGElement {
  const max = Math.max(1, ...periods.map((p) => p.events));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const bw = innerW / Math.max(1, periods.length);
  const svg = frame(label);
  svg.append(
    s('line', {
      x1: PAD.left,
      y1: PAD.top + innerH,
      x2: W - PAD.right,
      y2: PAD.top + innerH,
      class: 'axis',
    }),
    s('text', { x: PAD.left - 6, y: PAD.top + 10, class: 'tick', 'text-anchor': 'end' }, fmt(max)),
    s('text', { x: PAD.left - 6, y: PAD.top + innerH, class: 'tick', 'text-anchor': 'end' }, '0'),
  );
  const every = Math.max(1, Math.ceil(periods.length / 10));
  periods.forEach((p, i) => {
    const x = PAD.left + i * bw;
    let y = PAD.top + innerH;
    const g = s('g', { class: 'bar' });
    for (const [key, cls, name] of QUADS) {
      const hgt = (p[key] / max) * innerH;
      if (hgt <= 0) continue;
      y -= hgt;
      g.append(
        s(
          'rect',
          { x: x + 1, y, width: Math.max(1, bw - 2), height: hgt, class: cls },
          s('title', {}, `${p.period}: ${p[key]} ${name.toLowerCase()}`),
        ),
      );
    }
    svg.append(g);
    if (i % every === 0) {
      svg.append(
        s(
          'text',
          { x: x + bw / 2, y: H - PAD.bottom + 16, class: 'tick', 'text-anchor': 'middle' },
          p.period,
        ),
      );
    }
  });
  return svg;
}

/** Lines of values per period, one per series, on a shared x axis of periods. */
export function lines(
  periods: readonly string[],
  series: readonly { name: string; cls: string; values: ReadonlyMap<string, number> }[],
  label: string,
): SVGSVGElement {
  const all = series.flatMap((x) => [...x.values.values()]);
  const max = Math.max(1, ...all.map(Math.abs));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const xOf = (i: number) =>
    PAD.left + (periods.length <= 1 ? innerW / 2 : (i / (periods.length - 1)) * innerW);
  const yOf = (v: number) => PAD.top + innerH / 2 - (v / max) * (innerH / 2);
  const svg = frame(label);
  svg.append(
    s('line', { x1: PAD.left, y1: yOf(0), x2: W - PAD.right, y2: yOf(0), class: 'axis' }),
    s(
      'text',
      { x: PAD.left - 6, y: yOf(max) + 10, class: 'tick', 'text-anchor': 'end' },
      `+${fmt(max)}`,
    ),
    s(
      'text',
      { x: PAD.left - 6, y: yOf(-max), class: 'tick', 'text-anchor': 'end' },
      `−${fmt(max)}`,
    ),
  );
  for (const x of series) {
    const pts = periods.flatMap((p, i) => {
      const v = x.values.get(p);
      return v === undefined ? [] : [[xOf(i), yOf(v), p, v] as const];
    });
    svg.append(
      s('polyline', {
        points: pts.map(([a, b]) => `${a},${b}`).join(' '),
        class: `series ${x.cls}`,
      }),
    );
    for (const [a, b, p, v] of pts) {
      svg.append(
        s(
          'circle',
          { cx: a, cy: b, r: 4, class: `dot ${x.cls}` },
          s('title', {}, `${x.name} ${p}: ${fmt(v)}`),
        ),
      );
    }
  }
  const every = Math.max(1, Math.ceil(periods.length / 8));
  periods.forEach((p, i) => {
    if (i % every === 0)
      svg.append(
        s('text', { x: xOf(i), y: H - PAD.bottom + 16, class: 'tick', 'text-anchor': 'middle' }, p),
      );
  });
  return svg;
}
