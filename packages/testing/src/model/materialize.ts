import { otherParty } from './actor.js';
import { payoutCap } from './judge-claim.js';
import type { CommandBody, ModelRate, Step } from './model-command.js';
import { dossier, period, usualRole } from './model-policy.js';
import { inCurrency } from './money.js';
import { heldPieceIds, type ParcelModel } from './parcel-model.js';
import type { ClaimRef, RateSpec, RoleChoice, Spec } from './spec.js';
import { endOfShanghaiDayAfter, HOUR, shanghaiDay } from './time.js';
import {
  type Amount,
  type Currency,
  type DocumentType,
  type PartyRole,
  partyPool,
  type Role,
} from './vocabulary.js';

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
  Object.values(dossier)
    .flat()
    .find((r) => r.documentType === documentType)?.owedBy ?? 'forwarder';

/** `declared` split over `n` pieces by weights 3, 2, 1 …, the last taking the rounding. */
export const splitValue = (declared: number, n: number): readonly number[] => {
  const weights = Array.from({ length: n }, (_, i) => n - i);
  const total = weights.reduce((a, b) => a + b, 0);
  const values = weights.map((w) => Math.floor((declared * w) / total));
  const rest = declared - values.reduce((a, b) => a + b, 0);
  return values.map((v, i) => (i === n - 1 ? v + rest : v));
};

/**
 * The rates a command sends to bring `amounts` into `target`: one per other currency, dated the day
 * the policy takes rates at, or a week before it; none when asked for none.
 */
export const ratesFor = (
  amounts: readonly Amount[],
  target: Currency,
  day: number,
  spec: RateSpec,
): readonly ModelRate[] => {
  if (spec === 'none') return [];
  const from = [...new Set(amounts.map((a) => a.currency).filter((c) => c !== target))];
  return from.map((currency) => ({ from: currency, to: target, day: spec === 'stale' ? day - 7 : day }));
};

const bookedIds = (parcel: ParcelModel): readonly string[] =>
  parcel.booking?.pieces.map((p) => p.pieceId) ?? ['P1'];

const piecesFor = (
  parcel: ParcelModel,
  which: 'unheld' | 'undelivered' | 'delivered' | 'all',
): readonly string[] | null => {
  const held = heldPieceIds(parcel);
  switch (which) {
    case 'unheld':
      return null;
    case 'undelivered':
      return bookedIds(parcel).filter((id) => !parcel.deliveredPieceIds.includes(id) && !held.has(id));
    case 'delivered':
      return parcel.deliveredPieceIds;
    case 'all':
      return bookedIds(parcel);
  }
};

const principal = (role: Role): PartyRole => (role === 'system' ? 'seller' : role);

