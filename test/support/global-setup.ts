import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Builds the project once before the tests (as `npm run build` does), so child-process tests run what `npm ci` builds.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.json`], {
    stdio: 'inherit',
  });
  execFileSync(process.execPath, [`${root}build/scripts/precompile.js`], { stdio: 'ignore' });
}
