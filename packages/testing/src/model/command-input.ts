import { payoutCap } from './judge-claim.js';
import type { CommandOf, ModelCommand } from './model-command.js';
import { rateInput } from './money.js';
import type { ParcelModel } from './parcel-model.js';
import { iso } from './time.js';

/** The id of the piece at a position (from 0) of the booking. */
export const pieceIdAt = (index: number): string => `P${index + 1}`;

const hashOf = (commandId: string): string => `sha256:${commandId.replaceAll('-', '').padStart(64, '0')}`;

/** The model's parcels are paid to their seller, by bank transfer. */
const payeeOf = (parcel: ParcelModel) => ({ role: 'seller', partyId: parcel.parties.seller ?? 'seller-1' });

/** The cap the model computes for an acceptance: below it, the approval is partial. */
const acceptanceCap = (parcel: ParcelModel, c: CommandOf<'AcceptClaim'>): number => {
  const cap = parcel.claim === null ? null : payoutCap(parcel, parcel.claim, c.proven, c.rates);
  return typeof cap === 'number' ? cap : 0;
};

const fields = (c: ModelCommand, parcel: ParcelModel): Record<string, unknown> => {
  switch (c.type) {
    case 'BookParcel':
      return {
        sellerId: c.sellerId,
        forwarderId: c.forwarderId,
        origin: 'CN',
        destination: 'DE',
        contents: 'Model-based test goods',
        goodsValue: c.declared,
        valueBasis: 'invoice',
        customsValue: c.declared,
        carriageValue: null,
        shippingCost: c.shipping,
        pieces: c.pieces.map((value, i) => ({
          pieceId: pieceIdAt(i),
          description: `Model-based test goods, piece ${i + 1}`,
          goodsValue: { minorUnits: value, currency: c.declared.currency },
          weightGrams: 400 + 300 * i,
        })),
      };
    case 'PurchaseInsurance':
      return {
        insurerId: c.insurerId,
        policy: { id: 'parcel-standard', version: 1 },
        insuredValue: c.insured,
        valueBasis: 'invoice',
        coversShippingCost: c.coversShipping,
        premium: c.premium,
        payerCalendar: 'cn-mainland',
        rates: c.rates.map(rateInput),
      };
    case 'RecordPickup':
    case 'CheckDeadlines':
      return {};
    case 'RecordDelivery':
      return { pieceIds: c.pieceIds };
    case 'RecordHubArrival':
      return { hubId: 'szx-hub' };
    case 'ShipParcel':
      return { hubId: 'szx-hub', cargoReference: 'MAWB 784-MODEL' };
    case 'HandOverToCarrier':
      return {
        carrierId: c.carrierId,
        trackingNumber: 'SC000000001CN',
        boxes: c.pieceIds.map((pieceId, i) => ({
          pieceId,
          airBoxNumber: `AB-${i + 1}`,
          customsBoxNumber: `CB-${i + 1}`,
        })),
      };
    case 'RecordTrackingUpdate':
      return { scannedAt: iso(c.scannedAt), location: 'Leipzig hub', description: 'Scanned' };
    case 'OpenInquiry':
      return { claimId: c.claimId, claimType: c.claimType, pieceIds: c.pieceIds };
    case 'AttachDocument':
      return {
        claimId: c.claimId,
        documentType: c.documentType,
        reference: `dossier/${c.documentType}.pdf`,
        contentHash: hashOf(c.commandId),
      };
    case 'RejectDocument':
      return { claimId: c.claimId, documentType: c.documentType, reason: 'Illegible scan' };
    case 'ExtendDocumentDeadline':
      return { claimId: c.claimId, documentType: c.documentType, extendByDays: c.days };
    case 'ConfirmLoss':
      return {
        claimId: c.claimId,
        carrierId: c.carrierId,
        reference: 'dossier/loss-confirmation.pdf',
        contentHash: hashOf(c.commandId),
      };
    case 'SubmitClaim':
      return { claimId: c.claimId };
    case 'AcceptClaim':
      return {
        claimId: c.claimId,
        provenValue: c.proven,
        approvedAmount: c.approved,
        carrierSettlement: null,
        salvageValue: null,
        rates: c.rates.map(rateInput),
        // Below the cap an approval is partial and says why.
        partialReason:
          c.approved.minorUnits < acceptanceCap(parcel, c) ? 'Part of the loss is not proven' : null,
        payee: payeeOf(parcel),
        method: 'bank-transfer',
      };
    case 'RejectClaim':
      return { claimId: c.claimId, reason: 'insufficient-evidence', explanation: 'Evidence does not hold' };
    case 'PayClaim':
      return {
        claimId: c.claimId,
        amount: c.amount,
        paymentReference: `PAY-${c.commandId.slice(-6)}`,
        payee: payeeOf(parcel),
        method: 'bank-transfer',
      };
    case 'WithdrawClaim':
      return { claimId: c.claimId, reason: c.reason };
    case 'GrantDelegation':
    case 'RevokeDelegation':
      return { delegateId: c.delegateId };
  }
};

/** The command as a caller sends it to the service: plain JSON `{ type, data }`. */
export const toInput = (
  c: ModelCommand,
  parcel: ParcelModel,
): { readonly type: string; readonly data: unknown } => ({
  type: c.type,
  data: {
    commandId: c.commandId,
    now: iso(c.now),
    actor: { role: c.role, id: c.actorId },
    parcelId: parcel.parcelId,
    ...fields(c, parcel),
  },
});
