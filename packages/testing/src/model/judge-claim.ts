import type { CommandOf, ModelRate } from './model-command.js';
import { mayProvide, period } from './model-policy.js';
import { inCurrency, insuredShare, type NotConverted } from './money.js';
import { type ClaimModel, isClosed, type ParcelModel } from './parcel-model.js';
import { DAY, endOfShanghaiDayAfter, shanghaiDay } from './time.js';
import { accepted, rejected, type Verdict } from './verdict.js';
import { type Amount, type DocumentType, sameAmount, showAmount } from './vocabulary.js';

type ClaimCommand = CommandOf<
  | 'AttachDocument'
  | 'ConfirmLoss'
  | 'RejectDocument'
  | 'ExtendDocumentDeadline'
  | 'SubmitClaim'
  | 'AcceptClaim'
  | 'RejectClaim'
  | 'PayClaim'
  | 'WithdrawClaim'
>;

/**
 * The sum insured is the limit: the lower of the sum insured (or the claimed pieces' insured share)
 * and the proven loss plus the shipping cost when covered, both in the coverage currency at a rate
 * of the command dated near the day the claim opened; the default policy has no deductible.
 */
export const payoutCap = (
  parcel: ParcelModel,
  claim: ClaimModel,
  proven: Amount,
  rates: readonly ModelRate[],
): number | NotConverted | null => {
  if (parcel.coverage === null || parcel.booking === null) return null;
  const { insured, coversShipping } = parcel.coverage;
  const day = shanghaiDay(claim.openedAt);
  const loss = inCurrency(proven, insured.currency, rates, day);
  if (typeof loss === 'string') return loss;
  const shipping = coversShipping ? inCurrency(parcel.booking.shipping, insured.currency, rates, day) : null;
  if (typeof shipping === 'string') return shipping;
  const bound = insuredShare(insured, parcel.booking.pieces, claim.pieceIds);
  return Math.min(bound, loss.minorUnits + (shipping?.minorUnits ?? 0));
};

const provide = (
  parcel: ParcelModel,
  claim: ClaimModel,
  documentType: DocumentType,
  c: ClaimCommand,
  verdict: Verdict,
): Verdict => {
  if (claim.status !== 'gathering') return rejected(`claim is ${claim.status}, not gathering`);
  const doc = claim.documents.find((d) => d.documentType === documentType);
  if (doc === undefined) return rejected(`a ${claim.claimType} claim takes no ${documentType}`);
  if (!mayProvide(doc.owedBy, c.role)) return rejected(`${c.role} may not provide the ${documentType}`);
  if (doc.status === 'attached') return rejected(`${documentType} already attached`);
  if (c.now > doc.dueAt) return rejected(`${documentType} is past its due date`);
  // No document counts after the filing deadline, however late its own due date.
  if (parcel.shippedAt !== null && c.now - parcel.shippedAt > period.filingDeadlineDays * DAY)
    return rejected(`${documentType} after the filing deadline`);
  return verdict;
};

const onOpenClaim = (parcel: ParcelModel, claim: ClaimModel, c: ClaimCommand): Verdict => {
  switch (c.type) {
    case 'AttachDocument':
      return provide(parcel, claim, c.documentType, c, accepted('DocumentAttached'));
    case 'ConfirmLoss':
      if (c.carrierId !== parcel.parties.carrier)
        return rejected(
          `loss confirmed for ${c.carrierId}, the parcel's carrier is ${parcel.parties.carrier}`,
        );
      return provide(parcel, claim, 'loss-confirmation', c, accepted('LossConfirmed'));
    case 'RejectDocument': {
      if (claim.status === 'accepted') return rejected('claim already accepted');
      const doc = claim.documents.find((d) => d.documentType === c.documentType);
      if (doc === undefined) return rejected(`a ${claim.claimType} claim takes no ${c.documentType}`);
      return doc.status === 'attached'
        ? accepted('DocumentRejected')
        : rejected(`${c.documentType} is ${doc.status}`);
    }
    case 'ExtendDocumentDeadline': {
      if (claim.status !== 'gathering') return rejected(`claim is ${claim.status}, not gathering`);
      const doc = claim.documents.find((d) => d.documentType === c.documentType);
      if (doc === undefined) return rejected(`a ${claim.claimType} claim takes no ${c.documentType}`);
      if (doc.owedBy === 'seller') return rejected('seller deadlines do not extend');
      if (doc.status === 'attached') return rejected(`${c.documentType} already attached`);
      const limit = endOfShanghaiDayAfter(claim.openedAt, period.extensionLimitDays);
      return endOfShanghaiDayAfter(doc.dueAt, c.days) > limit
        ? rejected('extension beyond 120 days after the inquiry')
        : accepted('DocumentDeadlineExtended');
    }
    case 'SubmitClaim': {
      if (claim.status !== 'gathering') return rejected(`claim is ${claim.status}, not gathering`);
      const outstanding = claim.documents.filter((d) => d.status !== 'attached');
      return outstanding.length === 0
        ? accepted('ClaimSubmitted')
        : rejected(`outstanding: ${outstanding.map((d) => d.documentType).join(', ')}`);
    }
    case 'AcceptClaim': {
      if (claim.status !== 'submitted') return rejected(`claim is ${claim.status}, not submitted`);
      const cap = payoutCap(parcel, claim, c.proven, c.rates);
      if (cap === null) return rejected('not insured');
      if (typeof cap === 'string') return rejected(`proven loss not converted: ${cap}`);
      if (c.approved.currency !== parcel.coverage?.insured.currency)
        return rejected('approved in another currency than the coverage');
      if (c.approved.minorUnits <= 0) return rejected('approved amount not positive');
      if (c.approved.minorUnits > cap) return rejected(`approved ${showAmount(c.approved)} above cap ${cap}`);
      return accepted('ClaimAccepted');
    }
    case 'RejectClaim':
      return claim.status === 'submitted' ? accepted('ClaimRejected') : rejected(`claim is ${claim.status}`);
    case 'PayClaim':
      if (claim.status !== 'accepted' || claim.approved === null) return rejected(`claim is ${claim.status}`);
      return sameAmount(c.amount, claim.approved)
        ? accepted('ClaimPaid')
        : rejected(`pays ${showAmount(c.amount)}, approved ${showAmount(claim.approved)}`);
    case 'WithdrawClaim':
      return accepted('ClaimWithdrawn');
  }
};

/** Commands on the current claim: it must be that claim, still open, in the status the step needs. */
export const judgeClaim = (parcel: ParcelModel, c: ClaimCommand): Verdict => {
  if (parcel.booking === null) return rejected('not booked');
  if (parcel.coverage === null) return rejected('not insured');
  if (parcel.shippedAt === null) return rejected('not shipped');
  const claim = parcel.claim;
  if (claim === null || claim.claimId !== c.claimId) return rejected(`${c.claimId} is not the current claim`);
  if (isClosed(claim)) return rejected(`claim ${claim.claimId} is closed (${claim.status})`);
  return onOpenClaim(parcel, claim, c);
};
