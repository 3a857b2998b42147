import type { ClaimEvent, PolicyParameters, RuleId } from '@parcel-claims/core';
import * as E from 'fp-ts/lib/Either.js';
import type { HistoryEntry } from './history-entry.js';
import type { InvariantContext } from './invariant.js';
import { type ParcelView, walk } from './view.js';
import type { Violation } from './violation.js';

/** What a visit reports: a problem with the current event, or nothing. */
export type Finding = string | undefined;

/**
 * Walks a history and collects a violation of `rule` for every event `visit` finds fault with.
 */
export const collect =
  (
    rule: RuleId,
    visit: (event: ClaimEvent, before: ParcelView, entry: HistoryEntry) => Finding | readonly Finding[],
  ) =>
  (history: readonly HistoryEntry[]): Violation[] => {
    const violations: Violation[] = [];
    walk(history, (entry, before, index) => {
      const found = visit(entry.event, before, entry);
      for (const message of Array.isArray(found) ? found : [found])
        if (typeof message === 'string') violations.push({ rule, index, event: entry.event, message });
    });
    return violations;
  };

/** The policy parameters of the parcel's coverage, or undefined if the policy book lacks them. */
export const parametersOf = (view: ParcelView, context: InvariantContext): PolicyParameters | undefined => {
  if (view.coverage === null) return undefined;
  const policy = context.policies.resolve(view.coverage.policy);
  return E.isRight(policy) ? policy.right.parameters : undefined;
};

export const DAY_MS = 86_400_000;
export const millis = (instant: string): number => Date.parse(instant);
