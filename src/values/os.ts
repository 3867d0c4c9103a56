// The operating systems a rule can name; below the model so that value checks can use it.
export type Os = 'windows' | 'macos' | 'linux';
export const osValues: readonly Os[] = ['windows', 'macos', 'linux'];

/** An OS as its vendor writes it, in titles, comments and coverage reasons. */
export const osText: Readonly<Record<Os, string>> = { windows: 'Windows', macos: 'macOS', linux: 'Linux' };
