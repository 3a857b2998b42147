import { otherParty } from './actor.js';
import { judge } from './judge.js';
import { payoutCap } from './judge-claim.js';
import { extensionDays, ratesFor, splitValue } from './materialize.js';
import type { CommandBody, Step } from './model-command.js';
import { period } from './model-policy.js';
import { inCurrency } from './money.js';
import { type ClaimModel, heldPieceIds, isSettled, openClaimOf, type ParcelModel } from './parcel-model.js';
import { DAY, MINUTE, shanghaiDay } from './time.js';
import { type Currency, type DocumentOwner, type PartyRole, partyPool, type Role } from './vocabulary.js';

const principalRoles: readonly PartyRole[] = ['seller', 'insurer', 'carrier', 'forwarder'];

/**
 * A party of the parcel lets another act for it (the seller its forwarder, the others a party of
 * their own role), or ends a delegation it granted. Null when the parcel has no party in the role.
 */
const delegationStep = (parcel: ParcelModel, pick: number): Step | null => {
  const role = principalRoles[(pick >> 2) % principalRoles.length] ?? 'seller';
  const principal = parcel.parties[role];
  if (principal === null) return null;
  const standing = parcel.delegations.find((d) => d.role === role);
  if (standing !== undefined && pick % 2 === 0)
    return { role, body: { type: 'RevokeDelegation', delegateId: standing.delegateId }, who: 'own' };
  const forwarder = parcel.parties.forwarder;
  const delegateId = role === 'seller' && forwarder !== null ? forwarder : otherParty(role, principal);
  return { role, body: { type: 'GrantDelegation', delegateId }, who: 'own' };
};

const step = (role: Role, body: CommandBody): Step => ({ role, body });

/** Usually the party that owes the document or the forwarder; now and then one that may not send it. */
const senderOf = (owedBy: DocumentOwner, pick: number): Role => {
  if (pick % 11 === 5) return owedBy === 'seller' ? 'carrier' : 'seller';
  return pick % 3 === 0 ? 'forwarder' : owedBy;
};

const claimStep = (parcel: ParcelModel, claim: ClaimModel, now: number, pick: number): Step => {
  const { claimId } = claim;
  switch (claim.status) {
    case 'gathering': {
      const out = claim.documents.filter((d) => d.status !== 'attached');
      if (out.length === 0)
        return step(pick % 2 === 0 ? 'forwarder' : 'seller', { type: 'SubmitClaim', claimId });
      // Parties send what is still on time; once only late documents are left, the scheduler lapses the claim.
      const onTime = out.find((d) => now <= d.dueAt);
      const outstanding = onTime ?? out[0];
      if (outstanding === undefined || (onTime === undefined && pick % 4 !== 0))
        return step('system', { type: 'CheckDeadlines' });
      const { documentType, owedBy } = outstanding;
      if (owedBy !== 'seller' && pick % 9 === 0)
        return step('insurer', {
          type: 'ExtendDocumentDeadline',
          claimId,
          documentType,
          days: pick % 2 === 0 ? 1 + (pick % 30) : extensionDays(parcel, documentType, 'to-limit'),
        });
      if (documentType === 'loss-confirmation')
        return step(pick % 2 === 0 ? 'carrier' : 'forwarder', {
          type: 'ConfirmLoss',
          claimId,
          carrierId: parcel.parties.carrier ?? partyPool.carrier[0],
        });
      const sender = senderOf(owedBy, pick);
      return step(sender, { type: 'AttachDocument', claimId, documentType });
    }
    case 'submitted': {
      if (pick % 8 === 0) return step('insurer', { type: 'RejectClaim', claimId });
      const doc = claim.documents[pick % claim.documents.length];
      if (pick % 8 === 1 && doc !== undefined)
        return step('insurer', { type: 'RejectDocument', claimId, documentType: doc.documentType });
      // The insurer takes its time as often as not, so decision deadlines pass.
      if (pick % 8 === 2 || pick % 8 === 3 || pick % 8 === 4)
        return step('system', { type: 'CheckDeadlines' });
      const insured = parcel.coverage?.insured ?? { minorUnits: 1, currency: 'CNY' };
      const proven = pick % 2 === 0 ? insured : (parcel.booking?.declared ?? insured);
      // Amounts in another currency come with a rate of the day the claim opened, now and then with none.
      const needed = [proven, parcel.booking?.shipping ?? insured];
      const rates = ratesFor(
        needed,
        insured.currency,
        shanghaiDay(claim.openedAt),
        pick % 17 === 5 ? 'none' : 'on-date',
      );
      const found = payoutCap(parcel, claim, proven, rates);
      const cap = typeof found === 'number' ? found : 1;
      const approved = { ...insured, minorUnits: pick % 5 === 0 ? Math.max(1, cap - (pick % 1000)) : cap };
      return step('insurer', { type: 'AcceptClaim', claimId, proven, approved, rates });
    }
    case 'accepted': {
      // Payment comes late about half the time, so the payout due date stored in ClaimAccepted passes.
      if (pick % 2 === 0) return step('system', { type: 'CheckDeadlines' });
      if (pick % 13 === 1)
        return step('seller', { type: 'WithdrawClaim', claimId, reason: 'settled-with-buyer' });
      const amount = claim.approved ?? { minorUnits: 1, currency: 'CNY' };
      return step('insurer', { type: 'PayClaim', claimId, amount });
    }
    // A closed claim is not open, so `proceed` never brings one here; letting time pass is harmless.
    case 'paid':
    case 'rejected':
    case 'lapsed':
    case 'withdrawn':
      return step('system', { type: 'CheckDeadlines' });
  }
};

