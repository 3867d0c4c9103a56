// Start-up: compiling the rule schema (ajv) and the templates (Handlebars) cost more than the rest of a
// small build. `npm run build` compiles them ahead into build/generated/ (scripts/precompile.ts), each
// file named by a hash of its source and options: an edited schema or template never finds a stale
// file, it is compiled at run time instead, exactly as before.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from './paths.js';

/** For CommonJS modules loaded only when needed (ajv, Handlebars, the generated files). */
export const lazyRequire = createRequire(import.meta.url);

export const generatedDir = join(packageRoot, 'build', 'generated');

export type PrecompiledKind = 'rule-validator' | 'template';

export const precompiledPath = (kind: PrecompiledKind, source: string): string =>
  join(generatedDir, `${kind}-${createHash('sha256').update(source).digest('hex').slice(0, 20)}.cjs`);

/** The module generated for exactly this source, if `npm run build` made one (IOCC_PRECOMPILED=0: never). */
export function loadPrecompiled<T>(kind: PrecompiledKind, source: string): T | undefined {
  if (process.env['IOCC_PRECOMPILED'] === '0') return undefined;
  const path = precompiledPath(kind, source);
  return existsSync(path) ? (lazyRequire(path) as T) : undefined;
}
