// YAML with a source position for every node.
//
// js-yaml has no AST, but its `listener` option reports an `open` and a `close` event for every node it
// composes. We rebuild a node tree from those events: `open` gives the offset where the parser started
// looking for the node (before separating white space), `close` gives the offset after it.
// The core schema keeps dates as strings (no timestamp type) and has no merge keys.
import yaml from 'js-yaml';
import type { Diagnostic } from '../diagnostics.js';
import { error } from '../diagnostics.js';
import { originAt, originOfMark, type SourceText } from './source.js';

export type NodeKind = 'scalar' | 'mapping' | 'sequence' | 'empty';

export interface YamlNode {
  readonly kind: NodeKind;
  readonly value: unknown;
  /** Offset of the first character of the node (its anchor, tag, quote or indicator). */
  readonly start: number;
  /** Offset after the node. */
  readonly end: number;
  /** Mapping: key, value, key, value…; sequence: the items; scalar: none. */
  readonly children: readonly YamlNode[];
}

export type ParseResult =
  | { readonly ok: true; readonly value: unknown; readonly root: YamlNode | undefined }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

// Rule files are at most a handful of levels deep; anything deeper is hostile or a mistake.
const MAX_DEPTH = 32;

interface Frame {
  readonly open: number;
  readonly children: YamlNode[];
}

interface ListenerState {
  readonly position: number;
  readonly kind: string | null;
  readonly result: unknown;
  readonly anchor: string | null;
}

/** What the listener reads of js-yaml's state: `anchor` is there at run time but not in its types. */
const listenerState = (s: yaml.State): ListenerState => ({
  position: s.position,
  kind: s.kind,
  result: s.result as unknown,
  anchor: 'anchor' in s && typeof s.anchor === 'string' ? s.anchor : null,
});

/** Skips white space, line breaks and comments from `pos`; stops at `limit`. */
function skipSeparation(text: string, pos: number, limit: number): number {
  let i = pos;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff) i++;
    else if (c === 0x23 /* # */ && (i === 0 || /\s/.test(text[i - 1] ?? ' '))) {
      while (i < limit && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i++;
    } else break;
  }
  return i;
}

function kindOf(state: ListenerState, start: number, end: number, text: string): NodeKind {
  if (state.kind === 'mapping' || state.kind === 'sequence') return state.kind;
  if (state.kind === 'scalar' && !(state.result === null && text.slice(start, end).trim() === '')) return 'scalar';
  return 'empty';
}

export function parseYaml(src: SourceText): ParseResult {
  const { text } = src;
  const stack: Frame[] = [{ open: 0, children: [] }];
  const anchors: Diagnostic[] = [];

  const listener = (event: yaml.EventType, yamlState: yaml.State): void => {
    const state = listenerState(yamlState);
    if (event === 'open') {
      stack.push({ open: state.position, children: [] });
      return;
    }
    const frame = stack.pop();
    const parent = stack[stack.length - 1];
    if (frame === undefined || parent === undefined) return;
    const end = state.position;
    const start = Math.min(skipSeparation(text, frame.open, end), end);
    const kind = kindOf(state, start, end, text);
    let node: YamlNode = {
      kind,
      value: state.result,
      start: kind === 'empty' ? frame.open : start,
      end,
      children: frame.children,
    };
    // js-yaml composes some nodes twice (a block-mapping attempt that turns out to be a scalar, flow
    // collections): the outer node then wraps one child with the very same value. Keep the inner one.
    const only = frame.children.length === 1 ? frame.children[0] : undefined;
    if (only !== undefined && Object.is(only.value, node.value) && only.kind === node.kind) node = only;
    if (state.anchor !== null) {
      anchors.push(
        error(
          originAt(src, node.start),
          'yaml-anchor',
          `YAML anchors and aliases are not allowed in rule files (anchor &${state.anchor})`,
          'write the value out in full; anchors would let a small file expand into a huge one',
        ),
      );
    }
    parent.children.push(node);
  };

  // js-yaml 4.3 takes maxDepth; its types do not list it yet.
  const options: yaml.LoadOptions & { readonly maxDepth: number } = {
    filename: src.file,
    schema: yaml.CORE_SCHEMA,
    json: false,
    maxDepth: MAX_DEPTH,
    listener,
  };
  let value: unknown;
  try {
    value = yaml.load(text, options);
  } catch (e) {
    return { ok: false, diagnostics: [yamlErrorDiagnostic(src, e)] };
  }
  if (anchors.length > 0) return { ok: false, diagnostics: anchors };
  return { ok: true, value, root: stack[0]?.children[0] };
}

