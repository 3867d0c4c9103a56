// Validation of a rule document against src/schema/rule.schema.json (ajv), with every error turned
// into a located diagnostic that names the field the way a rule author writes it.
import type { CoreCode } from '../codes.js';
import { readFileSync } from 'node:fs';
import type * as AjvModule from 'ajv';
import type { Ajv, ErrorObject, Options, ValidateFunction } from 'ajv';
import { error, type Diagnostic } from '../diagnostics.js';
import { ruleSchemaPath } from '../paths.js';
import { didYouMean, shown } from '../util/suggest.js';
import { keyOriginOf, originOf, pathToString, rawTextOf, valueAt, type Document } from './document.js';
import type { PathStep } from './yaml.js';

import { lazyRequire, loadPrecompiled } from '../precompiled.js';

const ajvOptions: Options = {
  allErrors: true,
  verbose: true,
  strict: true,
  strictTuples: false,
  strictRequired: false,
};

/** What names the precompiled validator: the options and the schema text. */
export const validatorSource = (schemaText: string): string => `${JSON.stringify(ajvOptions)}\n${schemaText}`;

/** An ajv instance with our options and formats (`code.source` keeps the code for standalone output). */
export function ruleAjv(keepSource = false): Ajv {
  const { Ajv: AjvClass } = lazyRequire('ajv') as typeof AjvModule;
  const formats = lazyRequire('ajv-formats') as { default: (ajv: Ajv) => Ajv };
  return formats.default(new AjvClass({ ...ajvOptions, ...(keepSource ? { code: { source: true } } : {}) }));
}

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (compiled === undefined) {
    const text = readFileSync(ruleSchemaPath, 'utf8');
    compiled =
      loadPrecompiled<ValidateFunction>('rule-validator', validatorSource(text)) ??
      ruleAjv().compile(JSON.parse(text) as object);
  }
  return compiled;
}

/** `/files/2/sha256` → ['files', 2, 'sha256'] (indices become numbers where the data is an array). */
function pointerToPath(pointer: string, data: unknown): PathStep[] {
  if (pointer === '') return [];
  const path: PathStep[] = [];
  let v: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const step = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(v) && /^\d+$/.test(step)) {
      path.push(Number(step));
      v = v[Number(step)];
    } else {
      path.push(step);
      v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[step] : undefined;
    }
  }
  return path;
}

function typeName(v: unknown): string {
  if (v === null) return 'empty (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'number') return Number.isInteger(v) ? 'an integer' : 'a number';
  return `a ${typeof v}`;
}

const expectedName: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
};

/** The field name at the end of a path, for field-specific codes and hints. */
const lastKey = (path: readonly PathStep[]): string | undefined =>
  path.findLast((step): step is string => typeof step === 'string');

function typeError(doc: Document, path: PathStep[], e: ErrorObject): Diagnostic {
  const at = originOf(doc, path);
  const where = pathToString(path);
  const expected = expectedName[String(e.params.type)] ?? String(e.params.type);
  const actual = valueAt(doc.value, path);
  const raw = rawTextOf(doc, path);
  if (expected === 'a string' && (typeof actual === 'number' || typeof actual === 'boolean') && raw !== undefined) {
    const key = lastKey(path);
    const hint =
      `quote it: ` + `${key !== undefined && typeof path[path.length - 1] === 'string' ? `${key}: ` : ''}"${raw}"`;
    const read = typeof actual === 'number' ? `the number ${String(actual)}` : `the boolean ${String(actual)}`;
    const code = key === 'version' || key === 'versions' ? 'version-not-string' : 'type';
    return error(at, code, `${where} must be a string; YAML read ${raw} as ${read}`, hint);
  }
  return error(at, 'type', `${where} must be ${expected}, got ${typeName(actual)}`);
}

function enumError(doc: Document, path: PathStep[], e: ErrorObject): Diagnostic {
  const allowed = (e.params.allowedValues as unknown[]).map(String);
  const actual = valueAt(doc.value, path);
  const hint =
    lastKey(path) === 'tlp' && actual === 'white'
      ? 'TLP 2.0 renamed TLP:WHITE to TLP:CLEAR: write tlp: clear'
      : typeof actual === 'string'
        ? didYouMean(actual, allowed)
        : undefined;
  return error(
    originOf(doc, path),
    'enum',
    `${pathToString(path)} must be one of ${allowed.join(', ')}; got ${shown(actual)}`,
    hint,
  );
}

function unknownKey(doc: Document, path: PathStep[], e: ErrorObject): Diagnostic {
  const key = String(e.params.additionalProperty);
  const keyPath = [...path, key];
  const known = Object.keys((e.parentSchema as { properties?: Record<string, unknown> }).properties ?? {});
  const hint =
    didYouMean(key, known) ??
    (known.length > 0 ? `known keys here: ${known.join(', ')}; prefix your own keys with x-` : undefined);
  return error(
    keyOriginOf(doc, keyPath),
    'unknown-key',
    `unknown key ${shown(key)} ${path.length === 0 ? 'at the top level' : `in ${pathToString(path)}`}`,
    hint,
  );
}

