import { describe, it, expect } from 'vitest';
import { toUnits } from '../units.js';
import { comments, isCommentMarker, isCommenterLine, threadStart } from './01-comments.js';
import { DEFAULT_SETTINGS } from '../settings.js';

describe('isCommentMarker', () => {
  const cases: readonly (readonly [string, boolean])[] = [
    ['8 Comments', true],
    ['1 Comment', true],
    ['Comments (12)', true],
    ['Notify of', true],
    ['Inline Feedbacks', true],
    ['View all comments', true],
    ['Newest Most Voted', true],
    ['Oldest', true],
    ['Leave a Reply', true],
    ['Leave a comment', true],
    ['Join the discussion', true],
    ['Comments are closed.', true],
    ['12 thoughts on “Kerry and Lavrov agree”', true],
    ['Would love your thoughts, please comment.x', true],
    ['5 Comments   Oldest   Newest', true],
    ['2 Comments · Oldest · Newest', true],
    ['Comments (4)', true],
    ['Reader comments', true],
    ['Newest first', true],
    ['Oldest | Newest', true],
    ['Sort by: Oldest | Newest | Top', true],
    ['Top', false],
    ['Best', false],
    ['The ministry declined to comment.', false],
    ['Lavrov made no comments on the talks.', false],
    ['8 comments were made by the minister during the visit.', false],
    ['Subscribe', false],
  ];
  it.each(cases)('%j → %s', (line, expected) => {
    expect(isCommentMarker(line)).toBe(expected);
  });
});

describe('isCommenterLine', () => {
  const cases: readonly (readonly [string, boolean])[] = [
    ['Hakan D.  ▲ 31', true],
    ['guest_8812  ▲ 2', true],
    ['Reply  ▲ 14  ▼ 3', true],
    ['DanielF  · 47 votes', true],
    ['Tariq_B — 2 hours ago', true],
    ['Emma Lorenz — 3 hours ago', true],
    ['Like (18)', true],
    ['Markets — 2 hours ago the lira fell again.', false],
    ['Hakan D.', false],
    ['The vote was 31 to 4.', false],
    ['Turkey has every right to secure its own border.', false],
  ];
  it.each(cases)('%j → %s', (line, expected) => {
    expect(isCommenterLine(line)).toBe(expected);
  });
});

const ARTICLE = 'The ministers met in Munich on Thursday to discuss a ceasefire in Syria.';

describe('threadStart', () => {
  const cases: readonly (readonly [string, string, number])[] = [
    ['no thread', `Title\n\n${ARTICLE}\n\nAnother paragraph here.`, -1],
    ['marker after the article', `${ARTICLE}\n\n8 Comments\nOldest\n\nJane\n\nGood.`, 1],
    ['widget lines above the marker', `${ARTICLE}\n\nSubscribe\nNotify of\nguest\n8 Comments`, 1],
    ['a sentence above the marker stays', `${ARTICLE}\nThat is all.\nLeave a Reply`, 2],
    ['a counter before the article is ignored', `12 Comments\n\n${ARTICLE}`, -1],
    ['a commenter line without a marker', `${ARTICLE}\n\nHakan D.  ▲ 31\nGood point.`, 1],
    ['a counter with sort options', `${ARTICLE}\n\n5 Comments   Oldest   Newest\n\nJane`, 1],
  ];
  it.each(cases)('%s', (_name, page, expected) => {
    expect(threadStart(toUnits(page, false))).toBe(expected);
  });
});

describe('comments', () => {
  it('leaves related lists, footers and footer menus below the thread to their passes', () => {
    const page = [
      ARTICLE,
      '',
      'Comments (2)',
      'Newest first',
      '',
      'Tariq_B — 2 hours ago',
      'Nobody believes this. Read more: nothing.',
      'Like (18)',
      '',
      'More from Gulf Monitor',
      '- Who is Saud al-Qahtani?',
      '',
      '© 2018 Gulf Monitor. All rights reserved.',
      'Terms of service | Privacy | Contact us',
      '',
      'One more comment posted after the footer.',
    ].join('\n');
    const units = toUnits(page, false);
    const verdicts = comments({
      units,
      verdicts: units.map(() => null),
      settings: DEFAULT_SETTINGS,
    });
    expect(verdicts).toEqual([
      null,
      'comments',
      'comments',
      'comments',
      'comments',
      'comments',
      null,
      null,
      null,
      null,
      'comments',
    ]);
  });
});
