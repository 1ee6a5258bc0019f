import { describe, it, expect } from 'vitest';
import { navigation } from './02-navigation.js';

describe('navigation', () => {
  const cases: readonly (readonly [string, 'navigation' | null])[] = [
    ['1. Skip to content', 'navigation'],
    ['2. Skip to main menu', 'navigation'],
    ['3. Skip to more DW sites', 'navigation'],
    ['Skip to navigation', 'navigation'],
    ['Jump to content', 'navigation'],
    ['Menu', 'navigation'],
    ['Main navigation', 'navigation'],
    ['Toggle navigation', 'navigation'],
    ['Home', 'navigation'],
    ['Search', 'navigation'],
    ['Log in', 'navigation'],
    ['Back to top', 'navigation'],
    ['Next article', 'navigation'],
    ['Home › World › Middle East', 'navigation'],
    ['News > Europe > Germany', 'navigation'],
    ['Home of the brave', null],
    ['Skipping the talks would be a mistake, Lavrov said.', null],
    ['The menu of options for Syria is short.', null],
    ['Next week the ministers meet again in Geneva.', null],
    ['Last rebel city under siege', null],
    ['Top diplomats to meet in Munich over Syria', null],
  ];
  it.each(cases)('%j → %s', (line, expected) => {
    expect(navigation(line)).toBe(expected);
  });
});
