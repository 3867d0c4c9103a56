// Text that no output format can carry unchanged is refused where it is written: NUL (libyara and C
// consumers cut strings there) and lone UTF-16 surrogates (a YAML "\ud800" escape; not valid UTF-8).
// Bidirectional-override characters are allowed but flagged: they can make a value read differently
// from what it is ("Trojan Source").
import { error, warning, type Diagnostic } from '../diagnostics.js';
import { originOf, pathToString, type Document } from './document.js';
import type { PathStep } from './yaml.js';

const bidi = /[\u202a-\u202e\u2066-\u2069]/;
const loneSurrogate = /[\ud800-\udfff]/u;

function checkString(doc: Document, path: PathStep[], s: string, out: Diagnostic[]): void {
  const at = (): ReturnType<typeof originOf> => originOf(doc, path);
  if (s.includes('\u0000'))
    out.push(
      error(
        at(),
        'control-character',
        `${pathToString(path)} contains a NUL character`,
        'no output format can carry it unchanged; remove it',
      ),
    );
  if (loneSurrogate.test(s))
    out.push(
      error(
        at(),
        'invalid-text',
        `${pathToString(path)} contains a lone UTF-16 surrogate (an invalid \\u escape)`,
        'write the character itself, or a valid surrogate pair',
      ),
    );
  if (bidi.test(s))
    out.push(
      warning(
        at(),
        'bidi-control',
        `${pathToString(path)} contains a bidirectional-override character`,
        'it can make the value display differently from what it is; make sure it is intended',
      ),
    );
}

export function checkText(doc: Document): Diagnostic[] {
  const out: Diagnostic[] = [];
  const walk = (v: unknown, path: PathStep[]): void => {
    if (typeof v === 'string') checkString(doc, path, v, out);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (k.includes('\u0000') || loneSurrogate.test(k))
          out.push(
            error(
              originOf(doc, path),
              'control-character',
              `a key in ${pathToString(path)} contains a NUL character or a lone surrogate`,
            ),
          );
        walk(x, [...path, k]);
      }
    }
  };
  walk(doc.value, []);
  return out;
}
