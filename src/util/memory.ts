// Between the steps of a large build (one target, the next), what the previous step made is garbage,
// but V8 sizes its heap from what survived its last full collection, and lets it grow to several times
// that before collecting again: a million-indicator build peaked at 2.39 GiB, most of it dead. A full
// collection where a step ends lets the next step start from the live heap (1.45 GiB then). It costs
// time (that build: 4:01 without, 4:31 with, on a shared machine), so only large builds do it.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Observables from which a build collects garbage between its steps. */
export const largeBuild = 100_000;

let collect: (() => void) | undefined;

const isCallable = (f: unknown): f is () => void => typeof f === 'function';

/** A full garbage collection (V8's gc(), exposed on first use). */
export function collectGarbage(): void {
  if (collect === undefined) {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    if (!isCallable(gc)) return; // a runtime without it: the build only uses more memory
    collect = gc;
  }
  collect();
}
