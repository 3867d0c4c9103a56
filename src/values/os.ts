// The operating systems a rule can name; below the model so that value checks can use it.
export type Os = 'windows' | 'macos' | 'linux';
export const osValues: readonly Os[] = ['windows', 'macos', 'linux'];
