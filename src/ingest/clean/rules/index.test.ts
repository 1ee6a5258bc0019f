import { describe, it, expect } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings.js';
import { toUnits } from '../units.js';
import { classify } from './index.js';
import type { Pass } from './index.js';

describe('classify', () => {
  const units = toUnits('one\n\ntwo\n\nthree', false);

  it('lets an earlier verdict win over a later one', () => {
    const first: Pass = (page) => page.units.map((_, i) => (i === 0 ? 'share' : null));
    const second: Pass = (page) => page.units.map(() => 'caption');
    expect(classify(units, DEFAULT_SETTINGS, [first, second])).toEqual([
      'share',
      'caption',
      'caption',
    ]);
  });

  it('shows each pass the verdicts of the passes before it', () => {
    const first: Pass = (page) => page.units.map((_, i) => (i === 1 ? 'credit' : null));
    const second: Pass = (page) => page.verdicts.map((v) => (v === null ? 'heading' : null));
    expect(classify(units, DEFAULT_SETTINGS, [first, second])).toEqual([
      'heading',
      'credit',
      'heading',
    ]);
  });

  it('keeps everything when no pass has an opinion', () => {
    expect(classify(units, DEFAULT_SETTINGS, [])).toEqual([null, null, null]);
  });
});
