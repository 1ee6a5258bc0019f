import { describe, it, expect } from 'vitest';
import { describeLine, lineOf } from './line.js';
import { isSentenceLike, stripListMarker, wordCount } from './shape.js';
import { toUnits } from './units.js';

describe('describeLine', () => {
  it.each([
    'Russia accused Turkey of shelling towns on Thursday.',
    '• 1. Skip to content',
    '2. Related Stories',
    'STRAßE ſupport',
    '',
  ])('gives the same facts as the shape functions: %s', (text) => {
    const line = describeLine(text);
    expect(line.text).toBe(text);
    expect(line.bare).toBe(stripListMarker(text));
    expect(line.words).toBe(wordCount(text));
    expect(line.bareWords).toBe(wordCount(stripListMarker(text)));
    expect(line.sentence).toBe(isSentenceLike(text));
  });

  it('writes the lower-case text with a plain "s" for the long s', () => {
    expect(describeLine('All RIGHTſ Reserved').lower).toBe('all rights reserved');
  });
});

describe('lineOf', () => {
  it('takes a unit as it is and works out the facts of bare text', () => {
    const [unit] = toUnits('• Read more: Kerry meets Lavrov', false);
    expect(unit && lineOf(unit)).toBe(unit);
    expect(lineOf('• Read more')).toEqual(describeLine('• Read more'));
  });

  it('gives every unit the facts of its text', () => {
    const units = toUnits('Title here\n\n- First paragraph, in full.\nsecond line', true);
    for (const unit of units) {
      const { text, lower, bare, words, bareWords, sentence } = unit;
      expect({ text, lower, bare, words, bareWords, sentence }).toEqual(describeLine(unit.text));
    }
  });
});
