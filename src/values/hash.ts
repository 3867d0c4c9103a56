import type { CoreCode } from '../codes.js';
// File hashes: exact length and hex per algorithm, lower case.

export type HashAlgorithm = 'sha256' | 'sha1' | 'md5';
export const hashAlgorithms: readonly HashAlgorithm[] = ['sha256', 'sha1', 'md5'];
export const hashLength: Readonly<Record<HashAlgorithm, number>> = { sha256: 64, sha1: 40, md5: 32 };

/** Hashes of the empty file: as an indicator they would match every empty file. */
const emptyFileHashes: ReadonlySet<string> = new Set([
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  'da39a3ee5e6b4b0d3255bfef95601890afd80709',
  'd41d8cd98f00b204e9800998ecf8427e',
]);

export type HashCheck =
  | { readonly ok: true; readonly value: string }
  | {
      readonly ok: false;
      readonly code: CoreCode;
      readonly message: string;
      readonly hint?: string;
      readonly index?: number;
    };

/** The algorithm whose hex digest has this length. */
export function algorithmOfLength(n: number): HashAlgorithm | undefined {
  return hashAlgorithms.find((a) => hashLength[a] === n);
}

/** A character as a message shows it: printable ASCII quoted, anything else as its code point (U+00E9). */
const shownChar = (ch: string): string =>
  /[\x21-\x7e]/.test(ch) ? `'${ch}'` : `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

export function checkHash(algorithm: HashAlgorithm, raw: string): HashCheck {
  const want = hashLength[algorithm];
  if (raw.trim() !== raw) {
    return {
      ok: false,
      code: 'hash-syntax',
      message: `must be ${want} hex characters without spaces around them`,
      hint: 'remove the spaces inside the quotes',
    };
  }
  const bad = /[^0-9a-fA-F]/u.exec(raw);
  if (bad !== null) {
    return {
      ok: false,
      code: 'hash-hex',
      message: `must be ${want} hex characters; character ${bad.index + 1} is ${shownChar(bad[0])}`,
      index: bad.index,
    };
  }
  if (raw.length !== want) {
    const other = algorithmOfLength(raw.length);
    return {
      ok: false,
      code: 'hash-length',
      message: `must be ${want} hex characters, got ${raw.length}`,
      hint:
        other !== undefined
          ? `${raw.length} characters is a ${other}: put it under ${other}`
          : 'a character is missing or extra; copy the value again from its source',
    };
  }
  const value = raw.toLowerCase();
  if (emptyFileHashes.has(value)) {
    return {
      ok: false,
      code: 'hash-empty-file',
      message: `is the ${algorithm} of the empty file; it would match every empty file`,
    };
  }
  return { ok: true, value };
}
