// The progress line of a long build: only after a few seconds, redrawn in place, cleared at the end.
import { describe, expect, test } from 'vitest';
import { progressLine, terminalProgress } from '../src/progress.js';

function clock(): { now: () => number; advance: (ms: number) => void } {
  let t = 0;
  return { now: () => t, advance: (ms) => (t += ms) };
}

describe('progress on a terminal', () => {
  test('says the stage, which target of how many, the files written and the time', () => {
    expect(progressLine('target:sigma', 1204, 14_200, '2/6')).toBe(
      'iocc: target:sigma (2/6) · 1,204 files written · 14 s',
    );
    expect(progressLine('parse', 0, 3_000)).toBe('iocc: parse · 3 s');
  });

  test('draws nothing in the first seconds, so a quick build prints what it printed before', () => {
    const out: string[] = [];
    const c = clock();
    const p = terminalProgress(
      (s) => out.push(s),
      () => 80,
      { now: c.now, targets: ['yara'] },
    );
    p.stage('parse');
    c.advance(1000);
    p.stage('target:yara');
    p.wrote('yara/a.yar');
    p.end();
    expect(out).toEqual([]);
  });

  test('after that, redraws one line at most every 250 ms and clears it at the end', () => {
    const out: string[] = [];
    const c = clock();
    const p = terminalProgress(
      (s) => out.push(s),
      () => 80,
      { now: c.now, targets: ['osquery', 'yara'] },
    );
    c.advance(2500);
    p.stage('target:yara');
    p.wrote('yara/a.yar');
    c.advance(300);
    p.wrote('yara/b.yar');
    p.end();
    expect(out).toEqual([
      '\r\u001b[2Kiocc: target:yara (2/2) · 3 s',
      '\r\u001b[2Kiocc: target:yara (2/2) · 2 files written · 3 s',
      '\r\u001b[2K',
    ]);
  });

  test('never wider than the terminal', () => {
    const out: string[] = [];
    const c = clock();
    const p = terminalProgress(
      (s) => out.push(s),
      () => 20,
      { now: c.now },
    );
    c.advance(5000);
    p.stage('target:a-very-long-target-name');
    expect(out[0]).toBe('\r\u001b[2Kiocc: target:a-very');
  });
});
