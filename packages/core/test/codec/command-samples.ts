import type { ClaimCommand } from '../../src/index.js';
import { cmd, cny } from '../support/builders.js';

const now = '2026-01-20T02:00:00.000Z';

/** At least one valid command of every type, built the way callers send them. */
export const commandSamples: readonly ClaimCommand[] = [
  cmd.bookParcel(1, now),
  cmd.bookParcel(2, now, {
    as: 'forwarder',
    origin: 'HK',
    goodsValue: cny(1),
    valueBasis: 'sales-price',
    customsValue: null,
    carriageValue: cny(1),
    shippingCost: cny(0),
    pieces: [{ pieceId: 'P1', description: 'Sample', goodsValue: cny(1), weightGrams: 1 }],
  }),
  cmd.purchaseInsurance(3, now),
  cmd.purchaseInsurance(4, now, {
    policy: { id: 'parcel-standard', version: 2 },
    valueBasis: 'sales-price',
    coversShippingCost: true,
    payerCalendar: 'weekends:Europe/Berlin',
  }),
  cmd.recordPickup(5, now),
  cmd.recordHubArrival(6, now, { as: 'forwarder' }),
  cmd.shipParcel(7, now),
  cmd.handOverToCarrier(8, now),
  cmd.recordTrackingUpdate(9, now, '2026-01-19T23:59:59Z'),
  cmd.recordDelivery(10, now),
  cmd.openInquiry(11, now),
  cmd.openInquiry(12, now, { claimType: 'damage', claimId: 'claim-2' }),
  cmd.attachDocument(13, now, 'outbound-record'),
  cmd.attachDocument(14, now, 'repair-estimate', { as: 'seller' }),
  cmd.rejectDocument(15, now, 'loss-confirmation'),
  cmd.extendDocumentDeadline(16, now, 'proof-of-handover', 30),
  cmd.confirmLoss(17, now, { as: 'carrier' }),
  cmd.submitClaim(18, now),
  cmd.acceptClaim(19, now),
  cmd.rejectClaim(20, now),
  cmd.payClaim(21, now),
  cmd.withdrawClaim(22, now),
  cmd.withdrawClaim(23, now, 'settled-with-buyer'),
  cmd.checkDeadlines(24, now),
];
