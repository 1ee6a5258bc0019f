import { describe, it, expect } from 'vitest';
import { toUnits } from '../units.js';
import { isCommentMarker, threadStart } from './01-comments.js';

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
    ['The ministry declined to comment.', false],
    ['Lavrov made no comments on the talks.', false],
    ['8 comments were made by the minister during the visit.', false],
    ['Subscribe', false],
  ];
  it.each(cases)('%j → %s', (line, expected) => {
    expect(isCommentMarker(line)).toBe(expected);
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
  ];
  it.each(cases)('%s', (_name, page, expected) => {
    expect(threadStart(toUnits(page, false))).toBe(expected);
  });
});
