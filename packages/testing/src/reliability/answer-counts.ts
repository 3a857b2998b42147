import { RetriesExhausted } from '@parcel-claims/eventsourcing';
import type { ServiceCall } from './audit-streams.js';

/** How the service answered a run's calls. */
export interface AnswerCounts {
  readonly accepted: number;
  readonly alreadyApplied: number;
  readonly rejected: number;
  readonly unchanged: number;
  readonly invalid: number;
  /** Calls that gave up after meeting a version conflict on every attempt. */
  readonly retriesExhausted: number;
  /** Calls that failed otherwise (a store error, injected or not). */
  readonly failed: number;
}

/** Counts the answers of a run's calls by kind. */
export const countAnswers = (calls: readonly ServiceCall[]): AnswerCounts => {
  const count = (test: (call: ServiceCall) => boolean) => calls.filter(test).length;
  const answered = (kind: string) => (call: ServiceCall) =>
    call.kind === 'answered' && call.result.kind === kind;
  return {
    accepted: count(answered('accepted')),
    alreadyApplied: count(answered('already-applied')),
    rejected: count(answered('rejected')),
    unchanged: count(answered('unchanged')),
    invalid: count(answered('invalid')),
    retriesExhausted: count((call) => call.kind === 'threw' && call.error instanceof RetriesExhausted),
    failed: count((call) => call.kind === 'threw' && !(call.error instanceof RetriesExhausted)),
  };
};
