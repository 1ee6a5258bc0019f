import { describe, expect, it } from 'vitest';
import { resolveArticle } from '../actors/index.js';
import { brief, events, fixtures } from '../../test/support.js';
import { codeSentence } from './coder.js';

/** Sentence → events as `SOURCE CAMEO TARGET [flags]`, in the order coded. */
const CASES: readonly (readonly [string, readonly string[]])[] = [
  // Direction: active, passive, negated.
  ['Turkey accused Russia of bombing hospitals.', ['TUR 1123 RUS']],
  ['Russia was accused by Turkey of bombing hospitals.', ['TUR 1123 RUS']],
  ['Turkey did not accuse Russia.', ['TUR 112 RUS [negated]']],
  ['Turkey never accused Russia of anything.', ['TUR 112 RUS [negated]']],
  // A negated act under "will"/"would" is a refusal (data/ontology/refusals.tsv).
  ['Israel will not release the prisoners.', ['ISR 1243 -']],
  ['Cuba will not lift the embargo on Spain.', ['CUB 1244 ESP']],
  ["Russia won't attend the talks in Geneva.", ['RUS 125 -']],
  ['Turkey will not accuse Russia.', ['TUR 112 RUS [negated,intent]']],
  ['Russia was attacked by rebels.', ['REB 190 RUS']],
  // Meetings, talks, calls, visits.
  ['Russia met Turkey in Sochi.', ['RUS 040 TUR']],
  ['The Kremlin held talks with Ankara on Monday.', ['RUSGOV 040 TURGOV']],
  ['Iran and Iraq held talks in Baghdad.', ['IRN 040 IRQ [mutual]']],
  ['Talks between Russia and Turkey ended without agreement.', ['RUS 040 TUR [mutual]']],
  [
    'The summit between Iran, Russia and Turkey ended.',
    ['IRN 040 RUS [mutual]', 'IRN 040 TUR [mutual]', 'RUS 040 TUR [mutual]'],
  ],
  [
    'There were no plans to arrange a conversation between Russia and Iran.',
    ['RUS 041 IRN [negated,intent,mutual]'],
  ],
  ['Washington called Moscow on Friday.', ['USAGOV 041 RUSGOV']],
  ['The Turkish president arrived in Moscow for talks.', ['TURGOV 042 RUSGOV']],
  ['Egypt hosted Israeli and Palestinian negotiators.', ['EGY 043 ISRGOV', 'EGY 043 PSEGOV']],
  // Agreements and intent: an intended act is coded as saying one will do it (intents.tsv).
  ['Russia and Turkey agreed to set up a buffer zone.', ['RUS 030 TUR [mutual]']],
  // People are known; with no date Kerry is only USA (senator, then secretary of state).
  ['Kerry and Lavrov agreed to re-launch the stalled talks.', ['USA 036 RUSGOV [mutual]']],
  [
    'U.S. Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov, in a phone conversation late Friday, agreed to re-launch the stalled talks.',
    ['USAGOV 036 RUSGOV [mutual]'],
  ],
  ['Moscow is set to meet Ankara on Monday.', ['RUSGOV 036 TURGOV [intent]']],
  ['Iran plans to visit Iraq next week.', ['IRN 036 IRQ [intent]']],
  ['Russia is about to restore diplomatic ties with Georgia.', ['RUS 032 GEO [intent]']],
  // Time and place adjuncts between the verb and the rest of its pattern.
  ['Iran met on Monday with Iraq.', ['IRN 040 IRQ']],
  ['Iran held talks in Geneva with Iraq.', ['IRN 040 IRQ']],
  // A hyphenated modifier before a pattern's noun.
  ['Iran held a 50-minute meeting with Iraq.', ['IRN 040 IRQ']],
  // A bracketed acronym and a stray comma after the subject.
  [
    'Amnesty International (AI) has accused the Nigerian army of torture.',
    ['NGOHRIAMN 1122 NGAMIL'],
  ],
  ['The African Union (AU), on Sunday condemned Russia.', ['IGOAFRAFU 111 RUS']],
  ['Russia will host Turkey in Sochi.', ['RUS 036 TUR [intent]']],
  // …and an intended hostile act as a threat.
  ['Russia will impose sanctions on Turkey.', ['RUS 1312 TUR [intent]']],
  ['Israel plans to attack Iran.', ['ISR 1384 IRN [intent]']],
  ['Israel signed an agreement with the United Arab Emirates.', ['ISR 057 ARE']],
  // A pattern with no target slot: the possessor of what it names is the target.
  ["Russia rejected Turkey's proposal.", ['RUS 127 TUR']],
  ["The EU welcomed Azerbaijan's decision to pardon activists.", ['IGOEUREEC 051 AZE']],
  ["Russia rejected the proposal for Turkey's border.", ['RUS 127 -']],
  // With its "with +T" slot empty, a coordinated subject's members are each other's partners.
  ['Israel and Syria failed to reach a deal on the border.', ['ISR 120 SYR [mutual]']],
  ['Israel and Syria failed to reach a deal with Iran.', ['ISR 120 IRN', 'SYR 120 IRN']],
  ['Israel failed to reach a deal with Syria.', ['ISR 120 SYR']],
  // A refusal is addressed to whoever its "until" clause waits on.
  ['Cuba will not lift the embargo until Spain apologises.', ['CUB 1244 ESP']],
  ['Iran will not end the strike until its demands are met by Iraq.', ['IRN 1242 IRQ']],
  ['Cuba will not lift the embargo until the talks end.', ['CUB 1244 -']],
  [
    'Russia threatened to halt the talks if Turkey deploys missiles.',
    ['RUS 134 TUR', 'TUR 154 - [hypothetical]'],
  ],
  // Headline verbs and quantity subjects (text/headlines.ts, text/quantities.ts).
  ['Venezuela releases dozens of political activists.', ['VEN 0841 OPP']],
  ['About 243,000 Sudanese refugees have sought refuge in Chad.', ['SDNREF 0233 TCD']],
  // Appeals and demands.
  [
    'The UN urged Russia and the United States to resume talks.',
    ['IGOUNO 026 RUS', 'IGOUNO 026 USA'],
  ],
  ['Germany called on Turkey to halt the offensive.', ['DEU 0256 TUR']],
  ['China demanded that India withdraw its troops.', ['CHN 1056 IND']],
  // Criticism, accusations, rejections.
  ['France condemned Syria for the attack.', ['FRA 111 SYR']],
  ['The Kremlin has denied the accusations.', ['RUSGOV 016 -']],
  ['Iran rejected the proposal.', ['IRN 127 -']],
  ['The Syrian opposition delegation walked out of the talks.', ['SYROPP 125 -']],
  // A complement's actor is the target when the pattern names none.
  ['Israel refused to negotiate with Hamas.', ['ISR 125 PSEREBHMS']],
  ['France agreed to open its borders to German products.', ['FRA 0355 DEU']],
  ['Pakistan refused to send troops to Yemen.', ['PAK 1212 YEM']],
  ['Russia refused to withdraw its troops.', ['RUS 1246 -']],
  // Threats, force, deployments.
  ['North Korea threatened to attack South Korea.', ['PRK 1384 KOR']],
  ['Washington threatened Tehran with sanctions.', ['USAGOV 1312 IRNGOV']],
  ['Russian warplanes bombed rebel positions.', ['RUSMIL 195 REB']],
  // A country before a place or a stance is its actor ('the Syrian border', 'Kurdish positions').
  ['Turkish troops shelled Syrian Kurdish positions.', ['TURMIL 194 SYR']],
  ['Turkey deployed additional troops to the Syrian border.', ['TUR 154 SYR']],
  ['Saudi Arabia cut diplomatic ties with Qatar.', ['SAU 161 QAT']],
  // Quantities stand for what they count; "the WHO" is not the pronoun "who".
  ['Dozens of Syrian rebels attacked Turkish troops.', ['SYRREB 190 TURMIL']],
  ['Tens of thousands of Israelis protested against Netanyahu.', ['ISRCVL 141 ISRGOV']],
  ['The United States threatened to withdraw from the WHO.', ['USA 136 IGOUNOHLHWHO']],
  // Noun events: the source owns or modifies the noun.
  ['Russian airstrikes on Syrian rebels continued.', ['RUS 195 SYRREB']],
  ["Turkey's offensive against Syrian rebels has stalled.", ['TUR 190 SYRREB']],
  ["Putin's visit to Turkey was postponed.", ['RUSGOV 042 TUR']],
  ['The airstrikes on Syrian rebels continued.', []],
  // Reported speech: the reported event is coded, with its modality.
  // "would" right after a past report is the reported "will": an intent (here a threat),
  // unless a condition makes it hypothetical.
  ['Lavrov said Russia would attack Turkey.', ['RUS 1384 TUR [intent]']],
  ['Iran said it would attack Israel if provoked.', ['IRN 190 ISR [hypothetical]']],
  ['Officials said Iran had attacked Iraq.', ['IRN 190 IRQ']],
  // A denied claim is not a fact.
  [
    'Moscow rejected suggestions that Russia had bombed Syria.',
    ['RUSGOV 016 -', 'RUS 195 SYR [hypothetical]'],
  ],
  [
    'Russia rejected a claim from the Pentagon that Russian planes had bombed Syria.',
    ['RUS 016 USAMIL', 'RUSMIL 195 SYR [hypothetical]'],
  ],
  [
    'The Kremlin denied that Russia intended to attack Ukraine.',
    ['RUSGOV 016 -', 'RUS 190 UKR [hypothetical]'],
  ],
  // Subjects across clauses.
  ['Russia, which backs Syria, accused Turkey of aggression.', ['RUS 1123 TUR']],
  ['The US criticized Moscow, accusing it of bombing hospitals.', ['USA 111 RUSGOV', 'USA 1123 -']],
  ['Iran met Iraq and criticized Israel.', ['IRN 040 IRQ', 'IRN 111 ISR']],
  ["Gennady Gatilov, Russia's deputy foreign minister, criticized Turkey.", ['RUSGOV 111 TUR']],
  // Conditionals and questions are hypothetical.
  ['If Turkey attacks Syria, Russia will respond.', ['TUR 190 SYR [hypothetical]']],
  ['Will Russia meet Turkey?', ['RUS 040 TUR [hypothetical]']],
  // No political interaction: no event.
  ['The weather in Geneva was cold on Thursday.', []],
  ['Turkish banks tumbled amid concerns about the lira.', []],
  ['Russia said the situation in Idlib was difficult.', []],
];

