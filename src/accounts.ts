// A target's account of every observable, kept compact: a feed has a million observables but only a
// handful of distinct accounts (carried in this CSV with no caveat, not carried for that reason), so
// each rule keeps one small integer per observable into a table of distinct accounts.
import { eachObservable, observableCount } from './model/observables.js';
import type { Rule } from './model/types.js';
import type { RuleOutput } from './target.js';

export type Account =
  | {
      readonly carried: true;
      readonly artifact: string;
      /** A caveat, e.g. "may be too large to hash". */
      readonly note?: string;
    }
  | { readonly carried: false; readonly reason: string };

/** An account of one observable of one rule, as one object. */
export type Claim = { readonly rule: string; readonly observable: string } & Account;

/** Every distinct account of one target run, and per rule which one each observable has. */
export class Accounts {
  /** Distinct accounts, in order of first use. */
  readonly list: Account[] = [];
  /** Rule id → per observable (in eachObservable order): 1 + its account's index, or 0 when unaccounted. */
  readonly byRule = new Map<string, Uint32Array>();
  private readonly carriedIds = new Map<string, Map<string | undefined, number>>();
  private readonly reasonIds = new Map<string, number>();

  carried(artifact: string, note: string | undefined): number {
    let notes = this.carriedIds.get(artifact);
    if (notes === undefined) this.carriedIds.set(artifact, (notes = new Map<string | undefined, number>()));
    let id = notes.get(note);
    if (id === undefined) {
      notes.set(note, (id = this.list.length));
      this.list.push({ carried: true, artifact, ...(note !== undefined && { note }) });
    }
    return id;
  }

  notCarried(reason: string): number {
    let id = this.reasonIds.get(reason);
    if (id === undefined) {
      this.reasonIds.set(reason, (id = this.list.length));
      this.list.push({ carried: false, reason });
    }
    return id;
  }

  /** The account of observable `i` of `rule`, if any. */
  of(rule: string, i: number): Account | undefined {
    const n = this.byRule.get(rule)?.[i] ?? 0;
    return n === 0 ? undefined : this.list[n - 1];
  }

  /** Records what the target made of each observable of a rule: carried (and where), or why not. */
  record(
    rule: Rule,
    output: Pick<RuleOutput<unknown>, 'carried' | 'reasons'>,
    placed?: ReadonlyMap<string, string>,
  ): void {
    const ids = new Uint32Array(observableCount(rule));
    let i = 0;
    for (const o of eachObservable(rule)) {
      const carried = output.carried.get(o.id);
      const artifact = carried?.artifact ?? placed?.get(o.id);
      if (carried !== undefined && artifact !== undefined) ids[i] = this.carried(artifact, carried.note) + 1;
      else {
        const reason = output.reasons.get(o.id);
        // Neither: left at 0, and the coverage report says the target dropped it (coverage-gap, a bug).
        if (reason !== undefined) ids[i] = this.notCarried(reason) + 1;
      }
      i++;
    }
    this.byRule.set(rule.id, ids);
  }

  /** The accounts of claims given one object each (e.g. read back from a previous coverage.json). */
  static ofClaims(rules: readonly Rule[], claims: readonly Claim[]): Accounts {
    const accounts = new Accounts();
    const byRule = new Map<string, Map<string, Claim>>();
    for (const c of claims) {
      let m = byRule.get(c.rule);
      if (m === undefined) byRule.set(c.rule, (m = new Map<string, Claim>()));
      m.set(c.observable, c);
    }
    for (const rule of rules) {
      const m = byRule.get(rule.id);
      const ids = new Uint32Array(
        Array.from(eachObservable(rule), (o) => {
          const c = m?.get(o.id);
          if (c === undefined) return 0;
          return (c.carried ? accounts.carried(c.artifact, c.note) : accounts.notCarried(c.reason)) + 1;
        }),
      );
      accounts.byRule.set(rule.id, ids);
    }
    return accounts;
  }

  /** Every observable of `rule` not carried, for the same reason. */
  recordFailure(rule: Rule, reason: string): void {
    this.byRule.set(rule.id, new Uint32Array(observableCount(rule)).fill(this.notCarried(reason) + 1));
  }
}
