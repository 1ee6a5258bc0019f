import { describe, it, expect } from 'vitest';
import { isMenuBar, navigation } from './02-navigation.js';

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
    ['World  |  Middle East  |  Europe  |  Comment  |  Newsletters  |  Log in', 'navigation'],
    ['≡ Menu   Latest   Middle East   Asia   Economy   Long reads   Search', 'navigation'],
    ['Sections: News | Region | Economy | Culture | Sport | Podcasts', 'navigation'],
    ['About Us | Contact | Privacy Policy | Terms & Conditions', 'navigation'],
    ['India | World | Business | Opinion | Photos | E-paper', 'navigation'],
    ['Facebook | Twitter | Reddit | Print', null],
    ['SHARE   TWEET   WHATSAPP', null],
    ['© 2019 The Meridian Observer. All rights reserved. | Terms | Privacy | Contact', null],
    ['Reply  ▲ 14  ▼ 3', null],
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

describe('isMenuBar', () => {
  const cases: readonly (readonly [string, boolean])[] = [
    ['Home | World | Middle East | Europe | Opinion | Video', true],
    ['☰ Sections', true],
    ['News  ·  Region  ·  Sport', true],
    ['Moscow | Kyiv', false],
    ['Hakan D.  ▲ 31', false],
    ['The talks  | were long. | He said so.', false],
    ['Iran | the United States and the European Union agreed | Vienna | 2015', false],
  ];
  it.each(cases)('%j → %s', (line, expected) => {
    expect(isMenuBar(line)).toBe(expected);
  });
});
