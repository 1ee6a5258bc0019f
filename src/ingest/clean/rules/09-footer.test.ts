import { describe, it, expect } from 'vitest';
import type { RemovalReason } from '../types.js';
import { footer } from './09-footer.js';

describe('footer', () => {
  const cases: readonly (readonly [string, RemovalReason | null])[] = [
    ['Disclaimer: The contents of this article are of sole responsibility…', 'disclaimer'],
    ['The views expressed in this article are those of the author.', 'disclaimer'],
    ['This article was originally published by Example News.', 'disclaimer'],
    ['Our Standards: The Thomson Reuters Trust Principles.', 'disclaimer'],
    ['Our standards of proof differ, the judge said.', null],
    [
      'We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies. [Accept] [Manage settings]',
      'disclaimer',
    ],
    ['This website uses cookies', 'disclaimer'],
    ['Our site uses cookies to show you relevant content. [OK]', 'disclaimer'],
    ['The regulator said the site used cookies to track users without consent.', null],
    ['© 2016 Example News', 'copyright'],
    ['(c) 2016 Example News', 'copyright'],
    ['Copyright 2016 The Associated Press. All rights reserved.', 'copyright'],
    ['www.example.ca contains copyrighted material the use of which…', 'copyright'],
    ['For media inquiries: [email protected]', 'contact'],
    ['Press contact: Jane Doe', 'contact'],
    ['Contact: news@example.org', 'contact'],
    ['E-mail: news@example.org', 'contact'],
    ['[email protected]', 'contact'],
    ['news@example.org', 'contact'],
    ['Send us your tips', 'contact'],
    ['The court ruled on a copyright dispute between the two broadcasters.', null],
    ['The views of the two ministers differ on Assad’s future.', null],
    ['Media reports said the talks would resume on Monday.', null],
    ['The ministry said in an e-mail to news@example.org that it would not comment.', null],
    ['Contact between the two sides has been limited.', null],
  ];
  it.each(cases)('%j → %s', (line, expected) => {
    expect(footer(line)).toBe(expected);
  });
});