/** The booked pieces neither delivered nor held by a claim. */
const missingPieces = (parcel: ParcelModel): readonly string[] => {
  const held = heldPieceIds(parcel);
  return (parcel.booking?.pieces ?? [])
    .map((p) => p.pieceId)
    .filter((id) => !parcel.deliveredPieceIds.includes(id) && !held.has(id));
};

const inquiry = (parcel: ParcelModel, now: number, pick: number): Step | null => {
  const missing = missingPieces(parcel);
  const partial = parcel.stage === 'delivered' && missing.length > 0 && pick % 3 !== 0;
  const candidate = step('seller', {
    type: 'OpenInquiry',
    claimId: `C${parcel.usedClaimIds.length + 1}`,
    claimType: partial ? 'partial-loss' : parcel.stage === 'delivered' ? 'damage' : 'loss',
    pieceIds: partial ? missing : null,
  });
  // Mostly only when the model would accept it, so claims get going; now and then anyway, to see it refused.
  // The envelope's id and parcel index do not enter the model's judgement.
  const envelope = {
    parcel: 0,
    commandId: '',
    now,
    role: candidate.role,
    actorId: parcel.parties.seller ?? '',
  };
  const wouldOpen = judge(parcel, { ...envelope, ...candidate.body }).kind === 'accepted';
  return wouldOpen || pick % 6 === 0 ? candidate : null;
};

/**
 * Nothing more can happen to the parcel's coverage: a claim was paid or rejected, or no claim is
 * running and the damage window or the filing deadline has passed, or it left uninsured.
 */
export const storyOver = (parcel: ParcelModel, now: number): boolean => {
  if (openClaimOf(parcel) !== null) return false;
  if (isSettled(parcel)) return true;
  if (parcel.deliveredAt !== null) return now > parcel.deliveredAt + period.damageNoticeDays * DAY;
  if (parcel.shippedAt === null) return false;
  return parcel.coverage === null || now > parcel.shippedAt + period.filingDeadlineDays * DAY;
};

/**
 * What a cooperative party would do next for this parcel: book, insure, move it, open a claim when
 * the window is open, gather the dossier, submit, decide, pay. `pick` varies the path (uninsured
 * parcels, delivery instead of loss, a rejected claim, a late payment). The model still judges
 * the result: a step chosen here may be refused, for instance a document after its due date.
 */