/** After a `...` (document end), the first line with content: where a document without `---` starts. */
function afterDocumentEnd(text: string): number | undefined {
  const end = /^\.\.\.(?=[ \t\r\n]|$)/m.exec(text);
  if (end === null) return undefined;
  const content = /^[ \t]*[^ \t\r\n#]/gm;
  content.lastIndex = end.index + 3;
  return content.exec(text)?.index;
}

/** Where the second document of a multi-document stream starts (its `---`), if it can be found. */
function secondDocument(text: string): number | undefined {
  const markers = [...text.matchAll(/^---(?=[ \t\r\n]|$)/gm)].map((m) => m.index);
  const first = markers[0];
  if (first === undefined) return afterDocumentEnd(text);
  const before = text
    .slice(0, first)
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim() !== '' && !l.trim().startsWith('#') && !l.startsWith('%'));
  return before.length > 0 ? first : markers[1];
}

function yamlErrorDiagnostic(src: SourceText, e: unknown): Diagnostic {
  if (e instanceof yaml.YAMLException) {
    const mark = e.mark as { line?: number; column?: number } | undefined;
    const at = originOfMark(src, mark?.line ?? 0, mark?.column ?? 0);
    const reason = e.reason || 'invalid YAML';
    if (/duplicated mapping key/.test(reason)) {
      return error(at, 'duplicate-key', 'duplicated mapping key', 'each key may appear once per mapping');
    }
    if (/nesting exceeded maxDepth/.test(reason)) {
      return error(at, 'yaml-depth', `YAML nesting deeper than ${MAX_DEPTH} levels`);
    }
    if (/expected a single document/.test(reason)) {
      const offset = secondDocument(src.text);
      return error(
        offset === undefined ? at : originAt(src, offset),
        'yaml-syntax',
        'a rule file holds one YAML document; this starts another',
        'split it into one file per rule',
      );
    }
    if (/unidentified alias|alias/.test(reason)) {
      return error(at, 'yaml-anchor', `YAML aliases are not allowed in rule files (${reason})`);
    }
    const line = src.text.slice(src.lineStarts[at.line - 1] ?? 0, src.lineStarts[at.line] ?? src.text.length);
    const defanged = /\[\.\]|\(\.\)|\[:\]/.test(line);
    return error(
      at,
      'yaml-syntax',
      reason,
      defanged ? "quote defanged values, e.g. 'evil[.]example[.]com': YAML reads [ and ] as a list" : undefined,
    );
  }
  // js-yaml throws plain errors only on internal faults; still report them as located input errors.
  return error({ file: src.file, line: 1, col: 1 }, 'yaml-syntax', e instanceof Error ? e.message : String(e));
}

/** A step of a JSON-pointer-like path into a document: a mapping key or a sequence index. */
export type PathStep = string | number;

export interface Located {
  /** The value node at the path, if it exists. */
  readonly node: YamlNode | undefined;
  /** The key node naming the value, when the last step is a mapping key. */
  readonly key: YamlNode | undefined;
  /** The deepest node that exists along the path. */
  readonly nearest: YamlNode | undefined;
}

function mappingEntry(node: YamlNode, key: string): { key: YamlNode; value: YamlNode } | undefined {
  const cs = node.children;
  for (let i = 0; i + 1 < cs.length; i += 2) {
    const k = cs[i];
    const v = cs[i + 1];
    if (k !== undefined && v !== undefined && String(k.value) === key) return { key: k, value: v };
  }
  return undefined;
}

export function locate(root: YamlNode | undefined, path: readonly PathStep[]): Located {
  let node = root;
  let key: YamlNode | undefined;
  let nearest = root;
  for (const step of path) {
    if (node === undefined) return { node: undefined, key: undefined, nearest };
    if (node.kind === 'mapping') {
      const entry = mappingEntry(node, String(step));
      if (entry === undefined) return { node: undefined, key: undefined, nearest };
      key = entry.key;
      node = entry.value;
    } else if (node.kind === 'sequence' && typeof step === 'number') {
      key = undefined;
      node = node.children[step];
    } else {
      return { node: undefined, key: undefined, nearest };
    }
    if (node !== undefined) nearest = node;
  }
  return { node, key, nearest };
}

/** The text of a scalar exactly as written (used in hints, e.g. to show how to quote `18.10`). */
export function rawText(src: SourceText, node: YamlNode): string {
  return src.text.slice(node.start, node.end).trim();
}
