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

/** XML character references and the five predefined entities decoded; others throw, naming `where`. */
export function decodeEntities(s: string, where: string): string {
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
 * the format of ../shared/ref/petrarch2/). Comments and `<Parse>` trees are ignored. A
 * sentence without an id, a valid date or a `<Text>` becomes an error naming its line and
 * the others are still read; an unclosed `<Sentence>` ends the file with an error, since
 * nothing after it can be trusted. A file with no sentence at all is an error.
 */
export function parsePetrarchXml(xml: string, file: string): (PetrarchSentence | ParleyError)[] {
  const text = xml.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  if (!/<Sentences?[\s>]/.test(text)) {
    throw new ParleyError('no <Sentence> elements (not a PETRARCH-style XML file)');
  }
  const out: (PetrarchSentence | ParleyError)[] = [];
  const open = /<Sentence(\s[^>]*)?>/g;
  const lineAt = lineCounter(text);
  let m: RegExpExecArray | null;
  while ((m = open.exec(text))) {
    const line = lineAt(m.index);
    const where = `${file}:${line}`;
    const close = text.indexOf('</Sentence>', open.lastIndex);
    const nextOpen = text.indexOf('<Sentence', open.lastIndex);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      out.push(new ParleyError('<Sentence> is not closed', { where }));
      break;
    }
    try {
      out.push(sentenceOf(m[1] ?? '', text.slice(open.lastIndex, close), where, line));
    } catch (error) {
      out.push(error instanceof ParleyError ? error : new ParleyError(String(error), { where }));
    }
    open.lastIndex = close;
  }
  if (out.length === 0) throw new ParleyError('no <Sentence> elements found');
  return out;
}

function sentenceOf(tag: string, body: string, where: string, line: number): PetrarchSentence {
  const attrs = attributes(tag, where);
  const id = attrs.get('id');
  const date = attrs.get('date');
  if (!id) throw new ParleyError('<Sentence> has no id attribute', { where });
  if (!date || !/^\d{8}$/.test(date)) {
    throw new ParleyError(`<Sentence id="${id}"> has no valid date attribute (expected YYYYMMDD)`, {
      where,
    });
  }
  const t = /<Text>([\s\S]*?)<\/Text>/.exec(body);
  if (!t) throw new ParleyError(`<Sentence id="${id}"> has no <Text>`, { where });
  const sentence = decodeEntities(t[1] ?? '', where)
    .replace(/\s+/g, ' ')
    .trim();
  if (sentence === '')
    throw new ParleyError(`<Sentence id="${id}"> has an empty <Text>`, { where });
  return { id, date, source: attrs.get('source') ?? null, text: sentence, line };
}