export const proceed = (parcel: ParcelModel, now: number, pick: number): Step => {
  if (parcel.booking === null) {
    const currency: Currency = pick % 4 === 0 ? 'EUR' : 'CNY';
    const declared = 20_000 + (pick % 97) * 1_000;
    return step('seller', {
      type: 'BookParcel',
      declared: { minorUnits: declared, currency },
      shipping: { minorUnits: 1_500 + (pick % 500), currency },
      pieces: splitValue(declared, 1 + ((pick >> 3) % 3)),
      sellerId: partyPool.seller[(pick >> 5) % 2] ?? partyPool.seller[0],
      forwarderId: partyPool.forwarder[(pick >> 6) % 2] ?? partyPool.forwarder[0],
    });
  }
  const delegation = pick % 29 === 11 ? delegationStep(parcel, pick) : null;
  if (delegation !== null) return delegation;
  const open = openClaimOf(parcel);
  if (open !== null) return claimStep(parcel, open, now, pick);
  const insure = parcel.coverage === null && parcel.shippedAt === null && pick % 7 !== 0;
  if (insure) {
    const { declared, shipping } = parcel.booking;
    // Now and then the coverage is in another currency, with the rate of the day of purchase.
    const target: Currency =
      pick % 5 === 0 ? (declared.currency === 'CNY' ? 'EUR' : 'CNY') : declared.currency;
    const rates = ratesFor([declared, shipping], target, shanghaiDay(now), 'on-date');
    const goods = inCurrency(declared, target, rates, shanghaiDay(now));
    const base = typeof goods === 'string' ? declared.minorUnits : goods.minorUnits;
    const insured = { minorUnits: Math.max(1, base - (pick % 3) * 1_000), currency: target };
    const premium = { ...insured, minorUnits: Math.max(1, Math.floor(insured.minorUnits / 100)) };
    return step('seller', {
      type: 'PurchaseInsurance',
      insured,
      premium,
      coversShipping: pick % 2 === 0,
      insurerId: partyPool.insurer[(pick >> 4) % 2] ?? partyPool.insurer[0],
      rates,
    });
  }
  switch (parcel.stage) {
    case 'booked':
      return step('forwarder', pick % 2 === 0 ? { type: 'RecordPickup' } : { type: 'RecordHubArrival' });
    case 'picked-up':
      return step('forwarder', { type: 'RecordHubArrival' });
    case 'at-hub':
    case 'none':
      return step('forwarder', { type: 'ShipParcel' });
    case 'delivered':
      // Damage shows some days after delivery, or never; a probe may find the window's last millisecond.
      // A piece left behind is claimed as a partial loss more often than not.
      return (
        (pick % 2 === 0 || missingPieces(parcel).length > 0 ? inquiry(parcel, now, pick) : null) ??
        step('system', { type: 'CheckDeadlines' })
      );
    case 'shipped':
    case 'with-carrier': {
      // Mostly handed over first: a loss is confirmed only by a carrier that took the parcel.
      if (parcel.stage === 'shipped' && pick % 13 !== 0)
        return step('forwarder', {
          type: 'HandOverToCarrier',
          carrierId: partyPool.carrier[(pick >> 7) % 2] ?? partyPool.carrier[0],
          pieceIds: (parcel.booking?.pieces ?? []).map((p) => p.pieceId),
        });
      // Until a carrier takes the parcel, the forwarder records its movements.
      const mover: Role = parcel.handedOver ? 'carrier' : 'forwarder';
      const pieceIds = (parcel.booking?.pieces ?? []).map((p) => p.pieceId);
      // A parcel of several pieces now and then arrives without its last one, for a partial-loss claim.
      if (pieceIds.length > 1 && parcel.claim === null && pick % 6 === 1)
        return step(mover, { type: 'RecordDelivery', pieceIds: pieceIds.slice(0, -1) });
      const opened = inquiry(parcel, now, pick);
      if (opened !== null) return opened;
      if (pick % 7 === 0) return step(mover, { type: 'RecordDelivery', pieceIds });
      if (pick % 5 === 0) return step('system', { type: 'CheckDeadlines' });
      return step(mover, { type: 'RecordTrackingUpdate', scannedAt: now - (pick % 180) * MINUTE });
    }
  }
};
