import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../data/index.js';
import { createAnalyzer } from '../text/index.js';
import type { Analyzer } from '../text/index.js';
import { countriesNamed, findPlaces, loadGazetteer } from './index.js';
import type { FindOptions, Gazetteer } from './index.js';

let g: Gazetteer;
let analyzer: Analyzer;
beforeAll(() => {
  g = loadGazetteer(DEFAULT_DATA_DIR);
  analyzer = createAnalyzer();
});

/** Each mention as `text=COUNTRY precision`, with `~` when it is not spatial. */
function places(text: string, options: FindOptions = {}): string[] {
  return analyzer.sentences(text).flatMap((s) =>
    findPlaces(g, s, options).map((m) => {
      const where = m.place ? `${m.place.country} ${m.place.precision}` : 'null';
      return `${m.spatial ? '' : '~'}${m.text}=${where}`;
    }),
  );
}

describe('findPlaces', () => {
  it.each([
    ['Geneva talks on Syria resumed.', ['Geneva=CHE city', '~Syria=SYR country']],
    ['Fighting near Aleppo killed 12.', ['Aleppo=SYR city']],
    ['Shelling in Idlib province went on.', ['Idlib province=SYR region']],
    ['Troops entered the city of Homs.', ['Homs=SYR city']],
    ['Rebels hold the province of Idlib.', ['Idlib=SYR region']],
    ['Moscow said it would respond.', ['~Moscow=RUS city']],
    ['He flew to Moscow on Monday.', ['Moscow=RUS city']],
    ['A Moscow-based analyst spoke.', ['Moscow=RUS city']],
    ['Talks were held in Kiev.', ['Kiev=UKR city']],
    ['Strikes hit Kharkov and Odesa.', ['Kharkov=UKR city', 'Odesa=UKR city']],
    ['The port of Hodeidah was shelled.', ['Hodeidah=YEM city']],
    [
      'Clashes in Deir ez-Zor and Mazar-i-Sharif.',
      ['Deir ez-Zor=SYR city', 'Mazar-i-Sharif=AFG city'],
    ],
    ['Fighting in the Donetsk region.', ['Donetsk region=UKR region']],
    ['Crimea was annexed in 2014.', ['Crimea=UKR region']],
    ['Aid reached the Gaza Strip.', ['Gaza Strip=PSE region']],
    ['Settlers in the West Bank protested.', ['West Bank=PSE region']],
    ['Refugees fled Darfur for Chad.', ['Darfur=SDN region', '~Chad=TCD country']],
    ['The outskirts of Damascus were bombed.', ['Damascus=SYR city']],
    ['Protests in eastern Ukraine grew.', ['Ukraine=UKR country']],
    ['The Washington Post reported it.', []],
    ['Paris Saint-Germain won.', []],
    ['On Monday, talks began in March.', []],
    ['May is a month.', []],
    ['Police said nothing.', []],
    ['The ministers met in Tbilisi, Georgia.', ['Tbilisi=GEO city', 'Georgia=GEO country']],
    ['He lives in Atlanta, Georgia.', ['Atlanta=USA city', 'Georgia=USA region']],
    ['Georgia said Russia attacked.', ['~Georgia=GEO country', '~Russia=RUS country']],
    ['A summit in Vienna and Munich.', ['Vienna=AUT city', 'Munich=DEU city']],
    ['A bomb exploded in Tripoli.', ['Tripoli=LBY city']],
    ['Flooding in Queensland.', ['Queensland=AUS region']],
    // the words say state; items of a list of regions are regions of one country
    ['The cow came from the state of Washington.', ['Washington=USA region']],
    ['Kerry flew to Washington.', ['Washington=USA city']],
    [
      'Cases in Oregon, Utah, Washington and Wisconsin.',
      ['Oregon=USA region', 'Utah=USA region', 'Washington=USA region', 'Wisconsin=USA region'],
    ],
    [
      'Deaths in Mashonaland West and Midlands.',
      ['Mashonaland West=ZWE region', 'Midlands=ZWE region'],
    ],
    ['A girl from Buffalo, New York.', ['Buffalo=USA city', 'New York=USA region']],
    ['Cases in New Jersey and New York.', ['New Jersey=USA region', 'New York=USA region']],
    ['He flew to New York on Monday.', ['New York=USA city']],
    ['Gunmen killed police in the state of Guerrero.', ['Guerrero=MEX region']],
    ['Talks between the US and Georgia.', ['~US=USA country', '~Georgia=GEO country']],
    // "d'Ivoire" and a city of millions the tagger reads as a verb
    ["Strains from Sudan and Côte d'Ivoire.", ['Sudan=SDN country', "~Côte d'Ivoire=CIV country"]],
    ['Cities like Beijing and Shanghai.', ['~Beijing=CHN city', 'Shanghai=CHN city']],
    ['Shanghai is large.', []],
    ['Sanctions on North Korea.', ['~North Korea=PRK country']],
    // whole hyphenated names, never their pieces ("Al", "Natal")
    [
      'Camps near Al-Fashir and in KwaZulu-Natal grew.',
      ['Al-Fashir=SDN city', 'KwaZulu-Natal=ZAF region'],
    ],
    ['Camps near Al-Zorbo and in Kwa-Natal grew.', []],
    ['Ministers of the EU met in Brussels.', ['Brussels=BEL city']],
    ["Exports to the People's Republic of China rose.", ["People's Republic of China=CHN country"]],
    ['U.S. Army troops landed.', ['~U.S.=USA country']],
    ['The California Department of Health said so.', ['California=USA region']],
    ['Kananga is the provincial capital.', ['Kananga=COD city']],
    ['A storm in the Pacific hit Fiji.', ['Pacific= region', '~Fiji=FJI country']],
    ['He was born in Washington, D.C.', ['Washington=USA city', 'D.C.=USA city']],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('uses the countries the article names to pick among namesakes', () => {
    expect(places('Riots in Birmingham.', { articleCountries: new Set(['USA']) })).toEqual([
      'Birmingham=USA city',
    ]);
    expect(places('Violence in Tripoli.', { articleCountries: new Set(['LBN']) })).toEqual([
      'Tripoli=LBN city',
    ]);
  });

  it('names the countries of an article that no other place shares (countriesNamed)', () => {
    const sentences = analyzer.sentences(
      'Georgia health officials met. The United States and Syria agreed. Jordan hosted them.',
    );
    expect([...countriesNamed(g, sentences)].sort()).toEqual(['JOR', 'SYR', 'USA']);
    const articleCountries = countriesNamed(g, sentences);
    expect(places('Flu spread in Georgia.', { articleCountries })).toEqual(['Georgia=USA region']);
  });

  it.each([
    // text, countries named: a region or a capital names its country, a town does not
    ['Flooding hit Queensland. Aid reached Paris.', ['AUS', 'FRA']],
    ['Police in London said. Flooding in Springfield.', ['GBR']],
    ['He lives in Atlanta.', []],
  ])('countriesNamed(%j) → %j', (text, expected) => {
    expect([...countriesNamed(g, analyzer.sentences(text))].sort()).toEqual(expected);
  });

  it('skips the spans another stage took (a person named Jordan)', () => {
    const [s] = analyzer.sentences('Jordan said he would play in Chicago.');
    expect(s).toBeDefined();
    if (!s) return;
    expect(findPlaces(g, s).map((m) => m.text)).toEqual(['Jordan', 'Chicago']);
    expect(findPlaces(g, s, { taken: [{ start: 0, end: 1 }] }).map((m) => m.text)).toEqual([
      'Chicago',
    ]);
  });

  it('gives character offsets into the sentence and the resolution', () => {
    const [s] = analyzer.sentences('Talks in Geneva ended.');
    const [m] = s ? findPlaces(g, s) : [];
    expect(m).toMatchObject({ start: 2, end: 3, charStart: 9, charEnd: 15, text: 'Geneva' });
    expect(m?.place).toMatchObject({ name: 'Genève', geonameid: 2660646 });
    expect(m?.place?.why).toMatch(/^alias data\/places\/aliases\.tsv/);
  });
});
