import { describe, expect, it } from 'vitest';
import { CLAIM, cid, cnDeadline, cny, event, hash, PARCEL, parties } from '../support/builders.js';
import { foundingStory, t } from '../support/founding-story.js';
import { run, stateAfter } from '../support/spec.js';

const at = (n: number, time: string) => ({ at: time, commandId: cid(n) });

const expectedEvents = [
  event({
    type: 'ParcelBooked',
    data: {
      ...at(1, t.booked),
      parcelId: PARCEL,
      sellerId: parties.seller,
      forwarderId: parties.forwarder,
      origin: 'CN',
      destination: 'DE',
      contents: 'Bluetooth headphones, 2 pcs',
      goodsValue: cny(320000),
      valueBasis: 'invoice',
      customsValue: cny(320000),
      carriageValue: null,
      shippingCost: cny(12000),
      pieces: [
        {
          pieceId: 'P1',
          description: 'Bluetooth headphones, 2 pcs',
          goodsValue: cny(320000),
          weightGrams: 850,
        },
      ],
    },
  }),
  event({
    type: 'InsurancePurchased',
    data: {
      ...at(2, t.insured),
      insurerId: parties.insurer,
      policy: { id: 'parcel-standard', version: 1 },
      insuredValue: cny(300000),
      valueBasis: 'invoice',
      coversShippingCost: false,
      premium: cny(3000),
      deductible: { kind: 'none' },
      payerCalendar: { id: 'cn-mainland', version: 'cn-mainland/2026.1', zone: 'Asia/Shanghai' },
      conversions: [],
    },
  }),
  event({ type: 'ParcelPickedUp', data: at(3, t.pickedUp) }),
  event({ type: 'ParcelReceivedAtHub', data: { ...at(4, t.atHub), hubId: 'szx-hub' } }),
  event({
    type: 'ParcelShipped',
    data: { ...at(5, t.shipped), hubId: 'szx-hub', cargoReference: 'MAWB 784-20260105' },
  }),
  event({
    type: 'ParcelHandedToCarrier',
    data: {
      ...at(6, t.handedOver),
      carrierId: parties.carrier,
      trackingNumber: 'SC123456789CN',
      boxes: [{ pieceId: 'P1', airBoxNumber: 'AB-0042', customsBoxNumber: 'CB-0042' }],
    },
  }),
  event({
    type: 'TrackingUpdated',
    data: {
      ...at(7, t.scanRecorded),
      scannedAt: t.scanned,
      location: 'Leipzig hub',
      description: 'Arrived at sorting facility',
    },
  }),
  event({
    type: 'InquiryOpened',
    data: {
      ...at(8, t.inquiry),
      claimId: CLAIM,
      claimType: 'loss',
      pieceIds: ['P1'],
      policy: { id: 'parcel-standard', version: 1 },
      requiredDocuments: [
        {
          documentType: 'outbound-record',
          owedBy: 'forwarder',
          due: cnDeadline(t.inquiry, '2026-03-21', 'calendar-days', 60),
        },
        {
          documentType: 'proof-of-value',
          owedBy: 'seller',
          due: cnDeadline(t.inquiry, '2026-02-19', 'calendar-days', 30),
        },
        {
          documentType: 'proof-of-handover',
          owedBy: 'forwarder',
          due: cnDeadline(t.inquiry, '2026-03-21', 'calendar-days', 60),
        },
        {
          documentType: 'buyer-dispute-evidence',
          owedBy: 'seller',
          due: cnDeadline(t.inquiry, '2026-02-19', 'calendar-days', 30),
        },
        {
          documentType: 'loss-confirmation',
          owedBy: 'carrier',
          due: cnDeadline(t.inquiry, '2026-03-21', 'calendar-days', 60),
        },
      ],
    },
  }),
  event({
    type: 'DocumentAttached',
    data: {
      ...at(9, t.outboundRecord),
      claimId: CLAIM,
      documentType: 'outbound-record',
      providedBy: 'forwarder',
      reference: 'dossier/outbound-record.pdf',
      contentHash: hash(9),
    },
  }),
  event({
    type: 'DocumentAttached',
    data: {
      ...at(10, t.handoverProof),
      claimId: CLAIM,
      documentType: 'proof-of-handover',
      providedBy: 'forwarder',
      reference: 'dossier/proof-of-handover.pdf',
      contentHash: hash(10),
    },
  }),
  event({
    type: 'DocumentAttached',
    data: {
      ...at(11, t.valueProof),
      claimId: CLAIM,
      documentType: 'proof-of-value',
      providedBy: 'seller',
      reference: 'dossier/proof-of-value.pdf',
      contentHash: hash(11),
    },
  }),
  event({
    type: 'DocumentAttached',
    data: {
      ...at(12, t.disputeEvidence),
      claimId: CLAIM,
      documentType: 'buyer-dispute-evidence',
      providedBy: 'seller',
      reference: 'dossier/buyer-dispute-evidence.pdf',
      contentHash: hash(12),
    },
  }),
  event({
    type: 'LossConfirmed',
    data: {
      ...at(13, t.lossConfirmed),
      claimId: CLAIM,
      carrierId: parties.carrier,
      providedBy: 'forwarder',
      reference: 'dossier/loss-confirmation.pdf',
      contentHash: hash(13),
    },
  }),
  // Ten working days from Monday 9 February: the make-up Saturdays 14 and 28 February count,
  // the Spring Festival break 15-23 February does not.
  event({
    type: 'ClaimSubmitted',
    data: {
      ...at(14, t.submitted),
      claimId: CLAIM,
      decisionDue: cnDeadline(t.submitted, '2026-02-28', 'working-days', 10),
    },
  }),
  // Accepted Friday 13 February: Saturday 14 (1), Tuesday 24 (2), Wednesday 25 (3).
  event({
    type: 'ClaimAccepted',
    data: {
      ...at(15, t.accepted),
      claimId: CLAIM,
      approvedAmount: cny(300000),
      breakdown: {
        sumInsured: cny(300000),
        insuredShare: null,
        provenLoss: cny(320000),
        provenConversions: [],
        coveredShippingCost: cny(0),
        limit: cny(300000),
        deductible: { rule: { kind: 'none' }, amount: cny(0) },
        carrierSettlement: cny(0),
        salvage: cny(0),
        cap: cny(300000),
      },
      payoutDue: cnDeadline(t.accepted, '2026-02-25', 'working-days', 3),
      partialReason: null,
      payee: { role: 'seller', partyId: 'seller-a' },
      method: 'bank-transfer',
    },
  }),
  event({
    type: 'ClaimPaid',
    data: {
      ...at(16, t.paid),
      claimId: CLAIM,
      amount: cny(300000),
      paymentReference: 'PAY-2026-0001',
      payee: { role: 'seller', partyId: 'seller-a' },
      method: 'bank-transfer',
    },
  }),
];

