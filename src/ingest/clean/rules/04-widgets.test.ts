import { describe, it, expect } from 'vitest';
import type { RemovalReason } from '../types.js';
import { widget } from './04-widgets.js';

describe('widget', () => {
  const cases: readonly (readonly [string, RemovalReason | null])[] = [
    ['Share', 'share'],
    ['Share this article', 'share'],
    ['Share:', 'share'],
    ['Facebook Twitter Email', 'share'],
    ['Facebook | Twitter | WhatsApp', 'share'],
    ['Print', 'share'],
    ['Tweet   Share   Email   Print', 'share'],
    ['SHARE   TWEET   WHATSAPP', 'share'],
    ['Share on Facebook   Share on Twitter   Share on WhatsApp   Copy link', 'share'],
    ['Share on Facebook Share on Twitter', 'share'],
    ['Share: Facebook · Twitter · Telegram', 'share'],
    ['Listen to this article  4 min', 'share'],
    [
      'The best of Eastern Dispatch, every morning. Enter your email address   [Subscribe]',
      'subscribe',
    ],
    ['Share on the market fell to 4 percent.', null],
    ['Listen to the minister, he said, and you will hear nothing new.', null],
    ['Advertisement', 'advertisement'],
    ['ADVERTISEMENT', 'advertisement'],
    ['Sponsored content', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Continue reading the main story', 'advertisement'],
    ['Before it’s here, it’s on the Bloomberg Terminal.', 'advertisement'],
    ['Subscribe', 'subscribe'],
    ['Subscribe to our newsletter', 'subscribe'],
    ['Sign up for our daily briefing', 'subscribe'],
    ['Get our weekly newsletter', 'subscribe'],
    ['Already a subscriber?', 'subscribe'],
    ['Log in to continue reading', 'subscribe'],
    ['Share prices fell in Moscow after the talks collapsed.', null],
    ['Russia and Turkey share a long history.', null],
    ['The advertisement campaign was launched on Monday.', null],
    ['Subscribers to the plan include Iran and Turkey.', null],
    [
      'Bloomberg reported that the ministers met for three hours on the Bloomberg Terminal floor of the building before agreeing.',
      null,
    ],
    ['Last rebel city under siege', null],
  ];
  it.each(cases)('%j → %s', (line, expected) => {
    expect(widget(line)).toBe(expected);
  });
});
