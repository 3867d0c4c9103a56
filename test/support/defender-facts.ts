// Microsoft's words about the Defender indicator import, copied by hand into test/fixtures/defender (see its
// NOTICE): the tests check the Defender target against these, never against the target's own constants.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtures } from './helpers.js';

const fixture = (name: string): string => readFileSync(join(fixtures, 'defender', name), 'utf8');

/** The alert categories Microsoft documents (PascalCase). */
export const categories: readonly string[] = fixture('categories.txt').trim().split('\n');

/** The header row of the portal's sample CSV, in order. */
export const header: readonly string[] = fixture('sample-header.csv').trim().split(',');
