import * as E from 'fp-ts/lib/Either.js';
import { addCalendarDays, type BusinessCalendar, isOverdue } from '../calendar/index.js';
import { because, type Rejection } from '../decider/rejection.js';
import type { Booking, Claim, DocumentSlot } from '../decider/state.js';
import type { RequiredDocument } from '../events/parts.js';
import type { PieceId } from '../ids.js';
import { addMoney, type CurrencyCode, type Money } from '../money/index.js';
import type { PolicyParameters } from '../policy/parameters.js';
import type { Instant } from '../time/instant.js';
import type { Actor, PartyRole } from '../vocabulary/actor.js';
import { withArticle } from '../vocabulary/article.js';
import type { ClaimType } from '../vocabulary/claim-type.js';
import type { DocumentOwner, DocumentType } from '../vocabulary/document-type.js';
import { atMostDaysApart, elapsedDays } from './elapsed.js';
import type { Finding } from './rule.js';

interface Requirement {
  readonly documentType: DocumentType;
  readonly owedBy: DocumentOwner;
}

const outboundRecord: Requirement = { documentType: 'outbound-record', owedBy: 'forwarder' };
const proofOfValue: Requirement = { documentType: 'proof-of-value', owedBy: 'seller' };
const proofOfHandover: Requirement = { documentType: 'proof-of-handover', owedBy: 'forwarder' };
const buyerDisputeEvidence: Requirement = { documentType: 'buyer-dispute-evidence', owedBy: 'seller' };
const lossConfirmation: Requirement = { documentType: 'loss-confirmation', owedBy: 'carrier' };

/**
 * D1: the dossier of each claim type and who owes each document (claims-domain.md, documents 1-5,
 * and "Beyond the founding story"). A theft-after-delivery claim may also need a police report
 * (`needsPoliceReport`).
 */
export const dossierRequirements: { readonly [T in ClaimType]: readonly Requirement[] } = {
  loss: [outboundRecord, proofOfValue, proofOfHandover, buyerDisputeEvidence, lossConfirmation],
  damage: [
    outboundRecord,
    proofOfValue,
    proofOfHandover,
    { documentType: 'damage-photos', owedBy: 'seller' },
    { documentType: 'repair-estimate', owedBy: 'seller' },
  ],
  'partial-loss': [
    outboundRecord,
    proofOfValue,
    proofOfHandover,
    buyerDisputeEvidence,
    lossConfirmation,
    { documentType: 'packing-list', owedBy: 'seller' },
  ],
  'missing-contents': [
    outboundRecord,
    proofOfValue,
    proofOfHandover,
    { documentType: 'packaging-photos', owedBy: 'seller' },
    { documentType: 'delivery-weight-record', owedBy: 'carrier' },
  ],
  'theft-after-delivery': [
    proofOfValue,
    { documentType: 'proof-of-delivery', owedBy: 'carrier' },
    { documentType: 'non-receipt-statement', owedBy: 'seller' },
  ],
};

const policeReportRequirement: Requirement = { documentType: 'police-report', owedBy: 'seller' };

/**
 * D1: a theft-after-delivery claim needs a police report when the goods value it claims is above
 * the policy's `policeReportThreshold`. The comparison is made in the coverage currency; a value or
 * threshold in another currency cannot be compared without a rate, so it needs the report too.
 */
export const needsPoliceReport = (
  claimType: ClaimType,
  claimed: Money | null,
  coverageCurrency: CurrencyCode,
  p: PolicyParameters,
): boolean => {
  if (claimType !== 'theft-after-delivery') return false;
  const threshold = p.policeReportThreshold.value;
  if (claimed === null || threshold.currency !== coverageCurrency || claimed.currency !== coverageCurrency)
    return true;
  return claimed.minorUnits > threshold.minorUnits;
};

/**
 * D1: the goods value of the pieces a claim holds, the sum of their booked goods values; null when
 * they cannot be added up (pieces in different currencies, or a sum past the safe range).
 */
export const claimedGoodsValue = (booking: Booking, pieceIds: readonly PieceId[]): Money | null => {
  const claimed = new Set<string>(pieceIds);
  let sum: Money | null = null;
  for (const piece of booking.pieces) {
    if (!claimed.has(piece.pieceId)) continue;
    if (sum === null) sum = piece.goodsValue;
    else {
      const added = addMoney(sum, piece.goodsValue);
      if (E.isLeft(added)) return null;
      sum = added.right;
    }
  }
  return sum;
};

/** Seller documents get `sellerDocumentGrace`; forwarder and carrier documents `carrierDocumentGrace`. */
export const graceDays = (owedBy: DocumentOwner, p: PolicyParameters): number =>
  owedBy === 'seller' ? p.sellerDocumentGrace.value : p.carrierDocumentGrace.value;

/**
 * D1: the required documents of a new claim with their due dates, computed once at the inquiry;
 * `policeReport` adds the police report ({@link needsPoliceReport}).
 */
export const requiredDocuments = (
  claimType: ClaimType,
  calendar: BusinessCalendar,
  p: PolicyParameters,
  openedAt: Instant,
  policeReport: boolean,
): RequiredDocument[] =>
  [...dossierRequirements[claimType], ...(policeReport ? [policeReportRequirement] : [])].map((r) => ({
    documentType: r.documentType,
    owedBy: r.owedBy,
    due: addCalendarDays(calendar, openedAt, graceDays(r.owedBy, p)),
  }));

