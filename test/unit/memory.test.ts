// collectGarbage is a real full collection: an object nothing refers to is gone after it.
import { expect, test } from 'vitest';
import { collectGarbage } from '../../src/util/memory.js';

/** An 8 MB array that only a WeakRef refers to. */
const unreferenced = (): WeakRef<number[]> => new WeakRef(new Array<number>(1_000_000).fill(7));

test('collectGarbage frees what nothing refers to', async () => {
  const ref = unreferenced();
  // A WeakRef's target is kept until the current job ends.
  await new Promise((resolve) => setTimeout(resolve, 0));
  collectGarbage();
  expect(ref.deref()).toBeUndefined();
});
