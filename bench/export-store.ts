/**
 * A synthetic store for bench/export.ts: `mentions` coded mentions written straight into
 * the tables in one transaction (seeded, so every run builds the same store), with
 * realistic codes (real CAMEO codes of data/ontology, country + sector actor codes),
 * dates over 2010–2024 at mixed precision, about 30% with a location, and each real-world
 * event reported by one to several articles, so that clustering has work to do.
 */
import type Database from 'better-sqlite3';
import { loadOntology } from '../src/events/index.js';
import type { CameoCode } from '../src/events/index.js';
import { seeded } from './seeded.js';

const COUNTRIES: readonly (readonly [string, string, number, number])[] = [
  ['USA', 'United States', 38.9, -77.04],
  ['RUS', 'Russia', 55.75, 37.62],
  ['CHN', 'China', 39.9, 116.4],
  ['UKR', 'Ukraine', 50.45, 30.52],
  ['SYR', 'Syria', 33.51, 36.29],
  ['TUR', 'Turkey', 39.93, 32.86],
  ['IRN', 'Iran', 35.69, 51.39],
  ['ISR', 'Israel', 31.77, 35.21],
  ['DEU', 'Germany', 52.52, 13.4],
  ['FRA', 'France', 48.86, 2.35],
  ['GBR', 'United Kingdom', 51.51, -0.13],
  ['IND', 'India', 28.61, 77.21],
  ['PAK', 'Pakistan', 33.69, 73.05],
  ['AFG', 'Afghanistan', 34.53, 69.17],
  ['IRQ', 'Iraq', 33.31, 44.36],
  ['EGY', 'Egypt', 30.04, 31.24],
  ['SAU', 'Saudi Arabia', 24.71, 46.68],
  ['NGA', 'Nigeria', 9.08, 7.4],
  ['KEN', 'Kenya', -1.29, 36.82],
  ['BRA', 'Brazil', -15.79, -47.88],
];
const SECTORS = ['', '', 'GOV', 'GOV', 'MIL', 'REB', 'OPP', 'BUS', 'MED', 'CVL'];
const IGOS = [
  ['IGOUNO', 'United Nations'],
  ['IGOEUREEC', 'European Union'],
  ['IGOWSTNAT', 'North Atlantic Treaty Organization'],
] as const;
const OUTLETS = Array.from({ length: 40 }, (_, i) => `Outlet ${i + 1}`);
const PRECISIONS = ['day', 'day', 'day', 'day', 'day', 'day', 'day', 'week', 'month', 'year'];

/** A day as stored at `precision`: a week by its Monday, a month as YYYY-MM, a year. */
function atPrecision(day: string, precision: string): string {
  if (precision === 'month') return day.slice(0, 7);
  if (precision === 'year') return day.slice(0, 4);
  if (precision !== 'week') return day;
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

interface Truth {
  day: string;
  source: readonly [string, string];
  target: readonly [string, string] | null;
  cameo: CameoCode;
  location: string | null;
  country: string | null;
}

/**
 * Writes `mentions` coded mentions (five per article, two or three per sentence). A second
 * call on one store needs another `seed` and `firstArticle` past the first call's articles.
 */
export function fillStore(
  db: Database.Database,
  dataDir: string,
  mentions: number,
  {
    seed = 20_261_124,
    firstArticle = 0,
  }: { readonly seed?: number; readonly firstArticle?: number } = {},
): void {
  const codes = [...loadOntology(dataDir).values()].filter((c) => c.code.length >= 3);
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const actor = (): readonly [string, string] => {
    if (rnd() < 0.08) return pick(IGOS);
    const [code, name] = pick(COUNTRIES);
    const sector = pick(SECTORS);
    return [code + sector, sector ? `${name} (${sector})` : name];
  };
  const truth = (): Truth => {
    const day = new Date(Date.UTC(2010, 0, 1) + Math.floor(rnd() * 15 * 365) * 86_400_000);
    const [, name, lat, lon] = pick(COUNTRIES);
    const located = rnd() < 0.3;
    const place = {
      name: `${name} city ${Math.floor(rnd() * 50)}`,
      country: pick(COUNTRIES)[0],
      lat: lat + rnd() - 0.5,
      lon: lon + rnd() - 0.5,
      precision: 'city',
      why: 'synthetic',
    };
    return {
      day: day.toISOString().slice(0, 10),
      source: actor(),
      target: rnd() < 0.9 ? actor() : null,
      cameo: pick(codes),
      location: located ? JSON.stringify({ ...place, text: place.name, source: 'sentence' }) : null,
      country: located ? place.country : null,
    };
  };
  const insertArticle = db.prepare(
    `INSERT INTO articles (id, key, content_hash, processed_with, origin, format, title, outlet, url,
       published, published_source, dateline, text, ingested_at)
     VALUES (?, ?, ?, 'bench', ?, 'jsonl', ?, ?, ?, ?, 'record', NULL, ?, '2026-11-24T00:00:00Z')`,
  );
  const insertSentence = db.prepare(
    'INSERT INTO sentences (id, article_id, idx, start, "end", text) VALUES (?, ?, ?, 0, ?, ?)',
  );
  const insertEvent = db.prepare(
    `INSERT INTO events (id, article_id, sentence_id, date, date_source, source_code, source_name,
       source_text, target_code, target_name, target_text, cameo, cameo_name, plover, plover_mode,
       quad, goldstein, modality, negated, reciprocal, rule, why, date_precision, date_text,
       location, location_country)
     VALUES (?, ?, ?, ?, 'sentence', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, '{}', ?, ?, ?, ?)`,
  );
  // Recent events, so that several articles report the same one.
  const recent: Truth[] = [];
  db.transaction(() => {
    for (let a = 0; a * 5 < mentions; a++) {
      const id = `a${String(firstArticle + a).padStart(7, '0')}`;
      const outlet = pick(OUTLETS);
      const first = truth();
      const text = `Synthetic article ${a} from ${outlet}.`;
      insertArticle.run(
        id,
        `bench:${id}`,
        `hash${firstArticle + a}`,
        `bench/${id}`,
        `Report ${a}`,
        outlet,
        rnd() < 0.95 ? `https://news.example/${outlet.replace(' ', '-')}/${a}` : null,
        first.day,
        text,
      );
      for (let s = 0; s < 3; s++) {
        const sentence = `Sentence ${s} of article ${a}: something happened between two actors.`;
        insertSentence.run(`${id}-${s}`, id, s, sentence.length, sentence);
      }
      for (let m = 0; m < 5 && a * 5 + m < mentions; m++) {
        const t = recent.length > 0 && rnd() < 0.4 ? pick(recent) : truth();
        if (recent.length < 5000) recent.push(t);
        else recent[Math.floor(rnd() * 5000)] = t;
        const precision = pick(PRECISIONS);
        const date = rnd() < 0.01 ? null : atPrecision(t.day, precision);
        const c = t.cameo;
        insertEvent.run(
          `${id}-${m % 3}-${m}`,
          id,
          `${id}-${m % 3}`,
          date,
          t.source[0],
          t.source[1],
          t.source[1],
          t.target?.[0] ?? null,
          t.target?.[1] ?? null,
          t.target?.[1] ?? null,
          c.code,
          c.name,
          c.plover,
          c.mode,
          c.quad,
          c.goldstein,
          rnd() < 0.9 ? 'actual' : 'intent',
          rnd() < 0.03 ? 1 : 0,
          `synthetic ${c.code}`,
          date === null ? null : precision,
          date === null ? null : 'on the day',
          t.location,
          t.country,
        );
      }
    }
  })();
}
