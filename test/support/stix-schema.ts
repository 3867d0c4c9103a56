// The OASIS STIX 2.1 JSON schemas (test/fixtures/stix/schemas, BSD-3-Clause) compiled with ajv, and a
// validator per object type: validating object by object gives one precise error instead of the
// bundle schema's hundreds of anyOf branches.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { root } from './helpers.js';

// ajv-formats is CommonJS: its plugin is module.exports.default.
const addFormats = (createRequire(import.meta.url)('ajv-formats') as { default: (a: Ajv2020) => Ajv2020 }).default;
const base = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/';
const dir = join(root, 'test/fixtures/stix/schemas');

let validators: Map<string, ValidateFunction> | undefined;

function load(): Map<string, ValidateFunction> {
  // unicodeRegExp: false — core.json's `\-?` is not valid under the u flag.
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    validateSchema: false,
    unicodeRegExp: false,
  });
  addFormats(ajv);
  const byType = new Map<string, string>();
  for (const folder of ['common', 'sdos', 'sros', 'observables']) {
    for (const file of readdirSync(join(dir, folder)).sort()) {
      const schema = JSON.parse(readFileSync(join(dir, folder, file), 'utf8')) as Record<string, unknown>;
      delete schema['$schema'];
      ajv.addSchema(schema);
      byType.set(file.replace(/\.json$/, ''), `${base}${folder}/${file}`);
    }
  }
  const out = new Map<string, ValidateFunction>();
  for (const [type, id] of byType) out.set(type, ajv.getSchema(id) as ValidateFunction);
  return out;
}

const show = (e: ErrorObject): string => `${e.instancePath || '/'} ${e.message ?? ''}`;

/** The schema errors of one STIX object, by its type's OASIS schema; an unknown type is an error. */
export function stixErrors(object: { readonly type?: unknown }): string[] {
  validators ??= load();
  const v = typeof object.type === 'string' ? validators.get(object.type) : undefined;
  if (v === undefined) return [`no OASIS schema for type ${String(object.type)}`];
  return v(object) ? [] : (v.errors ?? []).map(show);
}

/** The errors of a whole bundle by bundle.json (noisy when invalid: check the objects one by one first). */
export function bundleErrors(bundle: unknown): string[] {
  validators ??= load();
  const v = validators.get('bundle') as ValidateFunction;
  return v(bundle) ? [] : (v.errors ?? []).slice(0, 5).map(show);
}
