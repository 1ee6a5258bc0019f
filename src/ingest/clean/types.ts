/**
 * Why a line of a scraped page is not body text. Kept small on purpose; each reason names
 * what the line is, so `parley show <article> --removed` can list them:
 *
 * - `title`: the headline, the first heading-like line before the body.
 * - `date`: a line that is only a date ("February 11, 2016", "Updated: 9 October 2019").
 * - `navigation`: site menus and skip links ("1. Skip to content", "Home › World",
 *   "World  |  Middle East  |  Log in"), and the site's name above the headline.
 * - `share`: share buttons and reading tools ("Share", "Facebook Twitter Email",
 *   "Listen to this article").
 * - `advertisement`: ad slots and house ads ("Advertisement", "… on the Bloomberg Terminal.").
 * - `subscribe`: newsletter and paywall prompts ("Subscribe to our newsletter").
 * - `caption`: image captions and photo descriptions, infographic labels.
 * - `credit`: photo and agency credits ("Image: Reuters/…", "ASSOCIATED PRESS", "dj/msh (AFP, AP)").
 * - `pledge`: donation banners ("2,500 $", "10 DAYS LEFT …", "Support SouthFront").
 * - `comments`: the reader comment thread, from its marker to the end of the page (the
 *   page's footer, footer menu and related links below it keep their own reasons).
 * - `disclaimer`: "Disclaimer: …", "The views expressed …", cookie notices.
 * - `copyright`: copyright and fair-use notices.
 * - `byline`: author lines ("By Jane Doe", "Articles by: …").
 * - `heading`: a subheading inside the article ("Last rebel city under siege").
 * - `related`: links to other content ("Read more: …", the headlines listed below
 *   "Related Stories", bare URLs).
 * - `contact`: "For media inquiries: …", e-mail and phone lines.
 * - `repeated`: a line that appears more than once on the page (a caption or widget shown twice).
 */
export type RemovalReason =
  | 'title'
  | 'date'
  | 'navigation'
  | 'share'
  | 'advertisement'
  | 'subscribe'
  | 'caption'
  | 'credit'
  | 'pledge'
  | 'comments'
  | 'disclaimer'
  | 'copyright'
  | 'byline'
  | 'heading'
  | 'related'
  | 'contact'
  | 'repeated';

/** A non-blank input line that is not body text. */
export interface RemovedLine {
  /** 1-based line number in the input. */
  readonly line: number;
  /** The line as in the input, trimmed. */
  readonly text: string;
  readonly reason: RemovalReason;
}

/** The publication date read from a date line near the top of the page. */
export interface PublishedDate {
  /** ISO 8601 calendar date, YYYY-MM-DD. */
  readonly date: string;
  /** The date line as in the input, trimmed. */
  readonly text: string;
  /** 1-based line number in the input. */
  readonly line: number;
}

export interface CleanedText {
  /** The headline, if the page has one before the body. */
  readonly title: string | null;
  /**
   * Kept news paragraphs in order: the text of one kept line (trimmed, leading bullet or
   * list number removed), or consecutive lines joined with a space when the page is hard-wrapped.
   * A dateline found at the start of the first paragraph is removed from it.
   */
  readonly paragraphs: readonly string[];
  /** Every non-blank input line that is not kept as body text, in input order. */
  readonly removed: readonly RemovedLine[];
  /** A date line within the first `dateWindow` non-blank lines, or null. Never guessed. */
  readonly published: PublishedDate | null;
  /** The dateline place stripped from the first paragraph ("BERLIN — The …" → "BERLIN"), or null. */
  readonly dateline: string | null;
}

export interface CleanOptions {
  /** How many non-blank lines from the top may hold the publication date. Default 15. */
  readonly dateWindow?: number;
  /** The longest line, in words, still read as a subheading when a paragraph follows. Default 12. */
  readonly headingMaxWords?: number;
  /** Join hard-wrapped lines into paragraphs when the page looks hard-wrapped. Default true. */
  readonly unwrap?: boolean;
}

/** The options with their defaults filled in, frozen and passed down to the rule passes. */
export type CleanSettings = Readonly<Required<CleanOptions>>;
