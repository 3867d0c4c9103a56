// Handlebars for targets whose artifacts are text with a layout (YAML, YARA): templates hold layout
// only; every value goes through a typed helper of the target (its escaper). Each target gets an
// isolated environment; HTML escaping is off (it would corrupt every format we write) and strict mode
// makes a missing field an error instead of an empty string.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { packageRoot } from './paths.js';

export type Helpers = Readonly<Record<string, (...args: never[]) => string>>;
export type Render = (context: object) => string;

/** Compiles `relativePath` (from the package root) once, on first use, with the given helpers. */
export function template(relativePath: string, helpers: Helpers): Render {
  let compiled: Handlebars.TemplateDelegate | undefined;
  return (context) => {
    if (compiled === undefined) {
      const env = Handlebars.create();
      for (const [name, fn] of Object.entries(helpers)) env.registerHelper(name, fn as Handlebars.HelperDelegate);
      compiled = env.compile(readFileSync(join(packageRoot, relativePath), 'utf8'), { noEscape: true, strict: true, knownHelpersOnly: false });
    }
    return compiled(context);
  };
}
