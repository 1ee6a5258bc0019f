import { describe, expect, it } from 'vitest';
import type { ParleyError } from '../../errors.js';
import { dictionaryLines, phraseProblem, phraseText, readableName } from './petrarch-lines.js';

describe('dictionaryLines', () => {
  it('drops blank lines and #, ; and <!-- --> comments, keeping line numbers', () => {
    const text = [
      '<!-- VALIDATION ACTORS -->', // 1
      '# a comment', // 2
      'JAMES_BYRNES_  ; CountryInfo.txt', // 3
      '\t[USAGOV 450703-470121] # Secretary of State', // 4
      '', // 5
      '<!--', // 6
      '# inside', // 7
      'NOT_AN_ACTOR [XXX]', // 8
      '# -->', // 9
      '  \t[JORELI]', // 10
      '+SYNONYM\r', // 11
    ].join('\n');
    const problems: ParleyError[] = [];
    expect(dictionaryLines(text, 'f.txt', problems)).toEqual([
      { where: 'f.txt:3', indented: false, body: 'JAMES_BYRNES_', afterBlank: false },
      { where: 'f.txt:4', indented: true, body: '[USAGOV 450703-470121]', afterBlank: false },
      { where: 'f.txt:10', indented: true, body: '[JORELI]', afterBlank: true },
      { where: 'f.txt:11', indented: false, body: '+SYNONYM', afterBlank: false },
    ]);
    expect(problems).toEqual([]);
  });

  it('reports an unclosed <!-- comment', () => {
    const problems: ParleyError[] = [];
    expect(dictionaryLines('A [B]\n<!-- open\nC [D]\n', 'f.txt', problems)).toHaveLength(1);
    expect(problems.map((p) => p.message)).toEqual([
      'f.txt:2: comment "<!--" is never closed by "-->"',
    ]);
  });
});

describe('phraseText', () => {
  it.each([
    ['SERGEY_V._LAVROV_', 'sergey v. lavrov'],
    ['AFGHANISTAN_ ', 'afghanistan'],
    ['HAMAS WING', 'hamas wing'],
    ['SUPREME_PEOPLE _COURT', 'supreme people court'],
    ['UN_Secy_Gen', 'un secy gen'],
    ['ERDOĞAN', 'erdoğan'],
  ])('%s → %s', (raw, text) => expect(phraseText(raw)).toBe(text));
});

describe('phraseProblem', () => {
  it.each([
    ['COTE_D\uFFFDIVOIRE_', 'character lost in an earlier re-encoding'],
    ['JAN_STRASK\u001aY', 'character lost in an earlier re-encoding'],
    ['FAEROYENE]_', 'contains a bracket'],
    ['_', 'empty phrase'],
  ])('%s', (raw, why) => expect(phraseProblem(raw, phraseText(raw))).toContain(why));

  it('accepts a usable phrase', () => expect(phraseProblem('KABUL_', 'kabul')).toBeNull());
});

describe('readableName', () => {
  it.each([
    ['sergey lavrov', 'Sergey Lavrov'],
    ['sergey v. lavrov', 'Sergey V. Lavrov'],
    ['u.n. secretary general', 'U.N. Secretary General'],
    ['secretary of state john kerry', 'Secretary of State John Kerry'],
    ['ban ki-moon', 'Ban Ki-Moon'],
    ["sudan people's liberation movement", "Sudan People's Liberation Movement"],
    ["cote d'ivoire", "Cote D'Ivoire"],
  ])('%s → %s', (text, name) => expect(readableName(text)).toBe(name));
});
