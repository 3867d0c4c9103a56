// A parsed rule file: its text, its value and its node tree, with helpers that turn a path into a place.
import type { Origin } from '../diagnostics.js';
import { originAt, type SourceText } from './source.js';
import { locate, rawText, type PathStep, type YamlNode } from './yaml.js';

export interface Document {
  readonly src: SourceText;
  readonly value: unknown;
  readonly root: YamlNode | undefined;
}

const startOfFile = (doc: Document): Origin => ({ file: doc.src.file, line: 1, col: 1 });

/** Where the value at `path` is written; an empty value (`key:`) or a missing one points at its key. */
export function originOf(doc: Document, path: readonly PathStep[]): Origin {
  const { node, key, nearest } = locate(doc.root, path);
  if (node !== undefined && node.kind !== 'empty') return originAt(doc.src, node.start);
  if (key !== undefined) return originAt(doc.src, key.start);
  if (nearest !== undefined) return originAt(doc.src, nearest.start);
  return startOfFile(doc);
}

/** Where the key naming the value at `path` is written (for unknown keys). */
export function keyOriginOf(doc: Document, path: readonly PathStep[]): Origin {
  const { key } = locate(doc.root, path);
  return key !== undefined ? originAt(doc.src, key.start) : originOf(doc, path);
}

/** The value at `path` exactly as written in the file, if it is there. */
export function rawTextOf(doc: Document, path: readonly PathStep[]): string | undefined {
  const { node } = locate(doc.root, path);
  return node === undefined ? undefined : rawText(doc.src, node);
}

/**
 * Where character `index` of the string value at `path` is written, when the value is a scalar on one
 * line (plain or quoted without escapes before it); otherwise where the value starts.
 */
export function charOriginOf(doc: Document, path: readonly PathStep[], index: number): Origin {
  const start = originOf(doc, path);
  const raw = rawTextOf(doc, path);
  const value = valueAt(doc.value, path);
  if (raw === undefined || typeof value !== 'string' || /[\r\n]/.test(raw)) return start;
  const quote = raw.startsWith('"') || raw.startsWith("'") ? 1 : 0;
  if (raw.slice(quote, quote + index) !== value.slice(0, index)) return start;
  return { ...start, col: start.col + quote + index };
}

/** `files[2].sha256`: how messages name a place in a rule. */
export function pathToString(path: readonly PathStep[]): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_+-]*$/.test(step)) out += out === '' ? step : `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out === '' ? 'the rule' : out;
}

/** The value at `path`, or undefined. */
export function valueAt(value: unknown, path: readonly PathStep[]): unknown {
  let v: unknown = value;
  for (const step of path) {
    if (Array.isArray(v) && typeof step === 'number') v = v[step];
    else if (v !== null && typeof v === 'object' && !Array.isArray(v)) v = (v as Record<string, unknown>)[String(step)];
    else return undefined;
  }
  return v;
}
