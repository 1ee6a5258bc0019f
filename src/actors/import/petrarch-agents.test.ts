import { describe, expect, it } from 'vitest';
import { parsePetrarchAgents, regularPlural } from './petrarch-agents.js';

function parse(lines: string[]) {
  const { entries, problems } = parsePetrarchAgents(lines.join('\n'), 'test.agents.txt');
  return {
    entries,
    /** `text=SECTOR` with `<` for prefix agents, e.g. `ngo<`. */
    texts: entries.map(
      (e) => `${e.text}=${e.sectorPosition === 'prefix' ? `${e.sector}~` : `~${e.sector}`}`,
    ),
    problems: problems.map((p) => p.message),
  };
}

describe('regularPlural', () => {
  it.each([
    ['soldier', 'soldiers'],
    ['defense minist', 'defense minists'],
    ['deputy', 'deputies'],
    ['authority', 'authorities'],
    ['attorney', 'attorneys'],
    ['congress', 'congresses'],
    ['church', 'churches'],
    ['tax', 'taxes'],
    ['troops', null],
    ['security officials', null],
    ['g8', null],
  ])('%s → %s', (phrase, plural) => expect(regularPlural(phrase)).toBe(plural));
});

describe('parsePetrarchAgents', () => {
  it('reads suffix agents with their regular plural', () => {
    const { entries, problems } = parse([
      'DEFENSE_MINIST [~GOVMIL]',
      'FOREIGN_MINISTER  [~GOV] # jap 4/14/01',
    ]);
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      {
        kind: 'sector',
        code: '',
        sector: 'GOVMIL',
        name: 'defense minist',
        text: 'defense minist',
        where: 'test.agents.txt:1',
        priority: 1,
        sectorPosition: 'suffix',
      },
      {
        kind: 'sector',
        code: '',
        sector: 'GOVMIL',
        name: 'defense minist',
        text: 'defense minists',
        where: 'test.agents.txt:1',
        priority: 1,
        sectorPosition: 'suffix',
      },
      {
        kind: 'sector',
        code: '',
        sector: 'GOV',
        name: 'foreign minister',
        text: 'foreign minister',
        where: 'test.agents.txt:2',
        priority: 1,
        sectorPosition: 'suffix',
      },
      {
        kind: 'sector',
        code: '',
        sector: 'GOV',
        name: 'foreign minister',
        text: 'foreign ministers',
        where: 'test.agents.txt:2',
        priority: 1,
        sectorPosition: 'suffix',
      },
    ]);
  });

  it.each([
    [
      'prefix agents',
      ['HUMAN_RIGHTS_BODY  [NGO~]'],
      ['human rights body=NGO~', 'human rights bodies=NGO~'],
    ],
    [
      'blanks inside the brackets',
      ['HUMAN_RIGHTS_ORGANIZATION  [  NGO~]', 'POLICE {} [ ~COP]'],
      ['human rights organization=NGO~', 'human rights organizations=NGO~', 'police=~COP'],
    ],
    ['{} for no plural', ['TROOP {}  [~MIL]', 'MSF {}  [NGO~]'], ['troop=~MIL', 'msf=NGO~']],
    [
      'an explicit plural',
      ['ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]', 'GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]'],
      ['attorney general=~GOV', 'attorneys general=~GOV', 'golden goose=~GGS', 'golden geese=~GGS'],
    ],
    ['no plural after a single s', ['SECURITY_OFFICIALS  [~GOV]'], ['security officials=~GOV']],
    [
      'blanks between words',
      ['CHIEF EXECUTIVE [~GOV]', 'SUPREME_PEOPLE _COURT  [~JUD]'],
      [
        'chief executive=~GOV',
        'chief executives=~GOV',
        'supreme people court=~JUD',
        'supreme people courts=~JUD',
      ],
    ],
    [
      'no blank before the code',
      ['HUSBAND!PERSON![~AGR]', '!PERSON! = MAN, WOMAN'],
      ['husbandman=~AGR', 'husbandwoman=~AGR'],
    ],
  ])('%s', (_label, lines, texts) => {
    const result = parse(lines);
    expect(result.problems).toEqual([]);
    expect(result.texts).toEqual(texts);
  });

  it('expands substitution sets, without plurals', () => {
    const { texts, problems, entries } = parse([
      '!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON',
      '!MINST! = MINISTER, MINISTRY',
      'CONGRESS [~LEG]',
      'CONGRESS!PERSON! [~LEG] # substitution',
      '!MINST!_OF_SILLY_WALKS [~GOV]',
      '!MINST! FOR_!MINST! [~GOV]',
    ]);
    expect(problems).toEqual([]);
    expect(texts).toEqual([
      'congress=~LEG',
      'congresses=~LEG',
      'congressman=~LEG',
      'congressmen=~LEG',
      'congresswoman=~LEG',
      'congresswomen=~LEG',
      'congressperson=~LEG',
      'minister of silly walks=~GOV',
      'ministry of silly walks=~GOV',
      'minister for minister=~GOV',
      'minister for ministry=~GOV',
      'ministry for minister=~GOV',
      'ministry for ministry=~GOV',
    ]);
    expect(entries.filter((e) => e.where === 'test.agents.txt:4')).toHaveLength(5);
  });

  it.each([
    [
      'a mismatched bracket',
      ['DEPARMENT_OF_ENVIRONMENT [~ENV}'],
      'test.agents.txt:1: expected "PHRASE [~CODE]" or "PHRASE {PLURAL} [~CODE]", found "DEPARMENT_OF_ENVIRONMENT [~ENV}"',
    ],
    [
      'no code',
      ['ISLAMIC_EXTREMIST # sls'],
      'test.agents.txt:1: expected "PHRASE [~CODE]" or "PHRASE {PLURAL} [~CODE]", found "ISLAMIC_EXTREMIST"',
    ],
    [
      'a code without ~',
      ['ENVOY [GOV]'],
      'test.agents.txt:1: invalid agent code "GOV" (expected ~CODE or CODE~); line ignored',
    ],
    [
      '~ on both sides',
      ['ENVOY [~GOV~]'],
      'test.agents.txt:1: invalid agent code "~GOV~" (expected ~CODE or CODE~); line ignored',
    ],
    [
      'an unknown substitution set',
      ['HOME_!MINIST! [~GOV]'],
      'test.agents.txt:1: unknown substitution set !MINIST! in "HOME_!MINIST!"; line ignored',
    ],
    [
      'an empty item in a set',
      ['!P! = MAN, , WOMAN'],
      'test.agents.txt:1: substitution set !P! has an empty item; set ignored',
    ],
    ['an empty phrase', ['{} [~GOV]'], 'test.agents.txt:1: empty phrase ""'],
  ])('%s is a problem', (_label, lines, problem) => {
    const result = parse([...lines, 'SOLDIER  [~MIL]']);
    expect(result.problems).toEqual([problem]);
    expect(result.texts).toEqual(['soldier=~MIL', 'soldiers=~MIL']);
  });
});