const patternCodes: Record<string, [code: CoreCode, what: string]> = {
  id: ['id-syntax', 'lower-case letters and digits in words joined by single hyphens (e.g. 3cx-desktopapp-2023)'],
  date: ['date-syntax', 'a date written YYYY-MM-DD'],
  modified: ['date-syntax', 'a date written YYYY-MM-DD'],
  expires: ['date-syntax', 'a date written YYYY-MM-DD'],
};

function keywordError(doc: Document, path: PathStep[], e: ErrorObject): Diagnostic {
  const where = pathToString(path);
  const at = originOf(doc, path);
  const actual = valueAt(doc.value, path);
  switch (e.keyword) {
    case 'type':
      return typeError(doc, path, e);
    case 'enum':
      return enumError(doc, path, e);
    case 'additionalProperties':
      return unknownKey(doc, path, e);
    case 'required': {
      const missing = String(e.params.missingProperty);
      return error(at, 'required', `${where} is missing required key '${missing}'`);
    }
    case 'const':
      return error(
        at,
        'format-version',
        `${where} must be ${shown(e.params.allowedValue)}; got ${shown(actual)}`,
        'this iocc reads format version 1',
      );
    case 'pattern': {
      const [code, what] = patternCodes[lastKey(path) ?? ''] ?? [
        'pattern',
        `text matching ${String(e.params.pattern)}`,
      ];
      return error(at, code, `${where} must be ${what}; got ${shown(actual)}`);
    }
    case 'format':
      return error(
        at,
        e.params.format === 'uuid' ? 'uuid-syntax' : 'schema',
        `${where} must be a valid ${String(e.params.format)}; got ${shown(actual)}`,
      );
    case 'maxLength':
      return error(
        at,
        'too-long',
        `${where} must be at most ${String(e.params.limit)} characters; got ` +
          `${String(typeof actual === 'string' ? actual.length : '?')}`,
      );
    case 'minLength':
      return error(at, 'empty', `${where} must not be empty`);
    case 'minItems':
      return error(at, 'empty', `${where} must list at least ${String(e.params.limit)} item(s)`);
    case 'maxItems':
      return error(
        at,
        'too-many',
        `${where} must list at most ${String(e.params.limit)} items; got ` +
          `${String(Array.isArray(actual) ? actual.length : '?')}`,
      );
    case 'minimum':
      return error(at, 'range', `${where} must be at least ${String(e.params.limit)}; got ${shown(actual)}`);
    default:
      return error(at, 'schema', `${where} ${e.message ?? 'is invalid'}`);
  }
}

const fileIdentity = ['sha256', 'sha1', 'md5', 'name', 'original_name'];

/**
 * ajv reports every failing branch of an `anyOf`. Keep what helps: the errors of the branch whose type
 * fits the value (a mapping for `{value: …}`), or one sentence when no branch fits.
 */
function resolveAnyOf(doc: Document, errors: ErrorObject[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const consumed = new Set<ErrorObject>();
  for (const e of errors) {
    if (e.keyword !== 'anyOf') continue;
    consumed.add(e);
    const prefix = `${e.schemaPath}/`;
    const branches = new Map<number, ErrorObject[]>();
    for (const sub of errors) {
      if (sub === e || !sub.schemaPath.startsWith(prefix) || !sub.instancePath.startsWith(e.instancePath)) continue;
      consumed.add(sub);
      const index = Number(sub.schemaPath.slice(prefix.length).split('/')[0]);
      branches.set(index, [...(branches.get(index) ?? []), sub]);
    }
    const path = pointerToPath(e.instancePath, doc.value);
    const all = [...branches.values()].flat();
    if (all.length > 0 && all.every((s) => s.keyword === 'required' && s.instancePath === e.instancePath)) {
      const names = all.map((s) => String(s.params.missingProperty));
      const file = names.every((n) => fileIdentity.includes(n));
      out.push(
        file
          ? error(
              originOf(doc, path),
              'file-identity',
              `${pathToString(path)} needs a hash (sha256, sha1 or md5) or a name`,
              'a file indicator is matched by its hash or its name',
            )
          : error(originOf(doc, path), 'required', `${pathToString(path)} needs ${names.join(' or ')}`),
      );
      continue;
    }
    const fitting = [...branches.entries()].find(
      ([, subs]) => !subs.some((s) => s.keyword === 'type' && s.instancePath === e.instancePath),
    );
    if (fitting === undefined) {
      const types = [...branches.values()]
        .flat()
        .filter((s) => s.keyword === 'type')
        .map((s) => expectedName[String(s.params.type)] ?? String(s.params.type));
      out.push(
        error(
          originOf(doc, path),
          'type',
          `${pathToString(path)} must be ${[...new Set(types)].join(' or ')}, got ` +
            `${typeName(valueAt(doc.value, path))}`,
        ),
      );
    } else {
      for (const sub of fitting[1]) out.push(keywordError(doc, pointerToPath(sub.instancePath, doc.value), sub));
    }
  }
  for (const e of errors) {
    if (!consumed.has(e)) out.push(keywordError(doc, pointerToPath(e.instancePath, doc.value), e));
  }
  return out;
}

export function validateAgainstSchema(doc: Document): Diagnostic[] {
  const validate = validator();
  if (validate(doc.value)) return [];
  // ajv reports every failing item; a few thousand say all a reader can use (the loader lists 200).
  return resolveAnyOf(doc, (validate.errors ?? []).slice(0, 5000));
}
