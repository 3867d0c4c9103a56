// Wall time per pipeline stage, for the benchmark (never for decisions: the build's output must not
// depend on how fast it ran).
import { performance } from 'node:perf_hooks';

export class Timings {
  readonly ms: Record<string, number> = {};

  time<T>(stage: string, fn: () => T): T {
    const start = performance.now();
    try {
      return fn();
    } finally {
      this.ms[stage] = (this.ms[stage] ?? 0) + performance.now() - start;
    }
  }
}

/** Runs `fn`, timing it when a Timings is given. */
export const timed = <T>(timings: Timings | undefined, stage: string, fn: () => T): T =>
  timings === undefined ? fn() : timings.time(stage, fn);