describe('the founding story, end to end', () => {
  it('writes exactly these events, in this order', () => {
    expect(run(foundingStory)).toEqual(expectedEvents);
  });

  it('ends with the claim paid within its payout due date and nothing outstanding', () => {
    const claim = stateAfter(run(foundingStory)).claim;
    expect(claim?.status).toBe('paid');
    expect(claim?.payment).toEqual({
      amount: cny(300000),
      paymentReference: 'PAY-2026-0001',
      payee: { role: 'seller', partyId: 'seller-a' },
      method: 'bank-transfer',
      paidAt: t.paid,
    });
    expect(claim?.closure).toEqual({ status: 'paid', at: t.paid });
    expect(claim?.payoutOverdue).toBe(false);
    expect(claim?.documents.map((d) => [d.documentType, d.status])).toEqual([
      ['outbound-record', 'attached'],
      ['proof-of-value', 'attached'],
      ['proof-of-handover', 'attached'],
      ['buyer-dispute-evidence', 'attached'],
      ['loss-confirmation', 'attached'],
    ]);
  });

  it('replays to the same state every time', () => {
    const history = run(foundingStory);
    expect(stateAfter(history)).toEqual(stateAfter(history));
    expect(stateAfter(JSON.parse(JSON.stringify(history)))).toEqual(stateAfter(history));
  });
});
