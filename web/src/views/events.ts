import { api } from '../api.js';
import type { Event, Mention, Report } from '../api.js';
import { link } from '../app.js';
import { clear, fmt, h } from '../dom.js';

const QUAD = ['', 'q1', 'q2', 'q3', 'q4'];

export function actors(e: {
  source: { code: string; name: string };
  target: { code: string; name: string } | null;
}): HTMLElement {
  const actor = (a: { code: string; name: string }) =>
    h('abbr', { title: a.name, class: 'actor' }, a.code);
  return h(
    'span',
    { class: 'dyad' },
    actor(e.source),
    e.target ? ' → ' : '',
    e.target ? actor(e.target) : '',
  );
}

/** Why a mention was coded: the rule and pattern, cues, dictionary entries, date and place. */
export function why(r: Mention): HTMLElement {
  const w = r.why;
  return h(
    'dl',
    { class: 'why' },
    h('dt', {}, 'Rule'),
    h(
      'dd',
      {},
      `${r.rule} — “${w.text}” (${w.pattern}), trigger “${w.trigger}”, ${w.voice} voice, subject by ${w.subject}`,
    ),
    w.cue ? h('dt', {}, 'Cue') : null,
    w.cue ? h('dd', {}, w.cue) : null,
    h('dt', {}, 'Actors'),
    h(
      'dd',
      {},
      `source ${r.source.code} from “${r.source.text}” [${w.sourceEntries.join(', ')}${w.sourceVia ? `; ${w.sourceVia}` : ''}]` +
        (r.target
          ? `; target ${r.target.code} from “${r.target.text}” [${w.targetEntries.join(', ')}${w.targetVia ? `; ${w.targetVia}` : ''}]`
          : ''),
    ),
    h('dt', {}, 'Date'),
    h(
      'dd',
      {},
      r.date
        ? `${r.date} (${r.dateSource}${r.dateText ? `: “${r.dateText}”` : ''})`
        : `unknown${r.dateText ? ` (“${r.dateText}” unresolved)` : ''}`,
    ),
    h('dt', {}, 'Place'),
    h('dd', {}, r.location ? `${r.location.name} (${r.location.source})` : 'none'),
  );
}

/** The reports of an event across outlets, each with its sentence, why, and a link to the article. */
export async function reports(e: Event): Promise<HTMLElement> {
  const { reports } = await api<{ reports: Report[] }>(`/api/events/${encodeURIComponent(e.id)}`);
  return h(
    'ol',
    { class: 'reports' },
    ...reports.map((r) =>
      h(
        'li',
        { class: 'report' },
        h(
          'p',
          { class: 'meta' },
          `${r.outlet ?? 'unknown outlet'} · ${r.published ?? 'undated'} · `,
          link(`/reader/${r.articleId}`, r.title ?? 'article'),
        ),
        h('blockquote', {}, r.sentence),
        why(r),
      ),
    ),
  );
}

/** One event as a list row, with a button that expands its reports. */
export function eventRow(e: Event): HTMLElement {
  const detail = h('div', { class: 'detail', hidden: true });
  const toggle = h(
    'button',
    { type: 'button', class: 'expand', 'aria-expanded': 'false' },
    `Reports (${e.mentions})`,
  );
  toggle.addEventListener('click', async () => {
    const open = toggle.getAttribute('aria-expanded') === 'true';
    toggle.setAttribute('aria-expanded', String(!open));
    detail.hidden = open;
    if (!open && !detail.hasChildNodes()) {
      clear(detail, h('p', { role: 'status' }, 'Loading reports…'));
      try {
        clear(detail, await reports(e));
      } catch (error) {
        clear(detail, h('p', { role: 'alert', class: 'error' }, (error as Error).message));
      }
    }
  });
  return h(
    'li',
    { class: `event ${QUAD[e.quad] ?? ''}`, 'data-id': e.id },
    h(
      'div',
      { class: 'row' },
      h('time', {}, e.date ?? 'undated'),
      actors(e),
      h('span', { class: 'type' }, e.plover ?? e.cameo),
      h(
        'span',
        { class: 'name' },
        `${e.cameo} ${e.cameoName}${e.negated ? ' (negated)' : ''}${e.modality !== 'actual' ? ` (${e.modality})` : ''}`,
      ),
      h('span', { class: 'where' }, e.location ? e.location.name : ''),
      h(
        'span',
        { class: 'count', title: 'mentions · articles · outlets' },
        `${fmt(e.mentions)} · ${e.articles} · ${e.outlets}`,
      ),
      toggle,
    ),
    h('p', { class: 'sentence' }, e.sentence),
    detail,
  );
}
