import { payoutCap } from './judge-claim.js';
import type { CommandBody, Step } from './model-command.js';
import { dossier, period, usualRole } from './model-policy.js';
import type { ParcelModel } from './parcel-model.js';
import type { ClaimRef, RoleChoice, Spec } from './spec.js';
import { endOfShanghaiDayAfter, HOUR, shanghaiDay } from './time.js';
import type { Amount, Currency, DocumentType, Role } from './vocabulary.js';

const otherCurrency = (c: Currency): Currency => (c === 'CNY' ? 'EUR' : 'CNY');
const fallback: Amount = { minorUnits: 100_000, currency: 'CNY' };
const plus = (a: Amount, n: number): Amount => ({ ...a, minorUnits: Math.max(0, a.minorUnits + n) });

/** The days that move a document's due date exactly onto the extension limit, or one day past it. */
export const extensionDays = (
  parcel: ParcelModel,
  documentType: DocumentType,
  reach: 'to-limit' | 'past-limit',
): number => {
  const claim = parcel.claim;
  const due = claim?.documents.find((d) => d.documentType === documentType)?.dueAt;
  if (claim === null || due === undefined) return 1;
  const limit = shanghaiDay(endOfShanghaiDayAfter(claim.openedAt, period.extensionLimitDays));
  return Math.max(1, limit - shanghaiDay(due) + (reach === 'past-limit' ? 1 : 0));
};

const claimIdOf = (parcel: ParcelModel, ref: ClaimRef): string => {
  const current = parcel.claim?.claimId ?? 'C1';
  if (ref === 'current') return current;
  return parcel.usedClaimIds.find((id) => id !== current) ?? 'C0';
};

/** The party that owes a document, which is who usually sends it. */
const ownerOf = (documentType: DocumentType): Role =>
  [...dossier.loss, ...dossier.damage].find((r) => r.documentType === documentType)?.owedBy ?? 'forwarder';

const bodyOf = (parcel: ParcelModel, spec: Spec, now: number): CommandBody => {
  switch (spec.type) {
    case 'BookParcel': {
      const declared = {
        minorUnits: spec.variant === 'zero-value' ? 0 : spec.declared,
        currency: spec.currency,
      };
      const currency = spec.variant === 'mixed-currency' ? otherCurrency(spec.currency) : spec.currency;
      return { type: spec.type, declared, shipping: { minorUnits: spec.shipping, currency } };
    }
    case 'PurchaseInsurance': {
      const declared = parcel.booking?.declared ?? fallback;
      const share = Math.max(1, Math.floor((declared.minorUnits * spec.percent) / 100));
      const insured: Amount = {
        minorUnits: spec.variant === 'above-declared' ? declared.minorUnits + 1 : share,
        currency: spec.variant === 'other-currency' ? otherCurrency(declared.currency) : declared.currency,
      };
      const premium = { ...insured, minorUnits: Math.max(1, Math.floor(insured.minorUnits / 100)) };
      return { type: spec.type, insured, premium, coversShipping: spec.coversShipping };
    }
    case 'RecordTrackingUpdate': {
      const scannedAt =
        spec.scanned === 'now' ? now : spec.scanned === 'earlier' ? now - 3 * HOUR : now + HOUR;
      return { type: spec.type, scannedAt };
    }
    case 'OpenInquiry': {
      const fresh = `C${parcel.usedClaimIds.length + 1}`;
      const claimId = spec.claimId === 'fresh' ? fresh : (parcel.usedClaimIds.at(-1) ?? fresh);
      return { type: spec.type, claimId, claimType: spec.claimType };
    }
    case 'AttachDocument':
      return { type: spec.type, claimId: claimIdOf(parcel, spec.claim), documentType: spec.documentType };
    case 'RejectDocument':
      return { type: spec.type, claimId: claimIdOf(parcel, spec.claim), documentType: spec.documentType };
    case 'ExtendDocumentDeadline':
      return {
        type: spec.type,
        claimId: claimIdOf(parcel, spec.claim),
        documentType: spec.documentType,
        days: typeof spec.days === 'number' ? spec.days : extensionDays(parcel, spec.documentType, spec.days),
      };
    case 'ConfirmLoss':
    case 'SubmitClaim':
    case 'RejectClaim':
      return { type: spec.type, claimId: claimIdOf(parcel, spec.claim) };
    case 'AcceptClaim': {
      const insured = parcel.coverage?.insured ?? fallback;
      const proven =
        spec.proven === 'insured'
          ? insured
          : spec.proven === 'declared'
            ? (parcel.booking?.declared ?? insured)
            : { ...insured, minorUnits: Math.floor(insured.minorUnits / 2) };
      const cap: Amount = { ...insured, minorUnits: payoutCap(parcel, proven) ?? insured.minorUnits };
      const approved = {
        cap,
        'below-cap': plus(cap, -1),
        'above-cap': plus(cap, 1),
        zero: { ...cap, minorUnits: 0 },
        'other-currency': { ...cap, currency: otherCurrency(cap.currency) },
      }[spec.approved];
      return { type: spec.type, claimId: claimIdOf(parcel, spec.claim), proven, approved };
    }
    case 'PayClaim': {
      const approved = parcel.claim?.approved ?? parcel.coverage?.insured ?? fallback;
      const amount = {
        approved,
        less: plus(approved, -1),
        more: plus(approved, 1),
        'other-currency': { ...approved, currency: otherCurrency(approved.currency) },
      }[spec.amount];
      return { type: spec.type, claimId: claimIdOf(parcel, spec.claim), amount };
    }
    case 'WithdrawClaim':
      return { type: spec.type, claimId: claimIdOf(parcel, spec.claim), reason: spec.reason };
    case 'RecordPickup':
    case 'RecordHubArrival':
    case 'ShipParcel':
    case 'HandOverToCarrier':
    case 'RecordDelivery':
    case 'CheckDeadlines':
      return { type: spec.type };
  }
};

/** Fills in a generated command from the parcel's state: ids, amounts relative to its coverage, the sender. */
export const materialize = (parcel: ParcelModel, spec: Spec, role: RoleChoice, now: number): Step => {
  const usual = spec.type === 'AttachDocument' ? ownerOf(spec.documentType) : usualRole[spec.type];
  return { role: role === 'usual' ? usual : role, body: bodyOf(parcel, spec, now) };
};
