import { beforeEach } from 'vitest';

/**
 * A value made inside each test that reads it (once per test), instead of in `beforeAll` or a describe body.
 * Mutation testing counts code run outside a test as covered by every test ("static"), and then runs the
 * whole suite for each of its mutants instead of the few tests that reach it: hours instead of minutes.
 */
export function perTest<T>(make: () => T): () => T {
  let made: { readonly value: T } | undefined;
  beforeEach(() => {
    made = undefined;
  });
  return () => (made ??= { value: make() }).value;
}
