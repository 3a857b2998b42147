import type * as E from 'fp-ts/lib/Either.js';
import type { Rejection } from '../decider/rejection.js';
import type { RuleId } from './rule-id.js';

/** A rule as a precedence list names it: the rule it belongs to and what it checks. */
export interface RuleStep {
  readonly rule: RuleId;
  /** What the step checks, e.g. `claim still open`. */
  readonly name: string;
}

/**
 * One check of a rule over what a command is decided on: the rejection citing the rule, or
 * `undefined` when the command passes. Every rule a command checks has this one shape, so the
 * order in which a command checks them is a list (see `defineCommand`).
 */
export interface Rule<I> extends RuleStep {
  /** The rejection citing the rule, or `undefined` when the input passes. */
  readonly check: (input: I) => Rejection | undefined;
}

/**
 * What the events of a command need that a rule still has to allow (the document slot it acts on,
 * the provider it records, the payout breakdown), found once: the value, or the rejection of the
 * rule that refuses. `steps` names those rules in the order they are checked.
 */
export interface Finding<I, Found> {
  readonly steps: readonly RuleStep[];
  /** What the events need, or the rejection when a rule refuses it. */
  readonly find: (input: I) => E.Either<Rejection, Found>;
}

/** Defines a rule check. */
export const rule = <I>(id: RuleId, name: string, check: (input: I) => Rejection | undefined): Rule<I> => ({
  rule: id,
  name,
  check,
});

/** The first rejection of the rules, checked in order; `undefined` when all pass. */
export const firstRefusal = <I>(rules: readonly Rule<I>[], input: I): Rejection | undefined => {
  for (const step of rules) {
    const refused = step.check(input);
    if (refused !== undefined) return refused;
  }
  return undefined;
};
