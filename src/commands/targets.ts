// `iocc targets`: what each target expresses and which options it takes.
import type { AnyTarget, OptionSpec } from '../target.js';
import type { Io } from './common.js';

// A list is the only option value that is an object.
const showDefault = (s: OptionSpec): string =>
  typeof s.default === 'object' ? `[${s.default.join(', ')}]` : JSON.stringify(s.default);

function describeType(s: OptionSpec): string {
  if (s.type === 'enum') return s.values.join('|');
  if (s.type === 'integer') return `integer ${s.minimum}..${s.maximum}`;
  return s.type;
}

export function runTargets(format: 'text' | 'json', registry: readonly AnyTarget[], io: Io): number {
  if (format === 'json') {
    io.out(
      JSON.stringify(
        registry.map((t) => ({
          id: t.id,
          title: t.title,
          description: t.description,
          expresses: t.expresses,
          options: t.options,
        })),
        null,
        2,
      ),
    );
    return 0;
  }
  if (registry.length === 0) {
    io.out('no targets are registered');
    return 0;
  }
  registry.forEach((t, i) => {
    if (i > 0) io.out('');
    io.out(`${t.id} — ${t.title}`);
    io.out(`  ${t.description}`);
    io.out('  expresses:');
    for (const c of t.expresses) io.out(`    ${c.kind.padEnd(20)} ${c.how}`);
    const options = Object.entries(t.options as Record<string, OptionSpec>);
    if (options.length > 0) {
      io.out('  options (per rule under targets.<id>, or --set <id>.<option>=<value>):');
      for (const [name, s] of options)
        io.out(
          `    ${name} (${describeType(s)}, default ` +
            `${showDefault(s)}${s.scope === 'build' ? ', whole build only' : ''}): ${s.description}`,
        );
    }
  });
  return 0;
}
