// Target options: declared by each target with a type and a default, set build-wide on the command
// line (--set osquery.interval=7200) or per rule (`targets: {osquery: {interval: 7200}}`).
import { error, type Diagnostic, type Origin } from './diagnostics.js';
import { UsageError } from './errors.js';
import type { Rule } from './model/types.js';
import type { AnyTarget, OptionSpec, OptionValue, OptionValues } from './target.js';

/** The options of a target: build-wide values, and per rule with the rule's overrides. */
export interface ResolvedOptions<O extends OptionValues = OptionValues> {
  readonly build: O;
  forRule(rule: Rule): O;
}
import { didYouMean } from './util/suggest.js';

export type Checked =
  { readonly ok: true; readonly value: OptionValue } | { readonly ok: false; readonly message: string };

/** Checks a value (from YAML, or a string from the command line when `fromText`) against its spec. */
export function checkOption(spec: OptionSpec, raw: unknown, fromText = false): Checked {
  const fail = (message: string): Checked => ({ ok: false, message });
  switch (spec.type) {
    case 'boolean':
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      if (fromText && (raw === 'true' || raw === 'false')) return { ok: true, value: raw === 'true' };
      return fail('must be true or false');
    case 'integer': {
      const n = fromText && typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : raw;
      if (typeof n !== 'number' || !Number.isSafeInteger(n)) return fail('must be an integer');
      if (n < spec.minimum || n > spec.maximum) return fail(`must be between ${spec.minimum} and ${spec.maximum}`);
      return { ok: true, value: n };
    }
    case 'enum':
      if (typeof raw === 'string' && spec.values.includes(raw)) return { ok: true, value: raw };
      return fail(
        (
          `must be one of ` +
          `${spec.values.join(', ')}${typeof raw === 'string' ? `; ${didYouMean(raw, spec.values) ?? ''}` : ''}`
        ).replace(/; $/, ''),
      );
    case 'string':
      if (typeof raw !== 'string') return fail('must be a string');
      if (spec.pattern !== undefined && !new RegExp(spec.pattern).test(raw)) return fail(`must match ${spec.pattern}`);
      return { ok: true, value: raw };
    case 'string-list': {
      const list =
        fromText && typeof raw === 'string'
          ? raw
              .split(',')
              .map((s) => s.trim())
              .filter((s) => s !== '')
          : raw;
      if (!Array.isArray(list) || !list.every((s) => typeof s === 'string')) return fail('must be a list of strings');
      return { ok: true, value: Object.freeze([...list]) };
    }
  }
}

export const defaultOptions = (target: AnyTarget): OptionValues =>
  Object.fromEntries(Object.entries(target.options as Record<string, OptionSpec>).map(([k, s]) => [k, s.default]));

/** `--set osquery.interval=7200` → {osquery: {interval: 7200}}; unknown targets or options are usage errors. */
export function parseSetOptions(
  settings: readonly string[],
  targets: readonly AnyTarget[],
): Record<string, Record<string, OptionValue>> {
  const out: Record<string, Record<string, OptionValue>> = {};
  for (const s of settings) {
    const m = /^([a-z0-9-]+)\.([a-z0-9_]+)=(.*)$/s.exec(s);
    if (m === null)
      throw new UsageError(`--set ${s}: expected target.option=value`, 'e.g. --set osquery.interval=7200');
    const [, id = '', name = '', value = ''] = m;
    const target = targets.find((t) => t.id === id);
    if (target === undefined)
      throw new UsageError(
        `--set ${s}: unknown target ${id}`,
        didYouMean(
          id,
          targets.map((t) => t.id),
        ) ?? `targets: ${targets.map((t) => t.id).join(', ')}`,
      );
    const spec = (target.options as Record<string, OptionSpec>)[name];
    if (spec === undefined)
      throw new UsageError(
        `--set ${s}: target ${id} has no option ${name}`,
        didYouMean(name, Object.keys(target.options)) ?? 'see iocc targets',
      );
    const checked = checkOption(spec, value, true);
    if (!checked.ok) throw new UsageError(`--set ${s}: ${id}.${name} ${checked.message}`);
    (out[id] ??= {})[name] = checked.value;
  }
  return out;
}

/** Reports unknown target ids and bad option values in the rules' `targets:` sections. */
export function checkRuleTargetOptions(rules: readonly Rule[], targets: readonly AnyTarget[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    const at = (key: string): Origin => rule.targetOptionOrigins[key] ?? rule.fieldOrigins['targets'] ?? rule.origin;
    for (const [id, values] of Object.entries(rule.targetOptions)) {
      const target = targets.find((t) => t.id === id);
      if (target === undefined) {
        diagnostics.push(
          error(
            at(id),
            'unknown-target',
            `targets.${id}: there is no target ${id}`,
            didYouMean(
              id,
              targets.map((t) => t.id),
            ) ?? `targets: ${targets.map((t) => t.id).join(', ')}`,
          ),
        );
        continue;
      }
      for (const [name, raw] of Object.entries(values)) {
        const spec = (target.options as Record<string, OptionSpec>)[name];
        if (spec === undefined) {
          diagnostics.push(
            error(
              at(`${id}.${name}:key`),
              'unknown-option',
              `targets.${id}.${name}: target ${id} has no option ${name}`,
              didYouMean(name, Object.keys(target.options)) ?? 'see iocc targets',
            ),
          );
          continue;
        }
        if (spec.scope === 'build') {
          diagnostics.push(
            error(
              at(`${id}.${name}:key`),
              'build-option',
              `targets.${id}.${name}: ${id}.${name} holds for the whole build, not one rule`,
              `set it with --set ${id}.${name}=…`,
            ),
          );
          continue;
        }
        const checked = checkOption(spec, raw);
        if (!checked.ok)
          diagnostics.push(error(at(`${id}.${name}`), 'option-value', `targets.${id}.${name} ${checked.message}`));
      }
    }
  }
  return diagnostics;
}

/** The options a target's emit sees: defaults, then --set values, then the rule's own (already checked). */
export function resolveOptions(
  target: AnyTarget,
  overrides: Readonly<Record<string, OptionValue>> = {},
): ResolvedOptions {
  const build: OptionValues = Object.freeze({ ...defaultOptions(target), ...overrides });
  const specs = target.options as Record<string, OptionSpec>;
  return {
    build,
    forRule: (rule: Rule): OptionValues => {
      const own = rule.targetOptions[target.id];
      if (own === undefined) return build;
      const merged: Record<string, OptionValue> = { ...build };
      for (const [name, raw] of Object.entries(own)) {
        const spec = specs[name];
        const checked = spec === undefined ? undefined : checkOption(spec, raw);
        if (checked?.ok === true) merged[name] = checked.value;
      }
      return Object.freeze(merged);
    },
  };
}
