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
  const text = decodeBytes(bytes, declared);
  if (text.trim() === '') throw new ParleyError('empty file (only white space)');
  return text;
}

function decodeBytes(bytes: Uint8Array, declared?: string | null): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  refuseBinary(bytes);
  const label = declared?.trim().toLowerCase();
  if (label && label !== 'utf-8' && label !== 'utf8') {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(label);
    } catch (cause) {
      throw new ParleyError(`unknown declared charset "${declared}"`, { cause });
    }
    return decoder.decode(bytes);
  }
  return decodeUtf8(bytes);
}

/** Refuses data whose first 8 KB hold a NUL byte or mostly control characters. */
export function refuseBinary(bytes: Uint8Array): void {
  const head = bytes.subarray(0, SNIFF);
  let control = 0;
  for (const b of head) {
    if (b === 0) throw new ParleyError('binary file (contains NUL bytes), not text');
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > head.length * 0.1)
    throw new ParleyError('binary file (mostly control bytes), not text');
}

/** Strict UTF-8 (a BOM is dropped); the error names the first bad byte and its offset. */
export function decodeUtf8(bytes: Uint8Array, offset = 0): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (cause) {
    const at = firstInvalidUtf8(bytes);
    const hex = (bytes[at] ?? 0).toString(16).padStart(2, '0');
    throw new ParleyError(
      `not valid UTF-8 (byte 0x${hex} at offset ${offset + at}); convert it to UTF-8`,
      {
        cause,
      },
    );
  }
}

/**
 * Offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF), for the error message.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (c === undefined || c < min || c > max) return i;
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