/** Sentence → `SOURCE CAMEO "target as written"`: targets that name no actor, and pronoun subjects. */
const TARGETS: readonly (readonly [string, readonly string[]])[] = [
  // The phrase acted on is the target, with an empty code, when it names no actor.
  ['Iran condemned the election result.', ['IRN 111 "the election result"']],
  ['Russia agreed on Friday to review the proposal.', ['RUS 030 "the proposal"']],
  ['Ethiopia said it would boycott the election.', ['ETH 133 "the election"']],
  // Not a time, not the subject of a "that" clause, not an actor the pattern left out.
  ['Turkey vetoed on Friday the draft resolution.', ['TUR 129 "the draft resolution"']],
  [
    'The Kremlin denied that Russia intended to attack Ukraine.',
    ['RUSGOV 016 -', 'RUS 190 "Ukraine"'],
  ],
  ['Iran and Iraq held talks in Baghdad.', ['IRN 040 "Iraq"']],
  // The subject of an act noun is its agent; a time phrase is not the subject.
  ['A car bombing by the Islamic State killed five soldiers.', ['IMGMUSISI 190 "soldiers"']],
  ['Turkish airstrikes this month have killed ten rebels.', ['TUR 190 "rebels"']],
  ['Iran today condemned Israel.', ['IRN 111 "Israel"']],
  // In the passive, the agent is never also the phrase acted on.
  ['Soldiers there were surrounded by rebels.', ['REB 191 -']],
  // A participle after a report belongs to the act reported.
  [
    'Turkish troops stormed the village, officials said, killing ten rebels.',
    ['TURMIL 190 "the village"', 'TURMIL 190 "rebels"'],
  ],
  // "it" may be a person's regime, not the person.
  ['The Assad regime said it would boycott the election.', ['SYRGOV 133 "the election"']],
  ['Putin said it would rain.', []],
  // A pattern with no target slot takes the actor its verb addresses in its own clause.
  ['Iran demanded an apology from Britain.', ['IRN 100 "Britain"']],
  ['Iran denied that it had sent weapons to Yemen.', ['IRN 016 -', 'IRN 072 "Yemen"']],
  // "X says Y must/should do Z" is X's demand of Y (demands.tsv).
  ['Russia says Israel must end attacks on Syria.', ['RUS 1056 "Israel"']],
  ['Iran said Iraq should release the prisoners.', ['IRN 1053 "Iraq"']],
  ['Iran said it must defend itself.', []],
  // "it", "they" in a later clause: the subject of the earlier verb.
  ['The ELN said it will release the hostages.', ['COLREBELN 0353 "hostages"']],
  // A person known but not coded on no date takes part.
  ['Theresa May held talks with Donald Tusk.', ['GBRGOV 040 "Donald Tusk"']],
  // The place of an act with no target.
  ['Turkey and Russia declared a ceasefire in Idlib.', ['TUR 0871 "Idlib"', 'RUS 0871 "Idlib"']],
];

