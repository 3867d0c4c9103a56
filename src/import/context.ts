// Reading fields of untrusted JSON objects: a value of the wrong type is a located skip, never a crash.
import type { Origin } from '../diagnostics.js';
import type { Json, LocatedJson } from './json.js';
import type { Draft } from './draft.js';
import { checkAttack, lookupTechnique } from '../values/attack.js';

export type JsonObject = { [key: string]: Json };

export const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A list of strings of at most `max` characters each. */
const isStringList = (v: Json | undefined, max: number): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length <= max);

/** Reads typed fields of one object at a JSON pointer, reporting wrong types at their place. */
export class Fields {
  constructor(
    readonly json: LocatedJson,
    private readonly draft: Draft,
    readonly obj: JsonObject,
    readonly pointer: string,
  ) {}

  at(key?: string) {
    return this.json.at(key === undefined ? this.pointer : `${this.pointer}/${key}`);
  }

  private wrong(key: string, want: string): undefined {
    this.draft.skip(this.at(key), `${key} must be ${want}; left out`);
    return undefined;
  }

  string(key: string, max = 60000): string | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') return this.wrong(key, 'a string');
    if (v.length > max) return this.wrong(key, `at most ${max} characters`);
    return v;
  }

  oneOf<T extends string>(key: string, values: readonly T[]): T | undefined {
    const v = this.string(key, 100);
    if (v === undefined) return undefined;
    return (values as readonly string[]).includes(v) ? (v as T) : this.wrong(key, `one of ${values.join(', ')}`);
  }

  integer(key: string, min: number, max: number): number | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
      return this.wrong(key, `an integer from ${min} to ${max}`);
    return v;
  }

  boolean(key: string): boolean | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) return undefined;
    return typeof v === 'boolean' ? v : this.wrong(key, 'true or false');
  }

  strings(key: string, max = 4096): string[] | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) return undefined;
    return isStringList(v, max) ? v : this.wrong(key, 'a list of strings');
  }

  objects(key: string): { value: JsonObject; pointer: string }[] {
    const v = this.obj[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) return this.wrong(key, 'a list') ?? [];
    return v.flatMap((x, i) => {
      const pointer = `${this.pointer}/${key}/${i}`;
      if (isObject(x)) return [{ value: x, pointer }];
      this.draft.skip(this.json.at(pointer), `${key}[${i}] must be an object; left out`);
      return [];
    });
  }

  child(key: string, value: JsonObject): Fields {
    return new Fields(this.json, this.draft, value, `${this.pointer}/${key}`);
  }
}

export const os = ['windows', 'macos', 'linux'] as const;
export const roles = ['installer', 'application', 'library', 'payload', 'other'] as const;

/** A `YYYY-MM-DD` from an ISO timestamp, or undefined. */
export const dateOf = (ts: string | undefined): string | undefined =>
  ts !== undefined && /^\d{4}-\d{2}-\d{2}/.test(ts) ? ts.slice(0, 10) : undefined;

/** An ATT&CK technique or tactic the loader accepts, or a located skip. */
export function addAttack(draft: Draft, raw: string, at: Origin): void {
  const c = checkAttack(raw);
  if (!c.ok) return draft.skip(at, c.message);
  if (c.kind === 'technique' && lookupTechnique(c.value).status === 'unknown')
    return draft.skip(at, `${c.value} is not in ATT&CK Enterprise (the table iocc ships); left out`);
  draft.addUnique('attack', c.value);
}
