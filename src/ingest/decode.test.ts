import { describe, expect, it } from 'vitest';
import { ParleyError } from '../errors.js';
import { declaredCharset, decodeText } from './decode.js';

const ascii = (s: string): number[] => [...Buffer.from(s, 'latin1')];
const bytes = (...parts: (string | readonly number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : [...p])));
const utf16 = (s: string, order: 'le' | 'be'): Uint8Array => {
  const le = Buffer.from(s, 'utf16le');
  if (order === 'be') le.swap16();
  return Uint8Array.from([...(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), ...le]);
};

describe('decodeText reads text', () => {
  const CASES: readonly (readonly [string, Uint8Array, string | null, string])[] = [
    ['plain ASCII', bytes('Kerry met Lavrov.'), null, 'Kerry met Lavrov.'],
    [
      'UTF-8',
      Uint8Array.from(Buffer.from('Verkäufer in Aleppo — “quoted”')),
      null,
      'Verkäufer in Aleppo — “quoted”',
    ],
    ['UTF-8 with a BOM (the BOM is dropped)', bytes([0xef, 0xbb, 0xbf], 'Hi'), null, 'Hi'],
    ['tabs, newlines and carriage returns are text', bytes('a\tb\r\nc\n'), null, 'a\tb\r\nc\n'],
    ['UTF-16LE with BOM', utf16('Genève talks', 'le'), null, 'Genève talks'],
    ['UTF-16BE with BOM', utf16('Genève talks', 'be'), null, 'Genève talks'],
    ['a declared windows-1252 page', bytes('caf', [0xe9]), 'windows-1252', 'café'],
    [
      'a declared ISO-8859-1 page, label in capitals',
      bytes('Gen', [0xe8], 've'),
      'ISO-8859-1',
      'Genève',
    ],
    [
      'a declared UTF-8 is read strictly as UTF-8',
      Uint8Array.from(Buffer.from('né')),
      ' UTF-8 ',
      'né',
    ],
  ];
  it.each(CASES)('%s', (_name, input, declared, expected) => {
    expect(decodeText(input, declared)).toBe(expected);
  });
});

describe('decodeText refuses what is not text', () => {
  const CASES: readonly (readonly [string, Uint8Array, string | null, RegExp])[] = [
    ['no bytes', bytes(), null, /^empty file$/],
    ['only white space', bytes(' \n\t\r\n '), null, /^empty file \(only white space\)$/],
    [
      'a NUL byte',
      bytes('PK', [0x03, 0x04, 0x00], 'rest'),
      null,
      /binary file \(contains NUL bytes\)/,
    ],
    [
      'mostly control bytes',
      bytes([1, 2, 3, 4, 5, 6, 7, 8], 'ab'),
      null,
      /binary file \(mostly control bytes\)/,
    ],
    [
      'a latin-1 byte',
      bytes('Gen', [0xe8], 've'),
      null,
      /^not valid UTF-8 \(byte 0xe8 at offset 3\); convert it to UTF-8$/,
    ],
    ['a truncated sequence at the end', bytes('abc', [0xc3]), null, /byte 0xc3 at offset 3/],
    ['a stray continuation byte', bytes('ab', [0x80], 'c'), null, /byte 0x80 at offset 2/],
    ['an overlong two-byte form', bytes('x', [0xc0, 0xaf]), null, /byte 0xc0 at offset 1/],
    [
      'an unknown declared charset',
      bytes('text'),
      'x-klingon',
      /unknown declared charset "x-klingon"/,
    ],
  ];
  it.each(CASES)('%s', (_name, input, declared, message) => {
    expect(() => decodeText(input, declared)).toThrow(ParleyError);
    expect(() => decodeText(input, declared)).toThrow(message);
  });

  it('tolerates a few control bytes in a long text', () => {
    const text = `${'word '.repeat(40)}\x0c${'word '.repeat(40)}`;
    expect(decodeText(bytes(text))).toBe(text);
  });

  it('refuses a UTF-16 file holding only a BOM or white space as empty', () => {
    expect(() => decodeText(Uint8Array.from([0xff, 0xfe]))).toThrow('empty file');
    expect(() => decodeText(Uint8Array.from([0xff, 0xfe, 0x20, 0x00]))).toThrow('empty file');
  });

  it.each([
    ['a UTF-16 surrogate', [0x61, 0x62, 0xed, 0xa0, 0x80], 'byte 0xed at offset 2'],
    ['an overlong form', [0x61, 0xe0, 0x80, 0x80], 'byte 0xe0 at offset 1'],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 'byte 0xf4 at offset 0'],
  ])('names the first bad byte of %s', (_name, input, message) => {
    expect(() => decodeText(Uint8Array.from(input))).toThrow(message);
  });
});

describe('declaredCharset', () => {
  const CASES: readonly (readonly [string, string, string | null])[] = [
    ['<meta charset>', '<html><head><meta charset="iso-8859-1"></head>', 'iso-8859-1'],
    ['unquoted', '<meta charset=utf-8>', 'utf-8'],
    [
      'http-equiv Content-Type',
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
      'windows-1252',
    ],
    ['no declaration', '<html><head><title>t</title></head>', null],
    ['charset outside a meta tag', '<p>charset=koi8-r</p>', null],
    [
      'a declaration after the first 4096 bytes',
      `<p>${'x'.repeat(5000)}</p><meta charset="koi8-r">`,
      null,
    ],
  ];
  it.each(CASES)('%s', (_name, html, expected) => {
    expect(declaredCharset(Uint8Array.from(Buffer.from(html)))).toBe(expected);
  });
});
