import { describe, expect, it } from 'vitest';
import type { ActorEntry, DatedActor } from '../types.js';
import { parsePetrarchActors } from './petrarch-actors.js';

/** The dictionary's actors, in order, as name → codes and phrases. */
function actors(entries: readonly ActorEntry[]): DatedActor[] {
  return [...new Set(entries.map((e) => e.actor).filter((a) => a !== undefined))];
}

function parse(lines: string[]) {
  const { entries, problems } = parsePetrarchActors(lines.join('\n'), 'test.actors.txt');
  return { entries, problems: problems.map((p) => p.message), actors: actors(entries) };
}

/** Codes in a compact form: `RUSGOV 1994-09-22..2004-07-12 @3`. */
function codes(actor: DatedActor | undefined): string[] {
  return (actor?.codes ?? []).map(
    (c) => `${c.code} ${c.start ?? ''}..${c.end ?? ''} @${c.where.split(':')[1]}`,
  );
}

describe('parsePetrarchActors: records', () => {
  it('reads a person with synonyms and dated codes into one dated actor', () => {
    const {
      entries,
      problems,
      actors: [lavrov],
    } = parse([
      'SERGEY_LAVROV_  # CountryInfo.txt', // 1
      '+SERGEY_VIKTOROVICH_LAVROV_', // 2
      '+LAVROV', // 3
      '\t[RUSGOV 19940922-20040712] # Amb. to UN', // 4
      '\t[RUSGOV >040309]  # Foreign Minister', // 5
    ]);
    expect(problems).toEqual([]);
    expect(lavrov).toMatchObject({
      kind: 'actor',
      name: 'Sergey Lavrov',
      fallback: null,
      where: 'test.actors.txt:1',
    });
    expect(codes(lavrov)).toEqual(['RUSGOV 1994-09-22..2004-07-12 @4', 'RUSGOV 2004-03-09.. @5']);
    expect(lavrov?.codes[0]).toMatchObject({ role: null, name: null });
    expect(entries.map((e) => [e.text, e.where])).toEqual([
      ['sergey lavrov', 'test.actors.txt:1'],
      ['sergey viktorovich lavrov', 'test.actors.txt:2'],
      ['lavrov', 'test.actors.txt:3'],
    ]);
    for (const e of entries) {
      expect(e).toMatchObject({ kind: 'actor', code: '', sector: null, priority: 1 });
      expect(e.name).toBe('Sergey Lavrov');
      expect(e.actor).toBe(lavrov);
    }
  });

  it.each([
    ['[CODE] alone is a plain actor', ['AFGHANISTAN_  [AFG]', '+KABUL_'], 'AFG', []],
    [
      'a default on the primary line',
      ['HAMFAST GAMGEE [HOB]', '\t[HOBGOV 20121109-20130119]'],
      'HOB',
      ['HOBGOV 2012-11-09..2013-01-19 @2'],
    ],
    [
      'a default on its own line',
      ['ZIMBABWE', '\t[RHO <790606]', '\t[ZBW]#jw 9/30/91'],
      'ZBW',
      ['RHO ..1979-06-06 @2'],
    ],
    [
      'blanks inside the brackets',
      ['GOLLUM', '\t[HOB < 950601]', '\t[HOBGOV 19950601 - 19990815]', '\t[HOBREB > 990816]'],
      null,
      ['HOB ..1995-06-01 @2', 'HOBGOV 1995-06-01..1999-08-15 @3', 'HOBREB 1999-08-16.. @4'],
    ],
    [
      'TABARI restrictions on the primary line',
      ['JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# IGOrulers.txt'],
      'ELI',
      ['IGOUNO 1982-01-01..1991-12-31 @1'],
    ],
    ['lower-case codes are upper-cased', ['PALESTINIAN [pse]'], 'PSE', []],
    [
      'codes are sorted by start',
      ['X_', '\t[XXXGOV >100101]', '\t[XXXELI 19200101-100101]'],
      null,
      ['XXXELI 1920-01-01..2010-01-01 @3', 'XXXGOV 2010-01-01.. @2'],
    ],
  ])('%s', (_label, lines, fallback, dated) => {
    const {
      problems,
      actors: [actor],
    } = parse(lines);
    expect(problems).toEqual([]);
    expect(actor?.fallback).toBe(fallback);
    expect(codes(actor)).toEqual(dated);
  });

  it('separates records without blank lines and keeps synonyms with their record', () => {
    const { actors: list, entries } = parse([
      'DENMARK  [DNK]',
      '+DANISH ',
      'DAVID_CAMERON_  # CountryInfo.txt',
      '\t[GBRGOV >100511]',
      'EGYPT [EGY]',
    ]);
    expect(list.map((a) => a.name)).toEqual(['Denmark', 'David Cameron', 'Egypt']);
    expect(entries.map((e) => `${e.text}=${e.actor?.name}`)).toEqual([
      'denmark=Denmark',
      'danish=Denmark',
      'david cameron=David Cameron',
      'egypt=Egypt',
    ]);
  });

  it('joins a run of code-less primary lines (Phoenix) up to a blank line', () => {
    const {
      actors: list,
      entries,
      problems,
    } = parse([
      'LEONID_BREZHNEV_  # CountryInfo.txt', // 1
      'SECRETARY_BREZHNEV', // 2
      '+LEONID_ILYICH_BREZHNEV', // 3
      '\t[RUSGOV 641014-821110]', // 4
      'UN_ [IGOUNO]', // 5
      'U.N._', // 6
      '', // 7
      'UN_SECRETARY_GENERAL', // 8
      '\t[IGOUNO]', // 9
      'SOURCE_LIST', // 10
      'A_POWER_ENERGY [MNCCHN]', // 11
    ]);
    expect(list.map((a) => a.name)).toEqual([
      'Leonid Brezhnev',
      'Un',
      'Un Secretary General',
      'A Power Energy',
    ]);
    expect(entries.filter((e) => e.actor === list[0]).map((e) => e.text)).toEqual([
      'leonid brezhnev',
      'secretary brezhnev',
      'leonid ilyich brezhnev',
    ]);
    expect(problems).toEqual([
      'test.actors.txt:6: no usable code for "U.N._"; record ignored',
      'test.actors.txt:10: no usable code for "SOURCE_LIST"; record ignored',
    ]);
  });

  it('reads --- as the null code', () => {
    const { actors: list, problems } = parse([
      'INDIAN_OCEAN  [---]',
      'PRINCE OF DOL AMROTH',
      '\t[--- <950630]',
      '\t[DOL]',
    ]);
    expect(problems).toEqual([]);
    expect(list[0]).toMatchObject({ name: 'Indian Ocean', fallback: null, codes: [] });
    expect(list[1]).toMatchObject({ name: 'Prince of Dol Amroth', fallback: 'DOL' });
    expect(codes(list[1])).toEqual([' ..1995-06-30 @3']);
  });

  it('writes phrases as lower-case words separated by single spaces', () => {
    const { entries } = parse(['+X', 'U.S.S.R', '+USSR  ', '+SOVIET__UNION_', '\t[USR <911226]']);
    expect(entries.map((e) => e.text)).toEqual(['u.s.s.r', 'ussr', 'soviet union']);
    expect(entries[0]?.name).toBe('U.S.S.R');
  });

  it('keeps each phrase once per record', () => {
    const { entries } = parse(['KOFI_ANNAN_', '+K._ANNAN_', '+K._ANNAN', '\t[IGOUNO]']);
    expect(entries.map((e) => e.text)).toEqual(['kofi annan', 'k. annan']);
  });

  it('reads an empty dictionary', () => {
    expect(parse(['# nothing', ''])).toEqual({ entries: [], problems: [], actors: [] });
  });
});

