import type { ClaimEvent, RuleId } from '@parcel-claims/core';

/** A place where a history breaks a rule: which rule, at which event, and why. */
export interface Violation {
  readonly rule: RuleId;
  /** Index of the offending event in the history; -1 when the history as a whole is at fault. */
  readonly index: number;
  readonly event: ClaimEvent | null;
  readonly message: string;
}
