// The codes of this target's own diagnostics (a closed list: see src/codes.ts).
import { codesOf } from '../../src/target.js';

export const stixDiagnostics = codesOf(['stix-file']);
