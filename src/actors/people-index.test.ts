import { describe, expect, it } from 'vitest';
import { surnameKey } from './people-index.js';

describe('surnameKey', () => {
  it.each([
    ['Sergey Lavrov', 'lavrov'],
    ['Bashar al-Assad', 'assad'],
    ['Assad', 'assad'],
    ['Ahmed Aboul Gheit', 'gheit'],
    ['Enex Jean-Charles', 'jean-charles'],
    ['Erato Kozakou-Marcoullis', 'kozakou-marcoullis'],
    ['Charles III', 'charles'],
    ['Albert II of Monaco', 'albert'],
    ['Henri of Luxembourg', 'henri'],
    ['John Paul II', 'paul'],
  ])('%s → %s', (name, key) => expect(surnameKey(name)).toBe(key));
});