const bodyOf = (parcel: ParcelModel, spec: Spec, role: Role, now: number): CommandBody => {
  switch (spec.type) {
    case 'BookParcel': {
      const declared = {
        minorUnits: spec.variant === 'zero-value' ? 0 : spec.declared,
        currency: spec.currency,
      };
      const currency = spec.variant === 'mixed-currency' ? otherCurrency(spec.currency) : spec.currency;
      const pieces = splitValue(declared.minorUnits, spec.pieces);
      return {
        type: spec.type,
        declared,
        shipping: { minorUnits: spec.shipping, currency },
        pieces: spec.variant === 'pieces-off' ? pieces.map((v, i) => (i === 0 ? v + 1 : v)) : pieces,
        sellerId: partyPool.seller[0],
        forwarderId: partyPool.forwarder[0],
      };
    }
    case 'PurchaseInsurance': {
      const declared = parcel.booking?.declared ?? fallback;
      const shipping = parcel.booking?.shipping ?? fallback;
      const target = spec.variant === 'other-currency' ? otherCurrency(declared.currency) : declared.currency;
      const rates = ratesFor(
        spec.coversShipping ? [declared, shipping] : [declared],
        target,
        shanghaiDay(now),
        spec.rate,
      );
      const goods = inCurrency(
        declared,
        target,
        ratesFor([declared], target, shanghaiDay(now), 'on-date'),
        shanghaiDay(now),
      );
      const base = typeof goods === 'string' ? declared.minorUnits : goods.minorUnits;
      const share = Math.max(1, Math.floor((base * spec.percent) / 100));
      const insured: Amount = {
        minorUnits: spec.variant === 'above-declared' ? base + 1 : share,
        currency: target,
      };
      const premium = { ...insured, minorUnits: Math.max(1, Math.floor(insured.minorUnits / 100)) };
      return {
        type: spec.type,
        insured,
        premium,
        coversShipping: spec.coversShipping,
        insurerId: parcel.parties.insurer ?? partyPool.insurer[0],
        rates,
      };
    }
    case 'RecordTrackingUpdate': {
      const scannedAt =
        spec.scanned === 'now' ? now : spec.scanned === 'earlier' ? now - 3 * HOUR : now + HOUR;
      return { type: spec.type, scannedAt };
    }
    case 'RecordDelivery': {
      const all = bookedIds(parcel);
      const pieceIds =
        spec.pieces === 'unknown'
          ? ['P9']
          : spec.pieces === 'some' && all.length > 1
            ? all.slice(0, -1)
            : all;
      return { type: spec.type, pieceIds };
    }
    case 'HandOverToCarrier':
      return {
        type: spec.type,
        carrierId: parcel.parties.carrier ?? partyPool.carrier[0],
        pieceIds: bookedIds(parcel),
      };
    case 'OpenInquiry': {
      const fresh = `C${parcel.usedClaimIds.length + 1}`;
      const claimId = spec.claimId === 'fresh' ? fresh : (parcel.usedClaimIds.at(-1) ?? fresh);
      return {
        type: spec.type,
        claimId,
        claimType: spec.claimType,
        pieceIds: piecesFor(parcel, spec.pieces),
      };
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
    case 'ConfirmLoss': {
      const carrier = parcel.parties.carrier ?? partyPool.carrier[0];
      return {
        type: spec.type,
        claimId: claimIdOf(parcel, spec.claim),
        carrierId: spec.carrier === 'parcel' ? carrier : otherParty('carrier', carrier),
      };
    }
    case 'SubmitClaim':
    case 'RejectClaim':
      return { type: spec.type, claimId: claimIdOf(parcel, spec.claim) };
    case 'AcceptClaim': {
      const insured = parcel.coverage?.insured ?? fallback;
      const declared = parcel.booking?.declared ?? insured;
      const proven =
        spec.proven === 'insured'
          ? insured
          : spec.proven === 'declared'
            ? declared
            : { ...insured, minorUnits: Math.floor(insured.minorUnits / 2) };
      const claim = parcel.claim;
      const day = shanghaiDay(claim?.openedAt ?? now);
      const shipping = parcel.booking?.shipping ?? insured;
      const rates = ratesFor([proven, shipping], insured.currency, day, spec.rate);
      const found =
        claim === null
          ? null
          : payoutCap(parcel, claim, proven, ratesFor([proven, shipping], insured.currency, day, 'on-date'));
      const cap: Amount = { ...insured, minorUnits: typeof found === 'number' ? found : insured.minorUnits };
      const approved = {
        cap,
        'below-cap': plus(cap, -1),
        'above-cap': plus(cap, 1),
        zero: { ...cap, minorUnits: 0 },
        'other-currency': { ...cap, currency: otherCurrency(cap.currency) },
      }[spec.approved];
      return { type: spec.type, claimId: claimIdOf(parcel, spec.claim), proven, approved, rates };
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
    case 'GrantDelegation':
    case 'RevokeDelegation': {
      const own = parcel.parties[principal(role)] ?? partyPool[principal(role)][0];
      const delegateId = {
        forwarder: parcel.parties.forwarder ?? partyPool.forwarder[0],
        other: otherParty(principal(role), own),
        self: own,
      }[spec.delegate];
      return { type: spec.type, delegateId };
    }
    case 'RecordPickup':
    case 'RecordHubArrival':
    case 'ShipParcel':
    case 'CheckDeadlines':
      return { type: spec.type };
  }
};

/** Fills in a generated command from the parcel's state: ids, amounts relative to its coverage, the sender. */
export const materialize = (parcel: ParcelModel, spec: Spec, role: RoleChoice, now: number): Step => {
  const usual = spec.type === 'AttachDocument' ? ownerOf(spec.documentType) : usualRole[spec.type];
  const sender = role === 'usual' ? usual : role;
  return { role: sender, body: bodyOf(parcel, spec, sender, now) };
};
