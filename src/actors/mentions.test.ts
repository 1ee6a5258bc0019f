import { describe, expect, it } from 'vitest';
import { mentions } from '../../test/support.js';

/** Text → `mention=CODE` for every actor found, left to right. */
const CASES: readonly (readonly [string, readonly string[]])[] = [
  ['Turkish troops crossed the border.', ['Turkish troops=TURMIL']],
  ['Russian warplanes bombed the town.', ['Russian warplanes=RUSMIL']],
  ['Syrian rebels withdrew.', ['Syrian rebels=SYRREB']],
  ['The Kremlin said no.', ['The Kremlin=RUSGOV']],
  ['Moscow and Washington disagree.', ['Moscow=RUSGOV', 'Washington=USAGOV']],
  ['Damascus’ troops advanced.', ['Damascus’ troops=SYRMIL']],
  ['The Pentagon denied it.', ['The Pentagon=USAMIL']],
  ['The U.S. and the US and the USA agreed.', ['U.S.=USA', 'US=USA', 'USA=USA']],
  ['They told us nothing.', []],
  ['Syrian peace talks resumed.', []],
  // What an organisation or country says or decides stands for it ('a UN resolution').
  ['A UN resolution passed.', ['UN=IGOUNO']],
  ['USA -backed rebels held the town.', ['rebels=REB']],
  ['Vietnamese-led forces attacked.', ['Vietnamese-led forces=VNMMIL']],
  ['A Saudi-led coalition struck.', ['Saudi=SAU']],
  // A plural demonym with no article is the people; with one, the state.
  ['Palestinians protested.', ['Palestinians=PSECVL']],
  // Civilians and rebels in a country are its own; troops may be foreign.
  ['Villagers in Cambodia fled.', ['Villagers in Cambodia=KHMCVL']],
  ['Rebels in Syria fired.', ['Rebels in Syria=SYRREB']],
  ['Troops in Syria fired.', ['Troops=MIL', 'Syria=SYR']],
  ['Thousands of Syrians fled.', ['Syrians=SYRCVL']],
  ['The Russians rejected the plan.', ['Russians=RUS']],
  ['The Swiss mediated.', ['Swiss=CHE']],
  ['US-backed rebels held the town.', ['US-backed rebels=REB']],
  ['The U.S.-based group spoke.', ['U.S.=USA']],
  ['The government of Syria refused.', ['government of Syria=SYRGOV']],
  ["Russia's defense ministry rejected the claim.", ["Russia's defense ministry=RUSGOVMIL"]],
  [
    'Russian Foreign Minister Sergey Lavrov spoke.',
    ['Russian Foreign Minister Sergey Lavrov=RUSGOV'],
  ],
  ['The UN envoy arrived.', ['UN envoy=IGOUNO']],
  ['NATO warned Russia.', ['NATO=IGOWSTNAT', 'Russia=RUS']],
  ['NATO member Turkey objected.', ['NATO member Turkey=TUR']],
  ['EU member state Greece objected.', ['EU member state Greece=GRC']],
  [
    'Israeli and Palestinian negotiators met.',
    ['Israeli=ISRGOV', 'Palestinian negotiators=PSEGOV'],
  ],
  ['The deputy head of general intelligence resigned.', []],
  ['Türkiye and Turkey are one country.', ['Türkiye=TUR', 'Turkey=TUR']],
  ['Burma, now Myanmar, held elections.', ['Burma=MMR', 'Myanmar=MMR']],
  ['South Sudan and Sudan signed a deal.', ['South Sudan=SSD', 'Sudan=SDN']],
  ['Rebels attacked; the government responded.', ['Rebels=REB', 'government=GOV']],
  ['Russia Monday said it would act.', ['Russia=RUS']],
  // "Former", "ousted", "ex-" make an official an elite; other actors stay as they are.
  ['The former Russian foreign minister spoke.', ['Russian foreign minister=RUSELI']],
  ['Ousted President Viktor Yanukovych fled.', ['President Viktor Yanukovych=UKRELI']],
  ['Ex-Prime Minister Nawaz Sharif returned.', ['Minister Nawaz Sharif=PAKELI']],
  ['Former Syrian rebels surrendered.', ['Syrian rebels=SYRREB']],
];

describe('actor mentions', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(mentions(text).map((m) => `${m.text}=${m.code}`)).toEqual(expected);
  });

  it('keeps the dictionary entries that produced a code', () => {
    const [m] = mentions('Turkish troops crossed the border.');
    expect(m?.entries.map((e) => e.kind)).toEqual(['demonym', 'sector']);
    expect(m?.entries[0]?.where).toMatch(/^data\/actors\/countries\.tsv:\d+$/);
    expect(m?.name).toBe('Turkey (military)');
  });

  it.each([
    ['The Pentagon denied it.', 'The Pentagon=USAMIL United States (military)'],
    ['Interfax reported it.', 'Interfax=RUSMED Russia (media)'],
    ['The Kremlin said no.', 'The Kremlin=RUSGOV Russia (government)'],
  ])('names the part of the state a seat stands for: %s', (text, expected) => {
    const [m] = mentions(text);
    expect(`${m?.text}=${m?.code} ${m?.name}`).toBe(expected);
  });
});
