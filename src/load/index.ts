// Loading rule files: bytes → text → YAML with positions → schema → rule drafts, collecting every
// problem of every file rather than stopping at the first.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { capFileDiagnostics, error, hasErrors, type Diagnostic } from '../diagnostics.js';
import { timed, type Timings } from '../util/timing.js';
import { decodeUtf8 } from '../util/utf8.js';
import type { Document } from './document.js';
import type { LoadedRule } from '../model/input.js';
import { readRule } from './rule.js';
import { validateAgainstSchema } from './schema.js';
import { originAt, sourceText } from './source.js';
import { checkText } from './text.js';
import { parseYaml } from './yaml.js';
import type { RuleFile } from './discover.js';
import { append } from '../util/array.js';

export type { LoadedRule } from '../model/input.js';

export interface Loaded {
  readonly rules: readonly LoadedRule[];
  readonly diagnostics: readonly Diagnostic[];
}

/** The rule file's own problems capped; those of the lists it names were capped as each list was read. */
function capped(file: string, ds: readonly Diagnostic[]): Diagnostic[] {
  return [
    ...capFileDiagnostics(
      file,
      ds.filter((d) => d.file === file),
    ),
    ...ds.filter((d) => d.file !== file),
  ];
}

/** Rule files larger than this are refused before parsing (a feed belongs in a hash list). */
export const maxRuleFileBytes = 256 * 1024 * 1024;

export interface LoadedText {
  readonly file: string;
  readonly bytes: Uint8Array;
  /** The folder of the rule file on disk, where its `files_from` lists are. */
  readonly dir?: string;
}

/** Loads one rule from its bytes; `file` is the path shown in diagnostics. */
export function loadRuleText(
  { file, bytes, dir }: LoadedText,
  timings?: Timings,
): { rule?: LoadedRule; diagnostics: Diagnostic[] } {
  const start = { file, line: 1, col: 1 };
  const decoded = timed(timings, 'parse', () => decodeUtf8(bytes));
  if (!decoded.ok) {
    const at = originAt(sourceText(file, decoded.prefix), decoded.prefix.length);
    return {
      diagnostics: [error(at, 'encoding', `invalid UTF-8 at byte ${decoded.offset}`, 'save the file as UTF-8')],
    };
  }
  const src = sourceText(file, decoded.text);
  const nul = decoded.text.indexOf('\u0000');
  if (nul >= 0)
    return {
      diagnostics: [
        error(
          originAt(src, nul),
          'control-character',
          'the file contains a NUL byte',
          'rule files are text; remove it',
        ),
      ],
    };
  const parsed = timed(timings, 'parse', () => parseYaml(src));
  if (!parsed.ok) return { diagnostics: [...parsed.diagnostics] };
  if (parsed.value === undefined || parsed.value === null) {
    return {
      diagnostics: [error(start, 'empty-file', 'the file holds no rule', 'start from an existing rule in rules/')],
    };
  }
  const document: Document = { src, value: parsed.value, root: parsed.root };
  const textDiagnostics = timed(timings, 'validate', () => checkText(document));
  const schemaDiagnostics = timed(timings, 'validate', () => validateAgainstSchema(document));
  const read = timed(timings, 'validate', () => readRule(document, dir));
  const diagnostics = capped(file, [...textDiagnostics, ...schemaDiagnostics, ...read.diagnostics]);
  if (read.draft === undefined || hasErrors(diagnostics)) return { diagnostics };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const rule = {
    draft: read.draft,
    benign: read.benign,
    source: { file, sha256 },
    acknowledgements: read.acknowledgements,
  };
  return { rule, diagnostics };
}

export function loadRuleFiles(files: readonly RuleFile[], timings?: Timings): Loaded {
  const rules: LoadedRule[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const f of files) {
    const size = statSync(f.absolute).size;
    if (size > maxRuleFileBytes) {
      diagnostics.push(
        error(
          { file: f.display, line: 1, col: 1 },
          'file-too-large',
          `rule file is ${size} bytes; at most ${maxRuleFileBytes} are read`,
        ),
      );
      continue;
    }
    const bytes = timed(timings, 'read', () => readFileSync(f.absolute));
    const result = loadRuleText({ file: f.display, bytes, dir: dirname(f.absolute) }, timings);
    append(diagnostics, result.diagnostics);
    if (result.rule !== undefined) rules.push(result.rule);
  }
  return { rules, diagnostics };
}
