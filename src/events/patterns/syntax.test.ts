import { describe, expect, it } from 'vitest';
import { parsePatternLine } from './syntax.js';

describe('parsePatternLine', () => {
  it.each([
    ['112 accuse +T of', 'verb', ['accuse'], 2, 'accuse +T of'],
    ['020 call on|upon +T to   # appeals', 'verb', ['call'], 3, 'call on|upon +T to'],
    ['036 agree to meet [with +T]', 'verb', ['agree'], 3, 'agree to meet [with +T]'],
    ['111 criticize|criticise +T', 'verb', ['criticize', 'criticise'], 1, 'criticize|criticise +T'],
    ['040 talks between +S and +T', 'noun', ['talks'], 3, 'talks between +S and +T'],
    ['190 +S airstrike|raid on +T', 'noun', ['airstrike', 'raid'], 2, '+S airstrike|raid on +T'],
  ] as const)('%s', (line, kind, heads, literals, text) => {
    const p = parsePatternLine(line, 'f:1');
    expect(p).toMatchObject({ kind, heads, literals, text, where: 'f:1' });
  });

  it('reads an optional target', () => {
    const p = parsePatternLine('154 deploy troops [to +T]', 'f:1');
    expect(p?.elements).toEqual([
      { kind: 'word', alts: ['troops'], optional: false },
      { kind: 'word', alts: ['to'], optional: true },
      { kind: 'target', optional: true },
    ]);
  });

  it.each(['', '   ', '# only a comment'])('skips %j', (line) => {
    expect(parsePatternLine(line, 'f:1')).toBeNull();
  });

  it.each([
    ['accuse +T', 'f:1: invalid CAMEO code "accuse"'],
    ['1x2 accuse +T', 'f:1: invalid CAMEO code "1x2"'],
    ['112', 'f:1: expected "CODE pattern", found "112"'],
    ['112 +T accuse', 'f:1: a verb pattern must start with the verb'],
    ['112 accuse [+T', 'f:1: "[" without "]" in pattern'],
    ['112 accuse +T]', 'f:1: "]" without "[" in pattern'],
    ['040 +S +T talks', 'f:1: a noun pattern must start with its noun, or with +S and its noun'],
    ['112 Accuse +T', 'f:1: invalid word "Accuse" in pattern'],
  ])('rejects %j', (line, message) => {
    expect(() => parsePatternLine(line, 'f:1')).toThrow(message);
  });
});
