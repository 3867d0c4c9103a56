// A parser of the STIX 2.1 patterning language, written from the OASIS ANTLR grammar
// (STIXPattern.g4 in oasis-open/cti-stix2-json-schemas, pattern_grammar/): the same tokens, with
// ANTLR's longest-match-then-first-rule lexing, and the same productions with their precedence
// (FOLLOWEDBY < OR < AND for observations; OR < AND for comparisons). On top of the syntax it makes the
// checks stix2-patterns v2.0.0 makes (hash values per algorithm, no IN on hashes),
// and one stricter check: hash keys must be the hash-algorithm-ov names exactly. `iocc import stix`
// reads patterns with it, and the tests check every pattern the STIX target writes with it.

export type Literal =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'int' | 'float'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'hex' | 'binary' | 'timestamp'; readonly value: string };

export interface ObjectPath {
  readonly objectType: string;
  /** Property names (unquoted or from a quoted step) and list indexes (`*` for any). */
  readonly steps: readonly (string | number)[];
}

export type Comparison =
  | {
      readonly kind: 'test';
      readonly path: ObjectPath;
      readonly negated: boolean;
      readonly op: string;
      readonly value: Literal | readonly Literal[];
    }
  | { readonly kind: 'exists'; readonly path: ObjectPath }
  | { readonly kind: 'and' | 'or'; readonly left: Comparison; readonly right: Comparison };

export type Qualifier =
  | { readonly kind: 'within'; readonly seconds: number }
  | { readonly kind: 'repeats'; readonly times: number }
  | { readonly kind: 'start-stop'; readonly start: string; readonly stop: string };

export type Observation =
  | { readonly kind: 'observation'; readonly comparison: Comparison; readonly qualifiers: readonly Qualifier[] }
  | { readonly kind: 'and' | 'or' | 'followedby'; readonly left: Observation; readonly right: Observation };

export class PatternError extends Error {}

interface Token {
  readonly type: string;
  readonly text: string;
  readonly at: number;
}

