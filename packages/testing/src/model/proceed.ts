import { judge } from './judge.js';
import { payoutCap } from './judge-claim.js';
import { extensionDays } from './materialize.js';
import type { CommandBody, Step } from './model-command.js';
import { period } from './model-policy.js';
import { type ClaimModel, openClaimOf, type ParcelModel } from './parcel-model.js';
import { DAY, MINUTE } from './time.js';
import type { Currency, DocumentOwner, Role } from './vocabulary.js';

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
        return step(pick % 2 === 0 ? 'carrier' : 'forwarder', { type: 'ConfirmLoss', claimId });
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
      const cap = payoutCap(parcel, proven) ?? 1;
      const approved = { ...insured, minorUnits: pick % 5 === 0 ? Math.max(1, cap - (pick % 1000)) : cap };
      return step('insurer', { type: 'AcceptClaim', claimId, proven, approved });
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

const inquiry = (parcel: ParcelModel, now: number, pick: number): Step | null => {
  const candidate = step('seller', {
    type: 'OpenInquiry',
    claimId: `C${parcel.usedClaimIds.length + 1}`,
    claimType: parcel.stage === 'delivered' ? 'damage' : 'loss',
  });
  // Mostly only when the model would accept it, so claims get going; now and then anyway, to see it refused.
  // The envelope's id and parcel index do not enter the model's judgement.
  const envelope = { parcel: 0, commandId: '', now, role: candidate.role };
  const wouldOpen = judge(parcel, { ...envelope, ...candidate.body }).kind === 'accepted';
  return wouldOpen || pick % 6 === 0 ? candidate : null;
};

/**
 * Nothing more can happen to the parcel's coverage: a claim was paid or rejected, or no claim is
 * running and the damage window or the filing deadline has passed, or it left uninsured.
 */
export const storyOver = (parcel: ParcelModel, now: number): boolean => {
  if (openClaimOf(parcel) !== null) return false;
  if (parcel.settled) return true;
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
    return step('seller', {
      type: 'BookParcel',
      declared: { minorUnits: 20_000 + (pick % 97) * 1_000, currency },
      shipping: { minorUnits: 1_500 + (pick % 500), currency },
    });
  }
  const open = openClaimOf(parcel);
  if (open !== null) return claimStep(parcel, open, now, pick);
  const insure = parcel.coverage === null && parcel.shippedAt === null && pick % 7 !== 0;
  if (insure) {
    const { declared } = parcel.booking;
    const insured = { ...declared, minorUnits: Math.max(1, declared.minorUnits - (pick % 3) * 1_000) };
    const premium = { ...declared, minorUnits: Math.max(1, Math.floor(insured.minorUnits / 100)) };
    return step('seller', { type: 'PurchaseInsurance', insured, premium, coversShipping: pick % 2 === 0 });
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
      return (
        (pick % 2 === 0 ? inquiry(parcel, now, pick) : null) ?? step('system', { type: 'CheckDeadlines' })
      );
    case 'shipped':
    case 'with-carrier': {
      // Mostly handed over first: a loss is confirmed only by a carrier that took the parcel.
      if (parcel.stage === 'shipped' && pick % 13 !== 0)
        return step('forwarder', { type: 'HandOverToCarrier' });
      const opened = inquiry(parcel, now, pick);
      if (opened !== null) return opened;
      // Until a carrier takes the parcel, the forwarder records its movements.
      const mover: Role = parcel.handedOver ? 'carrier' : 'forwarder';
      if (pick % 7 === 0) return step(mover, { type: 'RecordDelivery' });
      if (pick % 5 === 0) return step('system', { type: 'CheckDeadlines' });
      return step(mover, { type: 'RecordTrackingUpdate', scannedAt: now - (pick % 180) * MINUTE });
    }
  }
};
