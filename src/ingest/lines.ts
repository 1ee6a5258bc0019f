/** One line of a byte stream: its 1-based number and bytes, or `tooLong` when over the limit. */
export type ByteLine =
  { readonly n: number; readonly bytes: Buffer } | { readonly n: number; readonly tooLong: true };

/**
 * Splits a byte stream into lines on `\n` (a trailing `\r` is dropped) without decoding,
 * so each line can be checked as strict UTF-8 and named in errors. Memory stays bounded:
 * a line over `maxLineBytes` is skipped, not buffered, and reported as `tooLong`.
 */
export async function* byteLines(
  stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  maxLineBytes: number,
): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let n = 0;
  const finish = (): ByteLine => {
    n++;
    if (skipping) {
      skipping = false;
      return { n, tooLong: true };
    }
    let bytes = Buffer.concat(parts, size);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
    parts = [];
    size = 0;
    return { n, bytes };
  };
  for await (const chunk of stream) {
    const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    while (from < data.length) {
      const nl = data.indexOf(0x0a, from);
      const end = nl < 0 ? data.length : nl;
      if (!skipping) {
        size += end - from;
        if (size > maxLineBytes) {
          skipping = true;
          parts = [];
          size = 0;
        } else parts.push(data.subarray(from, end));
      }
      if (nl < 0) break;
      yield finish();
      from = nl + 1;
    }
  }
  if (skipping || size > 0) yield finish();
}
