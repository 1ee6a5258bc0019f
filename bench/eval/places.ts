/**
 * Place accuracy on GeoVirus (../shared/gold/geovirus.xml, read at run time, never
 * copied): WikiNews articles with each place mention's character span and coordinates.
 * Each article is analysed, its countries are the countries it names (countriesNamed, a
 * first pass of findPlaces), then findPlaces runs on each sentence with those countries. A gold mention
 * is found when a Parley mention overlaps its characters; a found mention is near when its
 * point is within 161 km (100 miles) of the gold one, exact within 10 km.
 *
 *   npm run eval:places [-- --misses N]   prints the figures and the most frequent misses,
 *                                          writes bench/out/eval-places.json
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR, PROJECT_ROOT } from '../../src/data/index.js';
import { countriesNamed, findPlaces, loadGazetteer } from '../../src/geo/index.js';
import type { Gazetteer, PlaceMention } from '../../src/geo/index.js';
import { createAnalyzer } from '../../src/text/index.js';
import type { Sentence } from '../../src/text/index.js';

const GOLD = join(PROJECT_ROOT, '..', 'shared', 'gold', 'geovirus.xml');
const NEAR_KM = 161;
const EXACT_KM = 10;

interface GoldPlace {
  name: string;
  start: number;
  end: number;
  lat: number;
  lon: number;
}
interface Article {
  text: string;
  places: GoldPlace[];
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function field(xml: string, tag: string): string {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  return m ? unescapeXml(m[1] ?? '') : '';
}

/**
 * The file's offsets are one past the name (start 171 for a name at index 170): a span
 * is moved back by one when that, and not the span as given, spells the gold name.
 */
function aligned(text: string, p: GoldPlace): GoldPlace {
  if (text.slice(p.start, p.end) === p.name) return p;
  if (text.slice(p.start - 1, p.end - 1) === p.name)
    return { ...p, start: p.start - 1, end: p.end - 1 };
  return p;
}

function readGold(path: string): Article[] {
  const xml = readFileSync(path, 'utf8');
  return [...xml.matchAll(/<article>([\s\S]*?)<\/article>/g)].map((a) => {
    const body = a[1] ?? '';
    const text = field(body, 'text');
    const places = [...body.matchAll(/<location>([\s\S]*?)<\/location>/g)].map((l) => {
      const x = l[1] ?? '';
      return aligned(text, {
        name: field(x, 'name'),
        start: Number(field(x, 'start')),
        end: Number(field(x, 'end')),
        lat: Number(field(x, 'lat')),
        lon: Number(field(x, 'lon')),
      });
    });
    // A few entries have no name and an empty span: nothing to find.
    return { text, places: places.filter((p) => p.name !== '' && p.end > p.start) };
  });
}

/** Great-circle distance in km. */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

function pct(n: number, d: number): string {
  return d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`;
}

interface Found {
  mention: PlaceMention;
  charStart: number;
  charEnd: number;
}

function placesOf(g: Gazetteer, sentences: readonly Sentence[]): Found[] {
  const articleCountries = countriesNamed(g, sentences);
  return sentences.flatMap((s) =>
    findPlaces(g, s, { articleCountries }).map((mention) => ({
      mention,
      charStart: s.start + mention.charStart,
      charEnd: s.start + mention.charEnd,
    })),
  );
}

function main(): void {
  const { values } = parseArgs({ options: { misses: { type: 'string', default: '25' } } });
  if (!existsSync(GOLD)) {
    console.log(`no gold file at ${GOLD}: nothing to evaluate`);
    return;
  }
  const articles = readGold(GOLD);
  const t0 = performance.now();
  const gazetteer = loadGazetteer(DEFAULT_DATA_DIR);
  const loadMs = performance.now() - t0;
  const analyzer = createAnalyzer();

  let gold = 0;
  let found = 0;
  let near = 0;
  let exact = 0;
  let predicted = 0;
  let spurious = 0;
  let findMs = 0;
  const missed = new Map<string, number>();
  const far = new Map<string, number>();
  for (const article of articles) {
    const sentences = analyzer.sentences(article.text);
    const t = performance.now();
    const mine = placesOf(gazetteer, sentences);
    findMs += performance.now() - t;
    predicted += mine.length;
    spurious += mine.filter(
      (m) => !article.places.some((p) => m.charStart < p.end && p.start < m.charEnd),
    ).length;
    for (const p of article.places) {
      gold++;
      const hit = mine.find((m) => m.charStart < p.end && p.start < m.charEnd);
      if (!hit) {
        missed.set(p.name, (missed.get(p.name) ?? 0) + 1);
        continue;
      }
      found++;
      const place = hit.mention.place;
      const d = place ? km(place.lat, place.lon, p.lat, p.lon) : Infinity;
      if (d <= NEAR_KM) near++;
      else {
        const key = `${p.name} → ${place?.name ?? '?'} ${place?.country ?? ''} (${Math.round(d)} km)`;
        far.set(key, (far.get(key) ?? 0) + 1);
      }
      if (d <= EXACT_KM) exact++;
    }
  }

  const top = (m: Map<string, number>): [string, number][] =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(values.misses));
  const result = {
    articles: articles.length,
    gold,
    found,
    foundShare: found / gold,
    nearShare: near / Math.max(found, 1),
    exactShare: exact / Math.max(found, 1),
    predicted,
    notInGold: spurious,
    gazetteerLoadMs: Math.round(loadMs),
    placesPerSecond: Math.round(predicted / (findMs / 1000)),
    missed: top(missed),
    far: top(far),
  };
  console.log(`GeoVirus: ${articles.length} articles, ${gold} gold place mentions`);
  console.log(`found                 ${found}  ${pct(found, gold)}`);
  console.log(`  within ${NEAR_KM} km       ${near}  ${pct(near, found)} of found`);
  console.log(`  within ${EXACT_KM} km        ${exact}  ${pct(exact, found)} of found`);
  console.log(`Parley mentions       ${predicted}, ${spurious} overlapping no gold mention`);
  console.log(
    `gazetteer load ${result.gazetteerLoadMs} ms; findPlaces ${Math.round(findMs)} ms, ${result.placesPerSecond} places/s`,
  );
  console.log('\nmost frequent misses:');
  for (const [name, n] of result.missed) console.log(`  ${n}\t${name}`);
  console.log(`\nfound but farther than ${NEAR_KM} km:`);
  for (const [name, n] of result.far) console.log(`  ${n}\t${name}`);
  const out = join(PROJECT_ROOT, 'bench', 'out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'eval-places.json'), JSON.stringify(result, null, 2) + '\n');
}

main();
