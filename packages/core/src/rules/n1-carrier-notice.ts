import * as E from 'fp-ts/lib/Either.js';
import { addCalendarDays, type Deadline, isOverdue } from '../calendar/index.js';
import { because, type Rejection } from '../decider/rejection.js';
import { type Claim, isApproved, type Shipment } from '../decider/state.js';
import type { ClaimTerms } from '../decider/terms.js';
import type { PartyId } from '../ids.js';
import type { CarrierContracts, NoticeWindow } from '../policy/carrier-terms.js';
import type { Instant } from '../time/instant.js';
import type { ClaimType } from '../vocabulary/claim-type.js';
import type { Finding } from './rule.js';
import { rule } from './rule.js';

/**
 * N1: the notice window of the carrier's contract (policy `carrierNotice`; the default for a carrier
 * without one): the damage window for damage and missing contents, the loss window otherwise.
 */
export const noticeWindowOf = (
  contracts: CarrierContracts,
  carrierId: PartyId | null,
  claimType: ClaimType,
): NoticeWindow => {
  const terms = contracts.carriers.find((c) => c.carrierId === carrierId) ?? contracts.default;
  return claimType === 'damage' || claimType === 'missing-contents' ? terms.damage : terms.loss;
};

const startOf = (window: NoticeWindow, claim: Claim, shipment: Shipment): Instant | null => {
  switch (window.from) {
    case 'acceptance':
      return claim.acceptance?.acceptedAt ?? null;
    case 'delivery':
      return shipment.deliveredAt;
    case 'inquiry':
      return claim.openedAt;
  }
};

/**
 * N1: the carrier must have written notice by the end of the window's last day in the payer
 * calendar; null while the window has not started (no acceptance yet, or no delivery).
 */
export const carrierNoticeDue = (terms: ClaimTerms, claim: Claim, shipment: Shipment): Deadline | null => {
  const window = noticeWindowOf(
    terms.policy.parameters.carrierNotice.value,
    shipment.carrierId,
    claim.claimType,
  );
  const start = startOf(window, claim, shipment);
  return start === null ? null : addCalendarDays(terms.calendar, start, window.days);
};

/** N1: the carrier is told of a claim the insurer accepted, in full or in part (or paid): recovery needs its notice. */
export const claimAcceptedOrPaid = rule('N1', 'claim accepted or paid', ({ claim }: { claim: Claim }) =>
  isApproved(claim) || claim.status === 'paid'
    ? undefined
    : {
        code: 'ClaimNotInStatus',
        rule: 'N1',
        claimId: claim.claimId,
        status: claim.status,
        requiredStatus: 'accepted',
        message: because(
          'N1',
          `claim ${claim.claimId} is ${claim.status}; the carrier is told once it is accepted or paid`,
        ),
      },
);

/** N1: the carrier is told once. */
export const carrierNotYetNotified = rule('N1', 'carrier not yet notified', ({ claim }: { claim: Claim }) => {
  const notice = claim.followUp.carrierNotice;
  return notice === null
    ? undefined
    : {
        code: 'CarrierAlreadyNotified',
        rule: 'N1',
        notifiedAt: notice.notifiedAt,
        reference: notice.reference,
        message: because(
          'N1',
          `the carrier was already notified at ${notice.notifiedAt} (${notice.reference})`,
        ),
      };
});

/** N1: the due date the notice is held to, stored with it. */
export const noticeDueFound: Finding<
  { readonly claim: Claim; readonly shipment: Shipment; readonly terms: ClaimTerms },
  { readonly noticeDue: Deadline }
> = {
  steps: [{ rule: 'N1', name: 'notice window started' }],
  find: ({ claim, shipment, terms }) => {
    const noticeDue = carrierNoticeDue(terms, claim, shipment);
    if (noticeDue !== null) return E.right({ noticeDue });
    const window = noticeWindowOf(
      terms.policy.parameters.carrierNotice.value,
      shipment.carrierId,
      claim.claimType,
    );
    const refused: Rejection = {
      code: 'NoticeWindowNotStarted',
      rule: 'N1',
      from: window.from,
      message: because(
        'N1',
        `the carrier's notice window runs from the ${window.from}, which has not happened`,
      ),
    };
    return E.left(refused);
  },
};

/**
 * N1: a notice window passed without notice is flagged once, for a claim accepted or paid, at the
 * due date computed from the terms now (the window's start is stored; the due date is stored with
 * the flag).
 */
export const carrierNoticeNowMissed = (
  terms: ClaimTerms,
  claim: Claim,
  shipment: Shipment,
  now: Instant,
): Deadline | null => {
  if (!isApproved(claim) && claim.status !== 'paid') return null;
  if (claim.followUp.carrierNotice !== null || claim.followUp.carrierNoticeMissed) return null;
  const due = carrierNoticeDue(terms, claim, shipment);
  return due !== null && isOverdue(due, now) ? due : null;
};
