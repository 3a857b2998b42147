import type { Step } from './model-command.js';
import { period } from './model-policy.js';
import { type ClaimModel, isSettled, openClaimOf, type ParcelModel } from './parcel-model.js';
import { DAY } from './time.js';
import { partyPool } from './vocabulary.js';

/** An instant where the model's answer for a parcel changes, and the command whose answer changes there. */
export interface Milestone {
  readonly name: string;
  readonly at: number;
  readonly step: Step;
  /** Where around the instant to send it, in milliseconds, so that both sides of the boundary are seen. */
  readonly offsets: readonly number[];
}

/** A window that opens, or a deadline checked: refused (or nothing due) before, and at, the instant; changed after. */
const around = [-1, 0, 1] as const;
/** A window that closes: its last millisecond, and the first one after it. */
const closing = [0, 1] as const;

const check: Step = { role: 'system', body: { type: 'CheckDeadlines' } };

/** The deadlines of a running claim: the earliest document still out, the decision, the payout. */
const claimMilestones = (parcel: ParcelModel, claim: ClaimModel, alt: boolean): readonly Milestone[] => {
  const { claimId } = claim;
  const found: Milestone[] = [];
  const [first] = claim.documents.filter((d) => d.status !== 'attached').sort((a, b) => a.dueAt - b.dueAt);
  if (first !== undefined && claim.status === 'gathering') {
    const provide: Step =
      first.documentType === 'loss-confirmation'
        ? {
            role: 'carrier',
            body: { type: 'ConfirmLoss', claimId, carrierId: parcel.parties.carrier ?? partyPool.carrier[0] },
          }
        : { role: 'forwarder', body: { type: 'AttachDocument', claimId, documentType: first.documentType } };
    found.push(
      alt
        ? { name: `${first.documentType}-due`, at: first.dueAt, step: provide, offsets: closing }
        : { name: `${first.documentType}-due`, at: first.dueAt, step: check, offsets: around },
    );
  }
  if (claim.status === 'submitted' && claim.decisionDueAt !== null)
    found.push({ name: 'decision-due', at: claim.decisionDueAt, step: check, offsets: around });
  if (claim.status === 'accepted' && claim.payoutDueAt !== null && claim.approved !== null) {
    const pay: Step = { role: 'insurer', body: { type: 'PayClaim', claimId, amount: claim.approved } };
    found.push({ name: 'payout-due', at: claim.payoutDueAt, step: alt ? pay : check, offsets: around });
  }
  return found;
};

/** The edges of the windows in which a new claim may open: waiting, no-movement, filing, damage notice. */
const inquiryMilestones = (parcel: ParcelModel): readonly Milestone[] => {
  const claimId = `C${parcel.usedClaimIds.length + 1}`;
  const loss: Step = {
    role: 'seller',
    body: { type: 'OpenInquiry', claimId, claimType: 'loss', pieceIds: null },
  };
  const damage: Step = {
    role: 'seller',
    body: { type: 'OpenInquiry', claimId, claimType: 'damage', pieceIds: null },
  };
  const { shippedAt, lastMovementAt, deliveredAt } = parcel;
  if (deliveredAt !== null)
    return [
      {
        name: 'damage-notice',
        at: deliveredAt + period.damageNoticeDays * DAY,
        step: damage,
        offsets: closing,
      },
    ];
  if (shippedAt === null) return [];
  return [
    { name: 'waiting-period', at: shippedAt + period.inquiryWaitingDays * DAY, step: loss, offsets: around },
    {
      name: 'no-movement',
      at: (lastMovementAt ?? shippedAt) + period.noMovementDays * DAY,
      step: loss,
      offsets: around,
    },
    {
      name: 'filing-deadline',
      at: shippedAt + period.filingDeadlineDays * DAY,
      step: loss,
      offsets: closing,
    },
  ];
};

/**
 * The parcel's milestones that matter now: a running claim's deadlines, or else, for an insured
 * parcel whose coverage is not used up, the edges of the inquiry windows. `alt` picks the second
 * command where two answers change at the instant (provide the document, pay).
 */
export const milestonesOf = (parcel: ParcelModel, alt: boolean): readonly Milestone[] => {
  const claim = openClaimOf(parcel);
  if (claim !== null) return claimMilestones(parcel, claim, alt);
  return parcel.coverage === null || isSettled(parcel) ? [] : inquiryMilestones(parcel);
};
