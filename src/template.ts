// Handlebars for targets whose artifacts are text with a layout (YAML, YARA): templates hold layout
// only; every value goes through a typed helper of the target (its escaper). Each target gets an
// isolated environment; HTML escaping is off (it would corrupt every format we write) and strict mode
// makes a missing field an error instead of an empty string.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type HandlebarsNamespace from 'handlebars';
import { packageRoot } from './paths.js';
import { lazyRequire, loadPrecompiled } from './precompiled.js';

type Handlebars = typeof HandlebarsNamespace;

export type Helpers = Readonly<Record<string, (...args: never[]) => string>>;
export type Render = (context: object) => string;

// Handlebars adds keys to the options object it is given (`data`): each call gets a copy.
const compileOptions = { noEscape: true, strict: true, knownHelpersOnly: false } as const;

/** What names a precompiled template: the options and the template text. */
export const templateSource = (text: string): string => `${JSON.stringify(compileOptions)}\n${text}`;

/** Handlebars' template spec for `text`, as JavaScript source (for build/generated/). */
export function precompileTemplate(text: string): string {
  // Handlebars' typings call it a TemplateSpecification; precompile returns the spec's source text.
  const source: unknown = (lazyRequire('handlebars') as Handlebars).precompile(text, { ...compileOptions });
  if (typeof source !== 'string') throw new Error('Handlebars.precompile returned no source text');
  return source;
}

function compileTemplate(text: string, helpers: Helpers): HandlebarsNamespace.TemplateDelegate {
  const spec = loadPrecompiled<Parameters<Handlebars['template']>[0]>('template', templateSource(text));
  // A precompiled spec needs only the runtime, a third of Handlebars.
  const env = (
    spec === undefined
      ? (lazyRequire('handlebars') as Handlebars)
      : (lazyRequire('handlebars/runtime') as { default: Handlebars }).default
  ).create();
  for (const [name, fn] of Object.entries(helpers)) env.registerHelper(name, fn as HandlebarsNamespace.HelperDelegate);
  return spec === undefined ? env.compile(text, { ...compileOptions }) : env.template(spec);
}

/** Compiles `relativePath` (from the package root) once, on first use, with the given helpers. */
export function template(relativePath: string, helpers: Helpers): Render {
  let compiled: HandlebarsNamespace.TemplateDelegate | undefined;
  return (context) => {
    compiled ??= compileTemplate(readFileSync(join(packageRoot, relativePath), 'utf8'), helpers);
    return compiled(context);
  };
}