const keywords = [
  'AND',
  'OR',
  'NOT',
  'FOLLOWEDBY',
  'LIKE',
  'MATCHES',
  'ISSUPERSET',
  'ISSUBSET',
  'EXISTS',
  'LAST',
  'IN',
  'START',
  'STOP',
  'SECONDS',
  'TRUE',
  'FALSE',
  'WITHIN',
  'REPEATS',
  'TIMES',
];
const b64 = '[A-Za-z0-9+/]';
// In the grammar's order: on a tie in length, the first wins (as ANTLR's lexer does).
const lexerRules: readonly (readonly [string, RegExp])[] = [
  ['IntNeg', /-(?:0|[1-9][0-9]*)/y],
  ['IntPos', /\+?(?:0|[1-9][0-9]*)/y],
  ['FloatNeg', /-[0-9]*\.[0-9]+/y],
  ['FloatPos', /\+?[0-9]*\.[0-9]+/y],
  ['Hex', /h'(?:[A-Fa-f0-9]{2})*'/y],
  ['Binary', new RegExp(`b'(?:${b64}{4})*(?:${b64}{4}|${b64}{3}=|${b64}{2}==)'`, 'y')],
  ['String', /'(?:[^'\\]|\\'|\\\\)*'/y],
  ['Bool', /true|false/y],
  [
    'Timestamp',
    new RegExp(
      String.raw`t'[0-9]{4}-(?:0[1-9]|1[012])-(?:0[1-9]|[12][0-9]|3[01])` +
        String.raw`T(?:[01][0-9]|2[0-3]):[0-5][0-9]:(?:[0-5][0-9]|60)(?:\.[0-9]+)?Z'`,
      'y',
    ),
  ],
  ...keywords.map((k) => [k, new RegExp(k === 'TRUE' || k === 'FALSE' ? k.toLowerCase() : k, 'y')] as const),
  ['IdentWithout', /[a-zA-Z_][a-zA-Z0-9_]*/y],
  ['IdentWith', /[a-zA-Z_][a-zA-Z0-9_-]*/y],
  ['EQ', /==|=/y],
  ['NEQ', /!=|<>/y],
  ['LT', /</y],
  ['LE', /<=/y],
  ['GT', />/y],
  ['GE', />=/y],
  ['QUOTE', /'/y],
  ['COLON', /:/y],
  ['DOT', /\./y],
  ['COMMA', /,/y],
  ['RPAREN', /\)/y],
  ['LPAREN', /\(/y],
  ['RBRACK', /\]/y],
  ['LBRACK', /\[/y],
  ['PLUS', /\+/y],
  ['MINUS', /-/y],
  ['POWER', /\^/y],
  ['DIVIDE', /\//y],
  ['ASTERISK', /\*/y],
  ['WS', /[ \t\r\n\u000B\u000C\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/y],
  ['COMMENT', /\/\*[\s\S]*?\*\//y],
  ['LINE_COMMENT', /\/\/[^\r\n]*/y],
];

export function tokenize(input: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  while (at < input.length) {
    let best: Token | undefined;
    for (const [type, re] of lexerRules) {
      re.lastIndex = at;
      const m = re.exec(input);
      if (m !== null && m[0].length > 0 && (best === undefined || m[0].length > best.text.length))
        best = { type, text: m[0], at };
    }
    if (best === undefined) throw new PatternError(`invalid character ${JSON.stringify(input[at])} at ${at}`);
    if (best.type !== 'WS' && best.type !== 'COMMENT' && best.type !== 'LINE_COMMENT') out.push(best);
    at += best.text.length;
  }
  return out;
}

const unquote = (text: string): string => text.slice(1, -1).replace(/\\(['\\])/g, '$1');

/** Parentheses nested deeper than this are refused (a hostile pattern must not exhaust the stack). */
const maxNesting = 100;

class Parser {
  private i = 0;
  private depth = 0;
  private enter(): void {
    if (++this.depth > maxNesting) throw new PatternError(`parentheses nested deeper than ${maxNesting}`);
  }
  constructor(private readonly tokens: readonly Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }
  private accept(...types: string[]): Token | undefined {
    const t = this.peek();
    if (t !== undefined && types.includes(t.type)) {
      this.i++;
      return t;
    }
    return undefined;
  }
  private expect(...types: string[]): Token {
    const t = this.accept(...types);
    if (t === undefined) {
      const got = this.peek();
      throw new PatternError(
        `expected ${types.join(' or ')}, got ` +
          `${got === undefined ? 'end of input' : `${got.type} ${JSON.stringify(got.text)} at ${got.at}`}`,
      );
    }
    return t;
  }

  pattern(): Observation {
    if (this.peek()?.type !== 'LBRACK' && this.peek()?.type !== 'LPAREN')
      throw new PatternError('input is missing square brackets');
    const o = this.observations();
    if (this.peek() !== undefined) this.expect('end of input');
    return o;
  }
  private observations(): Observation {
    return this.binary(() => this.observationOr(), 'FOLLOWEDBY', 'followedby');
  }
  private observationOr(): Observation {
    return this.binary(() => this.observationAnd(), 'OR', 'or');
  }
  private observationAnd(): Observation {
    return this.binary(() => this.observation(), 'AND', 'and');
  }
  private binary<T>(next: () => T, token: string, kind: string): T {
    let left = next();
    while (this.accept(token) !== undefined) left = { kind, left, right: next() } as T;
    return left;
  }
  private observation(): Observation {
    let o: Observation;
    if (this.accept('LPAREN') !== undefined) {
      this.enter();
      o = this.observations();
      this.expect('RPAREN');
      this.depth--;
    } else {
      this.expect('LBRACK');
      const comparison = this.comparisonOr();
      this.expect('RBRACK');
      o = { kind: 'observation', comparison, qualifiers: [] };
    }
    for (let q = this.qualifier(); q !== undefined; q = this.qualifier()) {
      if (o.kind !== 'observation')
        o = {
          kind: 'observation',
          comparison: { kind: 'exists', path: { objectType: '(compound)', steps: [] } },
          qualifiers: [q],
        };
      else o = { ...o, qualifiers: [...o.qualifiers, q] };
    }
    return o;
  }
  private qualifier(): Qualifier | undefined {
    if (this.accept('START') !== undefined) {
      const start = this.expect('Timestamp').text;
      this.expect('STOP');
      return { kind: 'start-stop', start, stop: this.expect('Timestamp').text };
    }
    if (this.accept('WITHIN') !== undefined) {
      const n = Number(this.expect('IntPos', 'FloatPos').text);
      this.expect('SECONDS');
      return { kind: 'within', seconds: n };
    }
    if (this.accept('REPEATS') !== undefined) {
      const n = Number(this.expect('IntPos').text);
      this.expect('TIMES');
      return { kind: 'repeats', times: n };
    }
    return undefined;
  }
  private comparisonOr(): Comparison {
    return this.binary(() => this.comparisonAnd(), 'OR', 'or');
  }
  private comparisonAnd(): Comparison {
    return this.binary(() => this.propTest(), 'AND', 'and');
  }
  private propTest(): Comparison {
    if (this.accept('LPAREN') !== undefined) {
      this.enter();
      const c = this.comparisonOr();
      this.expect('RPAREN');
      this.depth--;
      return c;
    }
    if (this.accept('EXISTS') !== undefined) return { kind: 'exists', path: this.objectPath() };
    const path = this.objectPath();
    const negated = this.accept('NOT') !== undefined;
    const op = this.expect('EQ', 'NEQ', 'GT', 'LT', 'GE', 'LE', 'IN', 'LIKE', 'MATCHES', 'ISSUBSET', 'ISSUPERSET');
    let value: Literal | Literal[];
    if (op.type === 'EQ' || op.type === 'NEQ') value = this.literal(true);
    else if (op.type === 'IN') value = this.set();
    else if (['GT', 'LT', 'GE', 'LE'].includes(op.type)) value = this.literal(false);
    else value = { kind: 'string', value: unquote(this.expect('String').text) };
    return { kind: 'test', path, negated, op: op.type, value };
  }
  private set(): Literal[] {
    this.expect('LPAREN');
    const out: Literal[] = [];
    if (this.accept('RPAREN') !== undefined) return out;
    do out.push(this.literal(true));
    while (this.accept('COMMA') !== undefined);
    this.expect('RPAREN');
    return out;
  }
  private literal(withBool: boolean): Literal {
    const types = ['IntPos', 'IntNeg', 'FloatPos', 'FloatNeg', 'String', 'Binary', 'Hex', 'Timestamp'];
    const t = this.expect(...types, ...(withBool ? ['Bool'] : []));
    switch (t.type) {
      case 'String':
        return { kind: 'string', value: unquote(t.text) };
      case 'Bool':
        return { kind: 'bool', value: t.text === 'true' };
      case 'IntPos':
      case 'IntNeg':
        return { kind: 'int', value: Number(t.text) };
      case 'FloatPos':
      case 'FloatNeg':
        return { kind: 'float', value: Number(t.text) };
      case 'Hex':
        return { kind: 'hex', value: t.text.slice(2, -1) };
      case 'Binary':
        return { kind: 'binary', value: t.text.slice(2, -1) };
      default:
        return { kind: 'timestamp', value: t.text.slice(2, -1) };
    }
  }
  private objectPath(): ObjectPath {
    const objectType = this.expect('IdentWithout', 'IdentWith').text;
    this.expect('COLON');
    const first = this.expect('IdentWithout', 'String');
    const steps: (string | number)[] = [first.type === 'String' ? unquote(first.text) : first.text];
    for (;;) {
      if (this.accept('DOT') !== undefined) {
        const s = this.expect('IdentWithout', 'String');
        steps.push(s.type === 'String' ? unquote(s.text) : s.text);
      } else if (this.peek()?.type === 'LBRACK') {
        this.i++;
        const idx = this.expect('IntPos', 'IntNeg', 'ASTERISK');
        steps.push(idx.type === 'ASTERISK' ? '*' : Number(idx.text));
        this.expect('RBRACK');
      } else break;
    }
    return { objectType, steps };
  }
}

const hashFormats: Readonly<Record<string, RegExp>> = {
  MD5: /^[a-fA-F0-9]{32}$/,
  'SHA-1': /^[a-fA-F0-9]{40}$/,
  'SHA-256': /^[a-fA-F0-9]{64}$/,
  'SHA-512': /^[a-fA-F0-9]{128}$/,
  'SHA3-256': /^[a-fA-F0-9]{64}$/,
  'SHA3-512': /^[a-fA-F0-9]{128}$/,
};
const squash = (s: string): string => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

function checkComparison(c: Comparison, strict: boolean): void {
  if (c.kind === 'exists') return;
  if (c.kind !== 'test') {
    checkComparison(c.left, strict);
    checkComparison(c.right, strict);
    return;
  }
  if (!/^[a-z0-9-]{3,250}$/.test(c.path.objectType))
    throw new PatternError(`'${c.path.objectType}' is not a valid observable type name`);
  const [first, key] = c.path.steps;
  if (first !== 'hashes' || typeof key !== 'string') return;
  const canonical = Object.keys(hashFormats).find((k) => squash(k) === squash(key));
  if (canonical === undefined) return;
  if (key !== canonical && strict)
    throw new PatternError(`hash key '${key}' is not the hash-algorithm-ov name '${canonical}'`);
  if (Array.isArray(c.value) || c.op === 'IN')
    throw new PatternError(
      `'(${(c.value as Literal[]).map((l) => l.value).join(',')})' is not a valid ${canonical} hash`,
    );
  const v = c.value as Literal;
  if (v.kind === 'string' && !(hashFormats[canonical] as RegExp).test(v.value))
    throw new PatternError(`'${v.value}' is not a valid ${canonical} hash`);
}

function checkObservation(o: Observation, strict: boolean): void {
  if (o.kind === 'observation') checkComparison(o.comparison, strict);
  else {
    checkObservation(o.left, strict);
    checkObservation(o.right, strict);
  }
}

/**
 * Parses a STIX 2.1 pattern and checks it; throws PatternError with the reason. `strict: false` accepts
 * hash keys in other spellings (`sha256`), as stix2-patterns does.
 */
export function parsePattern(pattern: string, { strict = true }: { strict?: boolean } = {}): Observation {
  const o = new Parser(tokenize(pattern)).pattern();
  checkObservation(o, strict);
  return o;
}

/** Every comparison of a pattern, in order: `[object type, path, op, value]`. */
export function comparisons(o: Observation): { path: string; op: string; value: Literal | readonly Literal[] }[] {
  const fromComparison = (c: Comparison): { path: string; op: string; value: Literal | readonly Literal[] }[] =>
    c.kind === 'test'
      ? [{ path: `${c.path.objectType}:${c.path.steps.join('.')}`, op: c.op, value: c.value }]
      : c.kind === 'exists'
        ? []
        : [...fromComparison(c.left), ...fromComparison(c.right)];
  return o.kind === 'observation' ? fromComparison(o.comparison) : [...comparisons(o.left), ...comparisons(o.right)];
}
