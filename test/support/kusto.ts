// Microsoft's Kusto parser and semantic analyzer (@kusto/language-service-next, the Kusto.Language
// library compiled to JavaScript), with the Advanced Hunting and Sentinel tables iocc queries declared from
// test/fixtures/kql/schema.json. It reports syntax errors, unknown tables, columns and functions, type
// errors, the result columns of a query, and the value of every string literal as Kusto reads it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fixtures } from './helpers.js';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment,
   @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return,
   @typescript-eslint/no-unsafe-argument -- the library is a global script without usable types */
const require = createRequire(import.meta.url);
require('@kusto/language-service-next/bridge.min.js');
require('@kusto/language-service-next/Kusto.Language.Bridge.min.js');
const K = (globalThis as any).Kusto.Language;

export type Schema = 'advancedHunting' | 'sentinel';

const tables = JSON.parse(readFileSync(join(fixtures, 'kql', 'schema.json'), 'utf8')) as Record<
  Schema,
  Record<string, string[]>
>;

function globalsFor(schema: Schema): unknown {
  const symbols = Object.entries(tables[schema]).map(
    ([name, columns]) => new K.Symbols.TableSymbol.$ctor7(name, `(${columns.join(', ')})`, ''),
  );
  return K.GlobalState.Default.WithDatabase(new K.Symbols.DatabaseSymbol.ctor(schema, symbols));
}

const globals: Record<Schema, unknown> = {
  advancedHunting: globalsFor('advancedHunting'),
  sentinel: globalsFor('sentinel'),
};

export interface Analysis {
  /** `Error KS142 @28: The name 'Sha256' does not refer to any known column …`, errors and warnings. */
  readonly diagnostics: string[];
  /** The result columns, `Name:type`. */
  readonly columns: string[];
  /** The value of each string literal of the query, as Kusto decodes it. */
  readonly strings: string[];
}

const list = <T>(l: any): T[] => Array.from({ length: l?.Count ?? 0 }, (_, i) => l.getItem(i) as T);

/** Parses and analyzes a query against the declared tables. */
export function analyze(query: string, schema: Schema = 'advancedHunting'): Analysis {
  const code = K.KustoCode.ParseAndAnalyze(query, globals[schema]);
  const diagnostics = list<any>(code.GetDiagnostics())
    .filter((d) => String(d.Severity) !== 'Suggestion' && String(d.Severity) !== 'Information')
    .map((d) => `${d.Severity} ${d.Code} @${d.Start}: ${d.Message}`);
  const columns = list<any>(code.ResultType?.Columns).map((c) => `${c.Name}:${c.Type.Name}`);
  const strings: string[] = [];
  for (let t = code.Syntax.GetFirstToken(); t !== null && t !== undefined; t = t.GetNextToken()) {
    if (t.Kind === K.Syntax.SyntaxKind.StringLiteralToken) strings.push(K.KustoFacts.GetStringLiteralValue(t.Text));
  }
  return { diagnostics, columns, strings };
}

/** Column names of a result. */
export const names = (a: Analysis): string[] => a.columns.map((c) => c.split(':')[0] as string);