describe('parsePetrarchActors: malformed records become problems', () => {
  it.each([
    [
      'a 7-digit date',
      ['BAN_KI-MOON', '\t[IGOUNO >20070101]', '\t[KORGOVBUS 2004017-20061201]'],
      [
        'test.actors.txt:3: date "2004017" has 7 digits (expected YYMMDD or YYYYMMDD) in "[KORGOVBUS 2004017-20061201]"; restriction ignored',
      ],
      1,
    ],
    [
      'a reversed range',
      ['X_', '\t[EGYGOV 20121207-20120802]', '\t[EGY]'],
      [
        'test.actors.txt:2: range "20121207-20120802" ends (2012-08-02) before it starts (2012-12-07) in "[EGYGOV 20121207-20120802]"; restriction ignored',
      ],
      0,
    ],
    [
      'a single date without < or >',
      ['X_', '\t[MNEGOV 20121204]', '\t[MNE]'],
      [
        'test.actors.txt:2: invalid date restriction "20121204" (a single date needs < or >) in "[MNEGOV 20121204]"; restriction ignored',
      ],
      0,
    ],
    [
      'a record left without a code',
      ['DAVID_CAMERON_', '\t[GBRGOV >201005011]', 'NEXT [NXT]'],
      [
        'test.actors.txt:2: date "201005011" has 9 digits (expected YYMMDD or YYYYMMDD) in "[GBRGOV >201005011]"; restriction ignored',
        'test.actors.txt:1: no usable code for "DAVID_CAMERON_"; record ignored',
      ],
      -1,
    ],
    [
      'a compound TABARI code',
      ['LORIEN  [ELR/GAL]'],
      [
        'test.actors.txt:1: invalid actor code "ELR/GAL" (letters and digits only); code ignored',
        'test.actors.txt:1: no usable code for "LORIEN"; record ignored',
      ],
      -1,
    ],
    [
      'two different defaults',
      ['G8_\t[IGOBUSGOE]', '+G_8_', '\t[IGOGOE]'],
      [
        'test.actors.txt:3: second default code "IGOGOE" ignored: the default is "IGOBUSGOE" (test.actors.txt:1)',
      ],
      0,
    ],
    [
      'an indented phrase',
      [
        'JOHN_J MCCLOY_',
        '\tJOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]',
        '\t[IGOUNODEVWBK 470301-490630]',
      ],
      [
        'test.actors.txt:2: indented line "JOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]" is neither a date restriction "[…]" nor a synonym "+…"; line ignored',
      ],
      1,
    ],
    [
      'a synonym before any record',
      ['+ORPHAN', 'X [XXX]'],
      ['test.actors.txt:1: synonym "+ORPHAN" before any primary phrase'],
      0,
    ],
    [
      'a restriction before any record',
      ['\t[XXX]', 'X [XXX]'],
      ['test.actors.txt:1: date restriction "[XXX]" outside any record'],
      0,
    ],
    [
      'text after the code',
      ['A.H._BELO_CORPORATION_\t[MNCMED]\tNewspapers/Magazines\t$137,000,000'],
      ['test.actors.txt:1: text after the code ignored: "Newspapers/Magazines $137,000,000"'],
      0,
    ],
    [
      'a phrase with a lost character',
      ['LIAMINE_Z\u001aROUAL_', '+LIAMINE_ZEROUAL', '\t[DZAGOV 940131-990427]'],
      [
        'test.actors.txt:1: phrase "LIAMINE_Z?ROUAL_" has a character lost in an earlier re-encoding; phrase ignored',
      ],
      1,
    ],
    [
      'a code on a synonym line',
      ['X [XXX]', '+Y [YYY]'],
      [
        'test.actors.txt:2: code on a synonym line "+Y [YYY]" (codes go on the primary or a tab-indented line); line ignored',
      ],
      0,
    ],
    [
      'an empty code block',
      ['X', '\t[]', '\t[XXX]'],
      ['test.actors.txt:2: empty code block "[]"'],
      0,
    ],
  ])('%s', (_label, lines, expected, dated) => {
    const { problems, actors: list } = parse(lines);
    expect(problems).toEqual(expected);
    if (dated < 0) expect(list.filter((a) => a.where === 'test.actors.txt:1')).toEqual([]);
    else expect(list[0]?.codes).toHaveLength(dated);
  });

  it('names an actor after its first usable phrase', () => {
    const { actors: list } = parse(['LIAMINE_Z\uFFFDROUAL_', '+LIAMINE_ZEROUAL', '\t[DZAGOV]']);
    expect(list[0]?.name).toBe('Liamine Zeroual');
  });

  it('goes on reading after a bad record', () => {
    const { actors: list, problems } = parse([
      'BAD [A/B]',
      'GOOD [GOD]',
      '\t[GODGOV 9008223-911221]',
      'BETTER [BET]',
    ]);
    expect(problems).toHaveLength(3);
    expect(list.map((a) => `${a.name} ${a.fallback}`)).toEqual(['Good GOD', 'Better BET']);
  });
});
