import { payoutCap } from './judge-claim.js';
import type { ModelCommand } from './model-command.js';
import type { ParcelModel } from './parcel-model.js';
import { iso } from './time.js';

const hashOf = (commandId: string): string => `sha256:${commandId.replaceAll('-', '').padStart(64, '0')}`;

/** The model's parcels are paid to their seller, by bank transfer. */
const payee = { role: 'seller', partyId: 'seller-1' };

const fields = (c: ModelCommand, parcel: ParcelModel): Record<string, unknown> => {
  switch (c.type) {
    case 'BookParcel':
      return {
        sellerId: 'seller-1',
        forwarderId: 'forwarder-1',
        origin: 'CN',
        destination: 'DE',
        contents: 'Model-based test goods',
        goodsValue: c.declared,
        valueBasis: 'invoice',
        customsValue: c.declared,
        carriageValue: null,
        shippingCost: c.shipping,
        pieces: [
          { pieceId: 'P1', description: 'Model-based test goods', goodsValue: c.declared, weightGrams: 1200 },
        ],
      };
    case 'PurchaseInsurance':
      return {
        insurerId: 'insurer-1',
        policy: { id: 'parcel-standard', version: 1 },
        insuredValue: c.insured,
        valueBasis: 'invoice',
        coversShippingCost: c.coversShipping,
        premium: c.premium,
        payerCalendar: 'cn-mainland',
        rates: [],
      };
    case 'RecordPickup':
    case 'CheckDeadlines':
      return {};
    case 'RecordDelivery':
      return { pieceIds: ['P1'] };
    case 'RecordHubArrival':
      return { hubId: 'szx-hub' };
    case 'ShipParcel':
      return { hubId: 'szx-hub', cargoReference: 'MAWB 784-MODEL' };
    case 'HandOverToCarrier':
      return {
        carrierId: 'carrier-1',
        trackingNumber: 'SC000000001CN',
        boxes: [{ pieceId: 'P1', airBoxNumber: 'AB-1', customsBoxNumber: 'CB-1' }],
      };
    case 'RecordTrackingUpdate':
      return { scannedAt: iso(c.scannedAt), location: 'Leipzig hub', description: 'Scanned' };
    case 'OpenInquiry':
      return { claimId: c.claimId, claimType: c.claimType, pieceIds: null };
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
        carrierId: 'carrier-1',
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
        rates: [],
        // Below the cap an approval is partial and says why.
        partialReason:
          c.approved.minorUnits < (payoutCap(parcel, c.proven) ?? 0)
            ? 'Part of the loss is not proven'
            : null,
        payee,
        method: 'bank-transfer',
      };
    case 'RejectClaim':
      return { claimId: c.claimId, reason: 'insufficient-evidence', explanation: 'Evidence does not hold' };
    case 'PayClaim':
      return {
        claimId: c.claimId,
        amount: c.amount,
        paymentReference: `PAY-${c.commandId.slice(-6)}`,
        payee,
        method: 'bank-transfer',
      };
    case 'WithdrawClaim':
      return { claimId: c.claimId, reason: c.reason };
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
    actor: { role: c.role, id: `${c.role}-1` },
    parcelId: parcel.parcelId,
    ...fields(c, parcel),
  },
});
