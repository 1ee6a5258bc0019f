/**
 * The one error type Parley throws. The message says what went wrong and where
 * (`invalid date "31/31/2016" in samples/foo.html`); `where` names the file, line or
 * field when there is one, and `cause` keeps the underlying error.
 */
export class ParleyError extends Error {
  override readonly name = 'ParleyError';
  readonly where: string | undefined;
  /** The message without the location. */
  readonly detail: string;

  constructor(message: string, options: { where?: string; cause?: unknown } = {}) {
    super(options.where ? `${options.where}: ${message}` : message, { cause: options.cause });
    this.where = options.where;
    this.detail = message;
  }
}

/** The message of anything thrown, for one-line reports. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
