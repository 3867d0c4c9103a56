// Files that ship with iocc (its schema, its package.json), found from this module whether it runs
// compiled (build/src/…) or as TypeScript under the test runner (src/…).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src', 'schema'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`iocc: cannot find its package root above ${from}`);
    dir = up;
  }
}

export const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

export const ruleSchemaPath = join(packageRoot, 'src', 'schema', 'rule.schema.json');

export function readPackageJson(): { name: string; version: string } {
  return JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { name: string; version: string };
}
