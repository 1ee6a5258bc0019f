import type { Writable } from 'node:stream';
import type { Value } from '../types.js';

/** Where rows go: a file (created or replaced) or an open stream such as stdout. */
export type Destination =
  { readonly file: string } | { readonly stream: Writable & { isTTY?: boolean } };

/** One interface for every format: rows in column order, then `finish`. */
export interface RowWriter {
  /**
   * Adds a row (values in column order, read at once: the caller may reuse the array);
   * returns a promise when the destination asks to wait (back-pressure).
   */
  write(values: readonly Value[]): Promise<void> | undefined;
  /** Writes what is still buffered and the end of the file, and closes a file it opened. */
  finish(): Promise<void>;
}
