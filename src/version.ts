import { readPackageJson } from './paths.js';

/** iocc's own version, as in package.json; written into every manifest. */
export const ioccVersion: string = readPackageJson().version;

/** The version of the canonical rule format (the `iocc:` key of a rule file). */
export const formatVersion = 1;

/** The version of the layout of dist/ (manifest.json, coverage.json, SHA256SUMS). */
export const distFormatVersion = 1;
