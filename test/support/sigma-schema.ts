// The Sigma v2 rule JSON schema (test/fixtures/sigma, see its NOTICE), compiled once for the tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import yaml from 'js-yaml';
import { fixtures } from './helpers.js';

// ajv-formats is CommonJS: its plugin is module.exports.default.
const addFormats = (createRequire(import.meta.url)('ajv-formats') as { default: (a: Ajv2020) => Ajv2020 }).default;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
export const validateSigmaSchema = ajv.compile(
  JSON.parse(readFileSync(join(fixtures, 'sigma', 'sigma-detection-rule-schema.json'), 'utf8')),
);

/** Loads YAML as SigmaHQ's schema check does: timestamps stay strings. */
export const parseSigmaYaml = <T = Record<string, unknown>>(text: string): T =>
  yaml.load(text, { schema: yaml.CORE_SCHEMA }) as T;