describe('codeSentence', () => {
  it.each(TARGETS)('%s', (text, expected) => {
    const got = events(text).map(
      (e) => `${e.source.code} ${e.cameo} ${e.target ? `"${e.target.text}"` : '-'}`,
    );
    expect(got).toEqual(expected);
  });

  it.each(CASES)('%s', (text, expected) => {
    expect(events(text).map(brief)).toEqual(expected);
  });

  it.each([
    // A "he" the actor stage resolved to the subject of the report points at the name.
    ['Obama said he will not lift the embargo.', 'Obama', 'pronoun-antecedent'],
    // A "he" whose person is not a subject before it in the sentence stays as written.
    ['Obama arrived. He will not lift the embargo.', 'He', 'clause-subject'],
  ])('%s: the source is "%s"', (text, source, rule) => {
    const { analyzer, knowledge } = fixtures();
    const sentences = analyzer.sentences(text);
    const mentions = resolveArticle(knowledge.actors, sentences, '2010-06-01');
    const coded = sentences.flatMap((s, k) => codeSentence(knowledge.coder, s, mentions[k] ?? []));
    const e = coded.find((x) => x.cameo === '1244');
    expect(e?.source).toMatchObject({ code: 'USAGOV', text: source });
    expect(e?.why.subject).toBe(rule);
  });

  it('explains each event: rule, trigger, slots and dictionary entries', () => {
    const [e] = events('Russia was accused by Turkey of bombing hospitals.');
    expect(e?.rule).toMatch(/^data\/verbs\/11-disapprove\.txt:\d+ 1123 accuse \+T of /);
    expect(e?.why).toMatchObject({
      voice: 'passive',
      subject: 'by-agent',
      trigger: 'was accused by Turkey of bombing',
    });
    expect(e?.why.sourceEntries[0]).toMatch(/^data\/actors\/countries\.tsv:\d+$/);
    expect(e?.source).toMatchObject({ code: 'TUR', text: 'Turkey', start: 22, end: 28 });
    expect(e?.plover).toBe('ACCUSE');
    expect(e?.goldstein).toBe(-2);
  });
});
