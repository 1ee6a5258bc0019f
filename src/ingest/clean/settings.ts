/** The cleaner's options, validated once with their defaults filled in. */
import { ParleyError } from '../../errors.js';
import type { CleanOptions, CleanSettings } from './types.js';

export const DEFAULT_SETTINGS: CleanSettings = Object.freeze({
  dateWindow: 15,
  headingMaxWords: 12,
  unwrap: true,
});

function count(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new ParleyError(`invalid option ${name}: ${value} (expected an integer ≥ ${min})`, {
      where: 'cleanText',
    });
  }
  return value;
}

/** Frozen settings from the caller's options; throws ParleyError on a bad value. */
export function resolveSettings({
  dateWindow = DEFAULT_SETTINGS.dateWindow,
  headingMaxWords = DEFAULT_SETTINGS.headingMaxWords,
  unwrap = DEFAULT_SETTINGS.unwrap,
}: CleanOptions = {}): CleanSettings {
  return Object.freeze({
    dateWindow: count('dateWindow', dateWindow, 0),
    headingMaxWords: count('headingMaxWords', headingMaxWords, 1),
    unwrap,
  });
}
