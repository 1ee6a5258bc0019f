import { ParleyError } from '../errors.js';

/** One `<Sentence>` of a PETRARCH input file. */
export interface PetrarchSentence {
  readonly id: string;
  /** `YYYYMMDD` as written. */
  readonly date: string;
  readonly source: string | null;
  readonly text: string;
  /** 1-based line of the `<Sentence>` tag. */
  readonly line: number;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeEntities(s: string, where: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    const v = ENTITIES[name.toLowerCase()];
    if (v === undefined) throw new ParleyError(`unknown entity ${whole}`, { where });
    return v;
  });
}

function attributes(tag: string, where: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /([A-Za-z_][\w.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag)))
    attrs.set((m[1] ?? '').toLowerCase(), decodeEntities(m[3] ?? m[4] ?? '', where));
  return attrs;
}

/** Line numbers of increasing offsets, counted incrementally. */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    for (; at < offset; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
}

/**
 * Parses PETRARCH-style XML (`<Sentence date="YYYYMMDD" id="…"><Text>…</Text></Sentence>`,
 * the format of ../shared/ref/petrarch2/). Comments and `<Parse>` trees are ignored.
 * Malformed structure is an error naming the line: an unclosed `<Sentence>`, a sentence
 * without `<Text>`, a missing or invalid `date`, a missing `id`.
 */
export function parsePetrarchXml(xml: string, file: string): PetrarchSentence[] {
  const text = xml.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  if (!/<Sentences?[\s>]/.test(text))
    throw new ParleyError('no <Sentence> elements (not a PETRARCH-style XML file)');
  const out: PetrarchSentence[] = [];
  const open = /<Sentence(\s[^>]*)?>/g;
  const lineAt = lineCounter(text);
  let m: RegExpExecArray | null;
  while ((m = open.exec(text))) {
    const line = lineAt(m.index);
    const where = `${file}:${line}`;
    const close = text.indexOf('</Sentence>', open.lastIndex);
    const nextOpen = text.indexOf('<Sentence', open.lastIndex);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      throw new ParleyError('<Sentence> is not closed', { where });
    }
    const body = text.slice(open.lastIndex, close);
    const attrs = attributes(m[1] ?? '', where);
    const id = attrs.get('id');
    const date = attrs.get('date');
    if (!id) throw new ParleyError('<Sentence> has no id attribute', { where });
    if (!date || !/^\d{8}$/.test(date)) {
      throw new ParleyError(
        `<Sentence id="${id}"> has no valid date attribute (expected YYYYMMDD)`,
        { where },
      );
    }
    const t = /<Text>([\s\S]*?)<\/Text>/.exec(body);
    if (!t) throw new ParleyError(`<Sentence id="${id}"> has no <Text>`, { where });
    const sentence = decodeEntities(t[1] ?? '', where)
      .replace(/\s+/g, ' ')
      .trim();
    if (sentence === '')
      throw new ParleyError(`<Sentence id="${id}"> has an empty <Text>`, { where });
    out.push({ id, date, source: attrs.get('source') ?? null, text: sentence, line });
    open.lastIndex = close;
  }
  if (out.length === 0) throw new ParleyError('no <Sentence> elements found');
  return out;
}
