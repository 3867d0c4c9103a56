// A small cursor over one parsed document: typed reads of optional fields that never throw, and
// diagnostics located at the field they talk about.
import type { CoreCode } from '../codes.js';
import { error, info, warning, type Diagnostic, type Origin } from '../diagnostics.js';
import { charOriginOf, keyOriginOf, originOf, pathToString, valueAt, type Document } from './document.js';
import type { PathStep } from './yaml.js';
import { isList } from '../util/array.js';

export interface Reader {
  readonly doc: Document;
  readonly diagnostics: Diagnostic[];
  at(path: readonly PathStep[]): Origin;
  keyAt(path: readonly PathStep[]): Origin;
  name(path: readonly PathStep[]): string;
  get(path: readonly PathStep[]): unknown;
  string(path: readonly PathStep[]): string | undefined;
  integer(path: readonly PathStep[]): number | undefined;
  /** The list at `path`; empty when it is not a list or is longer than `max` (the schema reports that). */
  list(path: readonly PathStep[], max?: number): readonly unknown[];
  error(path: readonly PathStep[], code: CoreCode, message: string, hint?: string): void;
  /** An error at character `index` of the string at `path`. */
  errorAtChar(path: readonly PathStep[], index: number, code: CoreCode, message: string, hint?: string): void;
  warning(path: readonly PathStep[], code: CoreCode, message: string, hint?: string): void;
  info(path: readonly PathStep[], code: CoreCode, message: string, hint?: string): void;
}

export function reader(doc: Document): Reader {
  const diagnostics: Diagnostic[] = [];
  const get = (path: readonly PathStep[]): unknown => valueAt(doc.value, path);
  return {
    doc,
    diagnostics,
    at: (path) => originOf(doc, path),
    keyAt: (path) => keyOriginOf(doc, path),
    name: pathToString,
    get,
    string: (path) => {
      const v = get(path);
      return typeof v === 'string' ? v : undefined;
    },
    integer: (path) => {
      const v = get(path);
      return typeof v === 'number' && Number.isSafeInteger(v) ? v : undefined;
    },
    list: (path, max = Infinity) => {
      const v = get(path);
      return isList(v) && v.length <= max ? v : [];
    },
    error: (path, code, message, hint) => diagnostics.push(error(originOf(doc, path), code, message, hint)),
    errorAtChar: (path, index, code, message, hint) =>
      diagnostics.push(error(charOriginOf(doc, path, index), code, message, hint)),
    warning: (path, code, message, hint) => diagnostics.push(warning(originOf(doc, path), code, message, hint)),
    info: (path, code, message, hint) => diagnostics.push(info(originOf(doc, path), code, message, hint)),
  };
}
