/**
 * A synthetic store for the benchmarks of what runs on stored mentions (clustering,
 * queries, exports): `mentions` coded mentions written straight into SQLite, seeded so
 * that every run writes the same rows. About three reports per event: events among 60
 * countries (a few much busier than the rest, as in news) of 12 PLOVER types over five
 * years; articles of five mentions each, from 40 outlets, reporting events of the weeks
 * before their publication, naming the country or one of its agencies; half the mentions
 * dated by publication, the rest in their sentence (one in five of those only to a week
 * or month); a fifth with a city. The mentions have no cluster key yet: the first writer
 * created on the store keys them, and its flush clusters them.
 */
import type Database from 'better-sqlite3';

/** mulberry32: a small, fast, seeded generator (same rows on every machine). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = (
  'USA RUS CHN SYR TUR IRN ISR UKR GBR FRA DEU SAU IRQ AFG PAK IND JPN PRK KOR EGY ' +
  'LBN JOR QAT ARE YEM LBY SDN ETH NGA KEN ZAF BRA MEX VEN COL CUB CAN AUS IDN PHL ' +
  'MMR THA VNM KAZ BLR POL ITA ESP GRC SRB ARM AZE GEO MDA LTU LVA EST FIN SWE NOR'
).split(' ');
const SECTORS = ['', '', 'GOV', 'GOV', 'MIL', 'REB', 'OPP'];
const TYPES: readonly [string, string, number, number, string][] = [
  ['CONSULT', '040', 1, 1, 'Consultation, unspecified'],
  ['AGREE', '057', 2, 8, 'Sign formal agreement'],
  ['SUPPORT', '051', 1, 3.4, 'Praise or endorse'],
  ['COOPERATE', '061', 2, 6.4, 'Cooperate economically'],
  ['AID', '073', 2, 7.4, 'Provide humanitarian aid'],
  ['REQUEST', '020', 1, 3, 'Make an appeal or request, unspecified'],
  ['ACCUSE', '112', 3, -2, 'Accuse, unspecified'],
  ['REJECT', '120', 3, -4, 'Reject, unspecified'],
  ['THREATEN', '138', 3, -7, 'Threaten with military force'],
  ['SANCTION', '163', 4, -8, 'Impose embargo, boycott or sanctions'],
  ['MOBILIZE', '154', 4, -7.2, 'Mobilize or increase armed forces'],
  ['ASSAULT', '195', 4, -10, 'Employ aerial weapons'],
];
const DAY = 86_400_000;
const START = Date.UTC(2015, 0, 1);

/**
 * Writes the synthetic mentions in one transaction; returns how many articles that took.
 * A second call on one store needs `firstArticle` past the articles of the first.
 */
export function writeSyntheticMentions(
  db: Database.Database,
  mentions: number,
  { seed = 7, firstArticle = 0 }: { readonly seed?: number; readonly firstArticle?: number } = {},
): number {
  const random = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  // Zipf-like: index k drawn with weight ~ 1/(k+1).
  const country = (): string => COUNTRIES[Math.floor(COUNTRIES.length ** random()) - 1] ?? 'USA';
  const insertArticle = db.prepare(
    `INSERT INTO articles (id, key, content_hash, processed_with, origin, format, title, outlet, url,
       published, published_source, dateline, text, ingested_at)
     VALUES (?, ?, ?, 'synthetic', ?, 'jsonl', ?, ?, ?, ?, 'metadata', NULL, '', '2026-11-23T00:00:00Z')`,
  );
  const insertSentence = db.prepare(
    `INSERT INTO sentences (id, article_id, idx, start, "end", text) VALUES (?, ?, ?, 0, 60, ?)`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO events (id, article_id, sentence_id, date, date_precision, date_source, date_text,
       source_code, source_name, source_text, target_code, target_name, target_text, cameo,
       cameo_name, plover, plover_mode, quad, goldstein, modality, negated, reciprocal, rule, why,
       location, location_country)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, 0, ?, '{}', ?, ?)`,
  );
  const articles = Math.ceil(mentions / 5);
  // About three reports per event: events spread over five years in date order, each
  // article reporting five events of the days around its publication date.
  const stories = Array.from({ length: Math.ceil(mentions / 3) }, () => {
    const [plover, cameo, quad, goldstein, name] = pick(TYPES);
    const s = country();
    let t = country();
    if (t === s) t = pick(COUNTRIES);
    return { plover, cameo, quad, goldstein, name, s, t, at: random() < 0.3 ? pick([s, t]) : null };
  });
  const days = 5 * 365;
  db.transaction(() => {
    let written = 0;
    for (let a = 0; a < articles; a++) {
      const id = `s${(firstArticle + a).toString(16).padStart(11, '0')}`;
      const near = Math.floor((a / articles) * stories.length);
      const published = START + Math.floor((near / stories.length) * days) * DAY;
      const day = new Date(published).toISOString().slice(0, 10);
      const outlet = `Outlet ${Math.floor(random() * 40)}`;
      insertArticle.run(
        id,
        `synthetic:${id}`,
        id,
        `synthetic:${id}`,
        `Story ${a}`,
        outlet,
        `https://example.org/${id}`,
        day,
      );
      for (let k = 0; k < 5 && written < mentions; k++, written++) {
        const sentenceId = `${id}-${k}`;
        insertSentence.run(sentenceId, id, k, `Synthetic sentence ${k} of story ${a}.`);
        const si = Math.min(stories.length - 1, Math.max(0, near - Math.floor(random() * 40)));
        const story = stories[si];
        if (!story) continue;
        const storyDay = Math.min(
          published,
          START + Math.floor((si / stories.length) * days) * DAY,
        );
        // Reports name the agency or the country; a tenth of meetings are told the other way round.
        let [s, t] = [story.s + pick(SECTORS), story.t + pick(SECTORS)];
        if (story.plover === 'CONSULT' && random() < 0.1) [s, t] = [t, s];
        // Dated by the publication (it was that day), by the sentence, or only to a week or month.
        const r = random();
        const date = new Date(r < 0.5 ? published : storyDay).toISOString().slice(0, 10);
        const [when, precision, dateSource] =
          r < 0.5
            ? [date, 'day', 'publication']
            : r < 0.9
              ? [date, 'day', 'sentence']
              : r < 0.95
                ? [monday(date), 'week', 'sentence']
                : [date.slice(0, 7), 'month', 'sentence'];
        const place = random() < 0.6 ? story.at : null;
        insertEvent.run(
          `${sentenceId}-0`,
          id,
          sentenceId,
          when,
          precision,
          dateSource,
          s,
          `${s} name`,
          s,
          t,
          `${t} name`,
          t,
          story.cameo,
          story.name,
          story.plover,
          story.quad,
          story.goldstein,
          random() < 0.05 ? 'intent' : 'actual',
          random() < 0.03 ? 1 : 0,
          `synthetic ${story.cameo}`,
          place
            ? JSON.stringify({
                name: `${place} city`,
                country: place,
                lat: 0,
                lon: 0,
                precision: 'city',
                why: 'synthetic',
                text: `${place} city`,
                source: 'sentence',
              })
            : null,
          place,
        );
      }
    }
  })();
  return articles;
}

function monday(date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - weekday * DAY).toISOString().slice(0, 10);
}
