import { describe, it, expect } from 'vitest';
import {
  comparable,
  hasButtons,
  isCapitals,
  isSentenceLike,
  stripListMarker,
  wordCount,
} from './shape.js';

describe('isSentenceLike', () => {
  const cases: readonly (readonly [string, boolean])[] = [
    ['The Kremlin has denied the accusations.', true],
    ['Is this the end of the ceasefire?', true],
    ['They will not retreat!', true],
    ['The talks went on and on…', true],
    ['The talks went on and on...', true],
    ['"We are ready to discuss the modalities," he said.', true],
    ['He said the talks were “outrageous.”', true],
    ['“Even Russia can not have an interest in this”.', true],
    ['“I can assure you,” Lavrov said. “It is a very difficult task.”', true],
    ['…to ensure the talks proceed as scheduled on Feb. 10."', true],
    ['The Russian news agency TASS reports (source):', true],
    ['He said:', true],
    ['“We will not accept a ceasefire on these terms”', true],
    ['• Russia agreed to a truce.', true],
    ['Background:', false],
    ['Key Points:', false],
    ['Last rebel city under siege', false],
    ["'Great hopes' ahead of Munich meet", false],
    ['Top diplomats to meet in Munich over Syria', false],
    [
      'UN chief Ban presses US, Russia to help ensure Syria peace talks can resume on Feb. 10',
      false,
    ],
    ['Image: Reuters/A. Ismail', false],
    ['dj/msh (AFP, AP, dpa, Interfax)', false],
    ['“Great hopes”', false],
    [
      'US President Barack Obama speaks during a press conference following the conclusion of the G20 summit in Hangzhou',
      false,
    ],
    [
      'Russia proposed a truce starting on March 1. Washington is pushing for an immediate ceasefire and analysts expect heavy losses in the coming days',
      true,
    ],
    ['', false],
  ];
  it.each(cases)('%j → %s', (line, expected) => {
    expect(isSentenceLike(line)).toBe(expected);
  });
});

describe('stripListMarker', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['• Germany-Security-Conference-5', 'Germany-Security-Conference-5'],
    ['1. Skip to content', 'Skip to content'],
    ['12) Twelfth point', 'Twelfth point'],
    ['- dash item', 'dash item'],
    ['* star item', 'star item'],
    ['2016 was a hard year.', '2016 was a hard year.'],
    ['-5 degrees in Moscow', '-5 degrees in Moscow'],
    ['— Dialogue dash stays', '— Dialogue dash stays'],
  ];
  it.each(cases)('%j → %j', (line, expected) => {
    expect(stripListMarker(line)).toBe(expected);
  });
});

describe('wordCount', () => {
  const cases: readonly (readonly [string, number])[] = [
    ['', 0],
    ['   ', 0],
    ['Share', 1],
    ['  Sochi   talks ', 2],
  ];
  it.each(cases)('%j → %d', (line, expected) => {
    expect(wordCount(line)).toBe(expected);
  });
});

describe('comparable', () => {
  it('ignores quote style, case, bullets and spacing', () => {
    expect(comparable('• Situation In Syria’s Idlib')).toBe(
      comparable("situation in  Syria's Idlib"),
    );
    expect(comparable('“Quoted”')).toBe(comparable('"quoted"'));
  });
});

describe('hasButtons', () => {
  const cases: readonly (readonly [string, boolean])[] = [
    ['We use cookies. [Accept] [Manage settings]', true],
    ['Enter your email address   [Subscribe]', true],
    ['Become a member.   [Join now]', true],
    ['[Subscribe]', true],
    ['He called it a “disaster” [sic] and left.', false],
    ['The figures were revised. [1]', false],
    ['The talks ended.', false],
  ];
  it.each(cases)('%j → %s', (line, expected) => {
    expect(hasButtons(line)).toBe(expected);
  });
});

describe('isCapitals', () => {
  it.each([
    ['ORIENT REVIEW', true],
    ['THE SUBCONTINENT COURIER', true],
    ['Orient Review', false],
    ['2016', false],
  ] as const)('%j → %s', (line, expected) => {
    expect(isCapitals(line)).toBe(expected);
  });
});
