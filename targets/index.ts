// The registry: the one list of output targets. Adding a target is a folder under targets/ and a line here.
import type { AnyTarget } from '../src/target.js';

export const targets: readonly AnyTarget[] = [];
