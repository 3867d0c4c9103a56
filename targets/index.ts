// The registry: the one list of output targets. Adding a target is a folder under targets/ and a line here.
import type { AnyTarget } from '../src/target.js';
import { defender } from './defender/index.js';
import { kql } from './kql/index.js';
import { osquery } from './osquery/index.js';
import { sigma } from './sigma/index.js';
import { stix } from './stix/index.js';
import { yara } from './yara/index.js';

export const targets: readonly AnyTarget[] = [osquery, sigma, yara, defender, kql, stix];