/** D1: the party that owes a document may provide it, and so may the forwarder who assembles the dossier. */
export const allowedProviders = (owedBy: DocumentOwner): readonly DocumentOwner[] =>
  owedBy === 'forwarder' ? ['forwarder'] : [owedBy, 'forwarder'];

const asProvider = (role: PartyRole): DocumentOwner | null =>
  role === 'seller' || role === 'forwarder' || role === 'carrier' ? role : null;

/** D1: the slot of a document the claim requires, or why the claim takes no such document. */
export const documentSlot = (claim: Claim, documentType: DocumentType): E.Either<Rejection, DocumentSlot> => {
  const slot = claim.documents.find((d) => d.documentType === documentType);
  return slot === undefined
    ? E.left({
        code: 'DocumentNotRequired',
        rule: 'D1',
        documentType,
        claimType: claim.claimType,
        message: because('D1', `${withArticle(claim.claimType)} claim takes no ${documentType}`),
      })
    : E.right(slot);
};

/** When the parcel left and the policy's filing deadline: no document is accepted later than that after dispatch. */
export interface FilingLimit {
  readonly shippedAt: Instant;
  readonly filingDeadlineDays: number;
}

/**
 * D1: a document is provided once (again only after a rejection), by a party allowed to provide
 * it, for a claim type that needs it, no later than its due date, and no later than the policy's
 * filing deadline after dispatch. Gives the provider to record.
 */
export const documentProvision = (
  claim: Claim,
  documentType: DocumentType,
  role: PartyRole,
  now: Instant,
  filing: FilingLimit,
): E.Either<Rejection, DocumentOwner> => {
  const found = documentSlot(claim, documentType);
  if (E.isLeft(found)) return found;
  const slot = found.right;
  const allowed = allowedProviders(slot.owedBy);
  const provider = asProvider(role);
  if (provider === null || !allowed.includes(provider))
    return E.left({
      code: 'DocumentProviderNotAllowed',
      rule: 'D1',
      documentType,
      role,
      allowed,
      message: because(
        'D1',
        `${withArticle(role)} may not provide the ${documentType}; allowed: ${allowed.join(', ')}`,
      ),
    });
  if (slot.status === 'attached' && slot.providedAt !== null)
    return E.left({
      code: 'DocumentAlreadyAttached',
      rule: 'D1',
      documentType,
      providedAt: slot.providedAt,
      message: because('D1', `the ${documentType} was already provided at ${slot.providedAt}`),
    });
  if (isOverdue(slot.due, now))
    return E.left({
      code: 'DocumentOverdue',
      rule: 'D1',
      documentType,
      due: slot.due,
      now,
      message: because('D1', `the ${documentType} was due by ${slot.due.dueAt}; it arrived at ${now}`),
    });
  if (!atMostDaysApart(filing.shippedAt, now, filing.filingDeadlineDays)) {
    const daysSinceDispatch = elapsedDays(filing.shippedAt, now);
    return E.left({
      code: 'DocumentAfterFilingDeadline',
      rule: 'D1',
      documentType,
      shippedAt: filing.shippedAt,
      daysSinceDispatch,
      filingDeadlineDays: filing.filingDeadlineDays,
      message: because(
        'D1',
        `the ${documentType} arrived ${daysSinceDispatch} days after dispatch; the policy accepts documents for at most ${filing.filingDeadlineDays}`,
      ),
    });
  }
  return E.right(provider);
};

type Filed = {
  readonly shippedAt: Instant;
  readonly terms: { readonly policy: { readonly parameters: PolicyParameters } };
};

const filingLimitOf = ({ shippedAt, terms }: Filed): FilingLimit => ({
  shippedAt,
  filingDeadlineDays: terms.policy.parameters.filingDeadline.value,
});

type Provider = { readonly actor: Actor; readonly now: Instant };

/** D1: the provider to record for the document the command names, found by {@link documentProvision}. */
export const providerFound: Finding<
  Filed & { claim: Claim; command: { data: Provider & { documentType: DocumentType } } },
  { providedBy: DocumentOwner }
> = {
  steps: [{ rule: 'D1', name: 'document provision' }],
  find: (given) => {
    const { documentType, actor, now } = given.command.data;
    return E.map((providedBy: DocumentOwner) => ({ providedBy }))(
      documentProvision(given.claim, documentType, actor.role, now, filingLimitOf(given)),
    );
  },
};

/** D1: the provider to record for the carrier's loss confirmation. */
export const lossConfirmationProviderFound: Finding<
  Filed & { claim: Claim; command: { data: Provider } },
  { providedBy: DocumentOwner }
> = {
  steps: [{ rule: 'D1', name: 'document provision' }],
  find: (given) =>
    E.map((providedBy: DocumentOwner) => ({ providedBy }))(
      documentProvision(
        given.claim,
        'loss-confirmation',
        given.command.data.actor.role,
        given.command.data.now,
        filingLimitOf(given),
      ),
    ),
};
