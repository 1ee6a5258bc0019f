import { describe, expect, it } from 'vitest';
import { fixtures } from '../../test/support.js';
import { resolveArticle } from './article.js';

/** Text (an article) and date → `mention=CODE` for every mention, sentence by sentence. */
function resolve(text: string, date: string | null): string[] {
  const { analyzer, knowledge } = fixtures();
  return resolveArticle(knowledge.actors, analyzer.sentences(text), date).flatMap((list) =>
    list.map(
      (m) => `${m.text}=${m.members ? m.members.map((x) => x.code).join('+') : m.code || '?'}`,
    ),
  );
}

describe('resolveArticle', () => {
  it.each([
    // People are coded by the post they held on the date.
    [
      'Secretary of State John Kerry spoke.',
      '2016-02-11',
      ['Secretary of State John Kerry=USAGOV'],
    ],
    ['John Kerry spoke.', '2010-06-01', ['John Kerry=USALEG']],
    ['Kerry spoke.', null, ['Kerry=USA']],
    // With no date, a person whose posts share no code is that person, with no code.
    ['Donald Tusk spoke.', null, ['Donald Tusk=?']],
    ['Donald Tusk spoke.', '2016-02-11', ['Donald Tusk=IGOEUREECEUC']],
    ['Former President Barack Obama spoke.', '2018-05-08', ['President Barack Obama=USAELI']],
    ['President Bush spoke.', '2004-05-01', ['President Bush=USAGOV']],
    // A post with a country selects its holder on the date.
    ['The Russian foreign minister arrived.', '2016-02-11', ['Russian foreign minister=RUSGOV']],
    ['The UN chief spoke.', '2010-01-01', ['UN chief=IGOUNO']],
    // Groups keep their lineage code across renamings.
    ['HTS fighters advanced.', '2019-01-01', ['HTS fighters=SYRREBNUS']],
    ['Jabhat al-Nusra attacked.', '2014-01-01', ['Jabhat al-Nusra=SYRREBNUS']],
    // Places, states and sectors as before.
    [
      'The Kremlin and Syrian rebels disagree.',
      null,
      ['The Kremlin=RUSGOV', 'Syrian rebels=SYRREB'],
    ],
    // A title only one country uses needs no country; a royal title with a name picks the holder.
    ['The pope spoke.', null, ['pope=VATGOV']],
    // A name no dictionary knows joins the sector word it names; the country stays unknown.
    ['Federal Police opened an inquiry.', null, ['Federal Police=COP']],
    ['The Ministry of Mines refused.', null, ['Ministry of Mines=GOV']],
    ['National Police officers arrived.', null, ['National Police officers=COP']],
    ['Zorbo Quantrill spoke.', null, ['Zorbo Quantrill=?']],
    // A quantity at the start of a sentence is not a name, nor is a common word there.
    ['Thousands of Syrian refugees fled.', null, ['Syrian refugees=SYRREF']],
    ['Furious Theresa May spoke.', null, ['Theresa May=GBRGOV']],
    [
      'Top Iranian commander Qasem Soleimani spoke.',
      null,
      ['Iranian commander Qasem Soleimani=IRNMIL'],
    ],
    ['Armed men attacked.', null, ['Armed men=INS']],
    // A country or organisation before a body it forms, and groups named by what they do.
    ['A U.N. committee demanded it.', null, ['U.N.=IGOUNO']],
    ['Chinese hackers attacked.', null, ['Chinese=CHN']],
    ['Political opponents protested.', null, ['Political opponents=OPP']],
    ['The National Security Council met.', null, ['National Security Council=GOV']],
    // Actors no dictionary names take part as written, with an empty code.
    ['Anti-war groups called on workers.', null, ['Anti-war groups=?', 'workers=LAB']],
    ['Some European countries objected.', null, ['Some European countries=?']],
    ['A Kansas woman sued the Russians.', null, ['Kansas woman=?', 'Russians=RUS']],
    // …but not where a dictionary found one.
    ['Kremlin critics objected.', null, ['Kremlin=RUSGOV']],
    // Agencies are seats of their state with their sector.
    ['The FBI and the CIA disagreed.', null, ['FBI=USACOP', 'CIA=USASPY']],
    ['The Taoiseach met Obama.', '2016-02-11', ['Taoiseach=IRLGOV', 'Obama=USAGOV']],
    ['King Charles met Macron.', '2023-09-21', ['King Charles=GBRGOV', 'Macron=FRAGOV']],
    ['Prince Albert of Monaco spoke.', '2014-01-01', ['Prince Albert=MCOGOV', 'Monaco=MCO']],
    ['The Thai king died.', '2016-10-13', ['Thai king=THAGOV']],
    // Half of a hyphenated surname is not the surname ("Jean-Charles", a Haitian premier).
    ['Prince Charles spoke.', '2015-01-01', ['Prince Charles=GBR']],
    // A country in a parenthetical aside is not the place of events.
    [
      'Idlib hosts 10,000 militants (outlawed in Russia).',
      null,
      ['Idlib=?', 'militants=INS', 'Russia=RUS'],
    ],
    ['Militants in Syria fired.', null, ['Militants=SYRINS', 'Syria=SYR']],
    // Unknown names are kept, unresolved, never guessed into a country.
    [
      'Zorbo Quantrill met Kerry in Geneva.',
      '2016-02-11',
      ['Zorbo Quantrill=?', 'Kerry=USAGOV', 'Geneva=?'],
    ],
  ])('%s (%s)', (text, date, expected) => {
    expect(resolve(text, date)).toEqual(expected);
  });

  it('names a sector that takes its country from context after the country', () => {
    const { analyzer, knowledge } = fixtures();
    const [m] = resolveArticle(
      knowledge.actors,
      analyzer.sentences('Militants in Syria fired.'),
      null,
    ).flat();
    expect([m?.name, m?.via]).toEqual([
      'Syria (insurgents)',
      'country from context: SYR, the place named in the sentence',
    ]);
  });

  it('resolves later short mentions to the actor already introduced', () => {
    const text =
      'Russian Foreign Minister Sergey Lavrov met U.S. Secretary of State John Kerry. ' +
      'The minister said the talks were useful. Lavrov left. He said nothing more. ' +
      'The two diplomats will meet again.';
    expect(resolve(text, '2016-02-11')).toEqual([
      'Russian Foreign Minister Sergey Lavrov=RUSGOV',
      'U.S. Secretary of State John Kerry=USAGOV',
      'minister=USAGOV',
      'Lavrov=RUSGOV',
      'He=RUSGOV',
      'The two diplomats=USAGOV+RUSGOV',
    ]);
  });

  it('binds an unknown name to the post in its appositive, for the rest of the article', () => {
    const text = 'Gennady Gatilov, Russia’s deputy foreign minister, spoke. Later Gatilov left.';
    const { analyzer, knowledge } = fixtures();
    const mentions = resolveArticle(
      knowledge.actors,
      analyzer.sentences(text),
      '2016-02-11',
    ).flat();
    expect(mentions.map((m) => [m.text, m.code, m.source])).toEqual([
      ['Gennady Gatilov', 'RUSGOV', 'appositive'],
      ['Russia’s deputy foreign minister', 'RUSGOV', 'dictionary'],
      ['Gatilov', 'RUSGOV', 'coreference'],
    ]);
  });

  it('explains a post holder: the post, its dates and the entries', () => {
    const { analyzer, knowledge } = fixtures();
    const [m] = resolveArticle(
      knowledge.actors,
      analyzer.sentences('The Russian foreign minister arrived.'),
      '2016-02-11',
    ).flat();
    expect(m).toMatchObject({
      person: 'Sergey Lavrov',
      role: 'foreign-minister',
      source: 'title-holder',
    });
    expect(m?.via).toMatch(
      /^holder of foreign-minister in RUS on 2016-02-11; foreign-minister 2004-03-09–…$/,
    );
  });
});
