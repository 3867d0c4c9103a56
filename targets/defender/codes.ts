// The codes of this target's own diagnostics (a closed list: see src/codes.ts).
import { codesOf } from '../../src/target.js';

export const defenderDiagnostics = codesOf([
  'defender-budget',
  'defender-action',
  'defender-not-pe',
  'defender-file-action',
  'defender-cidr',
  'defender-private-ip',
]);
