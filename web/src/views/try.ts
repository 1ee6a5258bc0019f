import { post } from '../api.js';
import type { Mention } from '../api.js';
import { clear, field, h } from '../dom.js';
import { actors, why } from './events.js';

const EXAMPLE =
  'Turkey accused Russia of bombing hospitals. Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Munich on Thursday.';

function explain(e: Mention): HTMLElement {
  return h(
    'li',
    { class: 'coded' },
    h(
      'div',
      { class: 'row' },
      actors(e),
      h('span', { class: 'type' }, e.plover ?? e.cameo),
      h(
        'span',
        {},
        `${e.cameo} ${e.cameoName} · Goldstein ${e.goldstein}${e.negated ? ' · negated' : ''}${e.modality !== 'actual' ? ` · ${e.modality}` : ''}`,
      ),
    ),
    h('p', { class: 'sentence' }, e.sentence),
    why(e),
  );
}

/** Paste text, see the events the coder finds and why. */
export async function tryView(main: HTMLElement): Promise<void> {
  const text = h('textarea', { name: 'text', rows: 6, required: true }, EXAMPLE);
  const date = h('input', { name: 'published', type: 'date' });
  const out = h('section', { 'aria-live': 'polite', 'aria-label': 'Coded events' });
  const form = h(
    'form',
    { class: 'try', 'aria-label': 'Code a paragraph' },
    field('Text', text),
    field('Published (resolves “on Thursday”)', date),
    h('button', { type: 'submit' }, 'Code'),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clear(out, h('p', { role: 'status' }, 'Coding…'));
    try {
      const coded = await post<{
        events: Mention[];
        discarded: { sentence: number; discard: string }[];
      }>('/api/code', { text: text.value, ...(date.value ? { published: date.value } : {}) });
      clear(
        out,
        h('h2', {}, `${coded.events.length} event${coded.events.length === 1 ? '' : 's'}`),
        h('ol', { class: 'events' }, ...coded.events.map(explain)),
        ...coded.discarded.map((d) =>
          h('p', { class: 'note' }, `Sentence ${d.sentence + 1} not coded: ${d.discard}`),
        ),
      );
      main.setAttribute('data-coded', String(coded.events.length));
    } catch (error) {
      clear(out, h('p', { role: 'alert', class: 'error' }, (error as Error).message));
    }
  });
  clear(
    main,
    h('h1', {}, 'Try it'),
    h('p', {}, 'Paste a paragraph of news; nothing is stored.'),
    form,
    out,
  );
}
