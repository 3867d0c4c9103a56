// Part of `npm run build`: writes build/generated/ — the rule schema's validator as ajv standalone code
// and every target template as a Handlebars spec — so a build starts without compiling them.
// src/precompiled.ts explains how they are named and why they are never used stale.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validatorSource, ruleAjv } from '../src/load/schema.js';
import { packageRoot, ruleSchemaPath } from '../src/paths.js';
import { generatedDir, lazyRequire, precompiledPath } from '../src/precompiled.js';
import { precompileTemplate, templateSource } from '../src/template.js';

const standaloneCode = (lazyRequire('ajv/dist/standalone') as { default: (ajv: unknown, validate: unknown) => string })
  .default;

rmSync(generatedDir, { recursive: true, force: true });
mkdirSync(generatedDir, { recursive: true });

const schemaText = readFileSync(ruleSchemaPath, 'utf8');
const ajv = ruleAjv(true);
writeFileSync(
  precompiledPath('rule-validator', validatorSource(schemaText)),
  standaloneCode(ajv, ajv.compile(JSON.parse(schemaText) as object)),
);

const targetsDir = join(packageRoot, 'targets');
let templates = 0;
for (const target of readdirSync(targetsDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const file of readdirSync(join(targetsDir, target.name)).filter((f) => f.endsWith('.hbs'))) {
    const text = readFileSync(join(targetsDir, target.name, file), 'utf8');
    writeFileSync(precompiledPath('template', templateSource(text)), `module.exports = ${precompileTemplate(text)};\n`);
    templates++;
  }
}
process.stdout.write(`precompiled the rule validator and ${templates} template(s) into build/generated/\n`);
