import {
  type Deadline,
  type DocumentOwner,
  type Instant,
  isAfter,
  type ParcelState,
} from '@parcel-claims/core';

/** A deadline running after an event: a document still owed, the insurer's decision or the payout. */
export type DeadlineInForce =
  | {
      readonly kind: 'document';
      readonly documentType: string;
      readonly owedBy: DocumentOwner;
      readonly deadline: Deadline;
      /** True when the event this deadline is shown after happened later than it. */
      readonly passed: boolean;
    }
  | { readonly kind: 'decision'; readonly deadline: Deadline; readonly passed: boolean }
  | { readonly kind: 'payout'; readonly deadline: Deadline; readonly passed: boolean };

/**
 * The deadlines in force in a state, as seen at instant `at`: while documents are gathered, each
 * document still missing or rejected; once submitted, the decision; once accepted, the payout.
 * Nothing runs before an inquiry or after a claim is closed. Each status has its case, so a new
 * status does not compile until it says which deadlines run in it.
 */
export const deadlinesInForce = (state: ParcelState, at: Instant): readonly DeadlineInForce[] => {
  const claim = state.claim;
  if (claim === null) return [];
  const passed = (deadline: Deadline) => isAfter(at, deadline.dueAt);
  switch (claim.status) {
    case 'gathering-documents':
      return claim.documents
        .filter((slot) => slot.status !== 'attached')
        .map((slot) => ({
          kind: 'document',
          documentType: slot.documentType,
          owedBy: slot.owedBy,
          deadline: slot.due,
          passed: passed(slot.due),
        }));
    case 'needs-action':
      return [];
    case 'submitted':
      return claim.decisionDue === null
        ? []
        : [{ kind: 'decision', deadline: claim.decisionDue, passed: passed(claim.decisionDue) }];
    case 'accepted':
    case 'approved-partial':
      return claim.acceptance === null
        ? []
        : [
            {
              kind: 'payout',
              deadline: claim.acceptance.payoutDue,
              passed: passed(claim.acceptance.payoutDue),
            },
          ];
    case 'paid':
    case 'rejected':
    case 'lapsed':
    case 'withdrawn':
      return [];
  }
};

const basisOf = (d: Deadline): string =>
  `${d.basis.count} ${d.basis.unit}, ${d.calendar.version}${d.weekendsOnlyFallback ? ', weekends only' : ''}`;

/**
 * The deadlines in a few words, documents owed by the same party by the same day grouped:
 * `seller by 2026-02-03: commercial-invoice, proof-of-value`, `payout by 2026-02-20 (3 working-days, cn-mainland/2026.1)`.
 */
export const describeDeadlines = (deadlines: readonly DeadlineInForce[]): readonly string[] => {
  const owed = new Map<string, string[]>();
  const others: string[] = [];
  for (const d of deadlines) {
    if (d.kind === 'document') {
      const key = `${d.owedBy} by ${d.deadline.localDate}${d.passed ? ' (passed)' : ''}`;
      owed.set(key, [...(owed.get(key) ?? []), d.documentType]);
    } else {
      others.push(
        `${d.kind} by ${d.deadline.localDate} (${basisOf(d.deadline)})${d.passed ? ' (passed)' : ''}`,
      );
    }
  }
  return [...[...owed].map(([key, documents]) => `${key}: ${documents.join(', ')}`), ...others];
};
