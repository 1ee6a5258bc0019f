import { TextDecoder } from 'node:util';
import { ParleyError } from '../errors.js';

const SNIFF = 8192;

/**
 * Bytes → text, refusing what is not text: binary data (NUL bytes or mostly control
 * characters), undecodable bytes, or an empty file. UTF-8 (with or without BOM) and
 * UTF-16 with BOM are read; `declared` is a charset the document itself declares
 * (HTML `<meta charset>`), honoured when it is a known encoding.
 */
export function decodeText(bytes: Uint8Array, declared?: string | null): string {
  if (bytes.length === 0) throw new ParleyError('empty file');
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = bytes.subarray(0, SNIFF);
  let control = 0;
  for (const b of head) {
    if (b === 0) throw new ParleyError('binary file (contains NUL bytes), not text');
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > head.length * 0.1)
    throw new ParleyError('binary file (mostly control bytes), not text');
  const label = declared?.trim().toLowerCase();
  let text: string;
  if (label && label !== 'utf-8' && label !== 'utf8') {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(label);
    } catch (cause) {
      throw new ParleyError(`unknown declared charset "${declared}"`, { cause });
    }
    text = decoder.decode(bytes);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch (cause) {
      const at = firstInvalidUtf8(bytes);
      throw new ParleyError(
        `not valid UTF-8 (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at offset ${at}); convert it to UTF-8`,
        { cause },
      );
    }
  }
  if (text.trim() === '') throw new ParleyError('empty file (only white space)');
  return text;
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b < 0xe0
          ? 1
          : b >= 0xe0 && b < 0xf0
            ? 2
            : b >= 0xf0 && b < 0xf5
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return 0;
}

/** The charset an HTML document declares in its first bytes, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
  return m?.[1] ?? null;
}
