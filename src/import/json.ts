// JSON with places: a small strict parser (RFC 8259) that records where every value starts, so an
// importer can say `event.json:12:5` for the JSON pointer `/Event/Attribute/3/value`. Syntax errors,
// nesting deeper than maxDepth and duplicate keys are located errors, never a stack trace.
import type { Origin } from '../diagnostics.js';
import { originAt, sourceText, type SourceText } from '../load/source.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export class JsonError extends Error {
  constructor(
    readonly at: Origin,
    message: string,
  ) {
    super(message);
  }
}

export interface LocatedJson {
  readonly value: Json;
  /** The place of the value at a JSON pointer (RFC 6901); the file start for an unknown pointer. */
  readonly at: (pointer: string) => Origin;
}

export const maxDepth = 64;

/** A JSON pointer token: `~` and `/` escaped (RFC 6901). */
export const pointerToken = (key: string | number): string => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

export function parseJson(file: string, text: string): LocatedJson {
  const src: SourceText = sourceText(file, text);
  const places = new Map<string, number>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (message: string, at = i): never => {
    throw new JsonError(originAt(src, Math.min(at, text.length)), message);
  };
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const shown = (): string => (i >= text.length ? 'end of file' : JSON.stringify(text[i]));
  const string = (): string => {
    const start = i;
    i++;
    let out = '';
    for (;;) {
      if (i >= text.length) fail('unterminated string', start);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return out;
      }
      if (c < 0x20) fail('control character in a string (escape it as \\u00XX)');
      if (c !== 0x5c) {
        const next = text.slice(i).search(/["\\\u0000-\u001f]/);
        const end = next < 0 ? text.length : i + next;
        out += text.slice(i, end);
        i = end;
        continue;
      }
      const e = text[i + 1];
      const simple: Record<string, string> = {
        '"': '"',
        '\\': '\\',
        '/': '/',
        b: '\b',
        f: '\f',
        n: '\n',
        r: '\r',
        t: '\t',
      };
      if (e !== undefined && simple[e] !== undefined) {
        out += simple[e];
        i += 2;
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
      } else fail('invalid escape in a string');
    }
  };
  const value = (pointer: string, depth: number): Json => {
    ws();
    if (depth > maxDepth) fail(`nesting deeper than ${maxDepth} levels`);
    places.set(pointer, i);
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, Json> = Object.create(null) as Record<string, Json>;
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`expected a key in quotes, got ${shown()}`);
        const keyAt = i;
        const key = string();
        if (Object.prototype.hasOwnProperty.call(obj, key)) fail(`duplicate key ${JSON.stringify(key)}`, keyAt);
        ws();
        if (text[i] !== ':') fail(`expected ':' after a key, got ${shown()}`);
        i++;
        obj[key] = value(`${pointer}/${pointerToken(key)}`, depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return obj;
        } else fail(`expected ',' or '}', got ${shown()}`);
      }
    }
    if (c === '[') {
      i++;
      const arr: Json[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value(`${pointer}/${arr.length}`, depth + 1));
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return arr;
        } else fail(`expected ',' or ']', got ${shown()}`);
      }
    }
    if (c === '"') return string();
    const m = /^(?:true|false|null|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)/.exec(text.slice(i, i + 400));
    if (m === null) return fail(`expected a JSON value, got ${shown()}`);
    i += m[0].length;
    return m[0] === 'true' ? true : m[0] === 'false' ? false : m[0] === 'null' ? null : Number(m[0]);
  };
  const parsed = value('', 0);
  ws();
  if (i < text.length) fail(`unexpected ${shown()} after the JSON value`);
  return {
    value: parsed,
    at: (pointer) => originAt(src, places.get(pointer) ?? 0),
  };
}
