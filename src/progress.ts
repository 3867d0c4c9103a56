// Progress of a long build on a terminal: one line on stderr, redrawn in place, saying the stage, the
// files written and the time taken. It appears only after a few seconds (a quick build prints
// nothing more than before) and only on a TTY; `--quiet` turns it off. It never reaches stdout.
import { Timings } from './util/timing.js';
import type { Sink } from './sink.js';

export interface Progress {
  /** A stage of the pipeline begins: `parse`, `target:sigma`, `reports` … */
  stage(name: string): void;
  /** One more file was written. */
  wrote(path: string): void;
  /** The build is over: the line is cleared. */
  end(): void;
}

/** What the line says: `iocc: target:sigma (3/6) · 1,204 files written · 14 s`. */
export function progressLine(stage: string, files: number, elapsedMs: number, targets?: string): string {
  const parts = [`iocc: ${stage}${targets === undefined ? '' : ` (${targets})`}`];
  if (files > 0) parts.push(`${files.toLocaleString('en-US')} files written`);
  parts.push(`${Math.round(elapsedMs / 1000)} s`);
  return parts.join(' · ');
}

export interface TerminalOptions {
  /** Nothing is drawn before this many milliseconds. */
  readonly after?: number;
  /** At most one redraw per this many milliseconds. */
  readonly every?: number;
  /** Target ids of the build, to say which one of how many is running. */
  readonly targets?: readonly string[];
  readonly now?: () => number;
}

/** Progress drawn on a terminal through `write` (raw text: the line is redrawn with \r). */
export function terminalProgress(
  write: (text: string) => void,
  columns: () => number,
  options: TerminalOptions = {},
): Progress {
  const now = options.now ?? Date.now;
  const start = now();
  const after = options.after ?? 2000;
  const every = options.every ?? 250;
  let stage = 'starting';
  let files = 0;
  let drawnAt = -Infinity;
  let drawn = false;
  const draw = (force: boolean): void => {
    const t = now();
    if (t - start < after || (!force && t - drawnAt < every)) return;
    const id = stage.startsWith('target:') ? stage.slice('target:'.length) : undefined;
    const index = id === undefined ? -1 : (options.targets ?? []).indexOf(id);
    const of = index < 0 ? undefined : `${index + 1}/${options.targets?.length ?? 0}`;
    const line = progressLine(stage, files, t - start, of).slice(0, Math.max(10, (columns() || 80) - 1));
    write(`\r\u001b[2K${line}`);
    drawnAt = t;
    drawn = true;
  };
  return {
    stage(name) {
      stage = name;
      draw(true);
    },
    wrote() {
      files++;
      draw(false);
    },
    end() {
      if (drawn) write('\r\u001b[2K');
    },
  };
}

/** Timings that also tell `progress` when each stage begins. */
export function progressTimings(progress: Progress | undefined, inner: Timings | undefined): Timings | undefined {
  if (progress === undefined) return inner;
  return new (class extends Timings {
    override time<T>(stage: string, fn: () => T): T {
      progress.stage(stage);
      return inner === undefined ? fn() : inner.time(stage, fn);
    }
  })();
}

/** A sink that tells `progress` of every file written through it. */
export function progressSink(progress: Progress | undefined, sink: Sink): Sink {
  if (progress === undefined) return sink;
  return {
    write(path, chunks) {
      const written = sink.write(path, chunks);
      progress.wrote(path);
      return written;
    },
  };
}
