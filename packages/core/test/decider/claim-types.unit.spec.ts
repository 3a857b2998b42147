import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  builtInCalendars,
  type ClaimCommand,
  type ClaimEvent,
  claimsDecider,
  defaultPolicy,
  fold,
  type Policy,
  policyBook,
  validatePolicy,
} from '../../src/index.js';
import { CLAIM, cid, cmd, cnDeadline, cny, event } from '../support/builders.js';
import { t } from '../support/founding-story.js';
import { given, run } from '../support/spec.js';

const policy = { id: 'parcel-standard', version: 1 };

const threePieces = [
  { pieceId: 'P1', description: 'Headphones', goodsValue: cny(200000), weightGrams: 400 },
  { pieceId: 'P2', description: 'Charging case', goodsValue: cny(80000), weightGrams: 250 },
  { pieceId: 'P3', description: 'Ear tips', goodsValue: cny(40000), weightGrams: 200 },
];
const threeBoxes = ['P1', 'P2', 'P3'].map((pieceId, index) => ({
  pieceId,
  airBoxNumber: `AB-00${index + 1}`,
  customsBoxNumber: `CB-00${index + 1}`,
}));

/** The shipment of a parcel of three pieces (CNY 2,000.00, 800.00 and 400.00), up to the last scan. */
const threePieceShipment = (
  bookParcel: ClaimCommand = cmd.bookParcel(1, t.booked, { pieces: threePieces }),
) => [
  bookParcel,
  cmd.purchaseInsurance(2, t.insured),
  cmd.recordPickup(3, t.pickedUp),
  cmd.recordHubArrival(4, t.atHub),
  cmd.shipParcel(5, t.shipped),
  cmd.handOverToCarrier(6, t.handedOver, { boxes: threeBoxes }),
  cmd.recordTrackingUpdate(7, t.scanRecorded, t.scanned),
];

const delivered = '2026-01-12T08:00:00.000Z';
// Delivered without P3.
const partlyDelivered = run([
  ...threePieceShipment(),
  cmd.recordDelivery(8, delivered, { pieceIds: ['P1', 'P2'] }),
]);
const wholeDelivered = run([
  ...threePieceShipment(),
  cmd.recordDelivery(8, delivered, { pieceIds: ['P1', 'P2', 'P3'] }),
]);

// 10:00 in Shanghai on 13 January: seller documents are due 12 February, the others 14 March.
const reported = '2026-01-13T02:00:00.000Z';
const seller = (documentType: string) => ({
  documentType,
  owedBy: 'seller',
  due: cnDeadline(reported, '2026-02-12', 'calendar-days', 30),
});
const other = (documentType: string, owedBy: 'forwarder' | 'carrier') => ({
  documentType,
  owedBy,
  due: cnDeadline(reported, '2026-03-14', 'calendar-days', 60),
});

const opened = (claimType: string, pieceIds: string[], requiredDocuments: unknown[], at = reported) =>
  event({
    type: 'InquiryOpened',
    data: { at, commandId: cid(9), claimId: CLAIM, claimType, pieceIds, policy, requiredDocuments },
  });

describe('OpenInquiry for a partial loss', () => {
  it('opens after a delivery that left a piece behind, for that piece, with the loss dossier and the packing list', () => {
    given(partlyDelivered)
      .when(cmd.openInquiry(9, reported, { claimType: 'partial-loss', pieceIds: ['P3'] }))
      .thenEmits([
        opened(
          'partial-loss',
          ['P3'],
          [
            other('outbound-record', 'forwarder'),
            seller('proof-of-value'),
            other('proof-of-handover', 'forwarder'),
            seller('buyer-dispute-evidence'),
            other('loss-confirmation', 'carrier'),
            seller('packing-list'),
          ],
        ),
      ]);
  });

  it('refuses a partial loss after a delivery of every piece', () => {
    given(wholeDelivered)
      .when(cmd.openInquiry(9, reported, { claimType: 'partial-loss', pieceIds: ['P3'] }))
      .thenRejected({
        code: 'NoPieceMissing',
        rule: 'R4',
        deliveredPieceIds: ['P1', 'P2', 'P3'],
        message:
          'R4 inquiry window: a partial-loss claim needs a delivery that left pieces behind; every piece was delivered (P1, P2, P3)',
      });
  });

  it('refuses a partial loss before delivery', () => {
    given(run(threePieceShipment()))
      .when(cmd.openInquiry(8, reported, { claimType: 'partial-loss', pieceIds: ['P3'] }))
      .thenRejected({
        code: 'ParcelNotDelivered',
        rule: 'R4',
        stage: 'with-carrier',
        message:
          'R4 inquiry window: a partial-loss claim needs a delivered parcel; the parcel is at stage with-carrier',
      });
  });

  it('opens on the last millisecond of the 14-day notice window and is refused one millisecond later', () => {
    const last = '2026-01-26T08:00:00.000Z';
    expect(
      E.isRight(
        given(partlyDelivered).when(cmd.openInquiry(9, last, { claimType: 'partial-loss', pieceIds: ['P3'] }))
          .decision,
      ),
    ).toBe(true);
    given(partlyDelivered)
      .when(cmd.openInquiry(9, '2026-01-26T08:00:00.001Z', { claimType: 'partial-loss', pieceIds: ['P3'] }))
      .thenRejected({
        code: 'DamageNoticeTooLate',
        rule: 'R4',
        claimType: 'partial-loss',
        deliveredAt: delivered,
        daysSinceDelivery: 14,
        noticeWindowDays: 14,
        message:
          'R4 inquiry window: partial-loss reported 14 days after delivery; the policy allows at most 14',
      });
  });
});

describe('OpenInquiry for missing contents', () => {
  it('opens after delivery with photos of the packaging and the weight recorded at delivery', () => {
    given(wholeDelivered)
      .when(cmd.openInquiry(9, reported, { claimType: 'missing-contents', pieceIds: ['P2'] }))
      .thenEmits([
        opened(
          'missing-contents',
          ['P2'],
          [
            other('outbound-record', 'forwarder'),
            seller('proof-of-value'),
            other('proof-of-handover', 'forwarder'),
            seller('packaging-photos'),
            other('delivery-weight-record', 'carrier'),
          ],
        ),
      ]);
  });

  it('refuses missing contents after the 14-day notice window', () => {
    given(wholeDelivered)
      .when(
        cmd.openInquiry(9, '2026-01-27T08:00:00.000Z', { claimType: 'missing-contents', pieceIds: ['P2'] }),
      )
      .thenRejected({
        code: 'DamageNoticeTooLate',
        rule: 'R4',
        claimType: 'missing-contents',
        deliveredAt: delivered,
        daysSinceDelivery: 15,
        noticeWindowDays: 14,
        message:
          'R4 inquiry window: missing-contents reported 15 days after delivery; the policy allows at most 14',
      });
  });

  it('refuses missing contents before delivery', () => {
    given(run(threePieceShipment()))
      .when(cmd.openInquiry(8, reported, { claimType: 'missing-contents', pieceIds: ['P2'] }))
      .thenRejected({
        code: 'ParcelNotDelivered',
        rule: 'R4',
        stage: 'with-carrier',
        message:
          'R4 inquiry window: a missing-contents claim needs a delivered parcel; the parcel is at stage with-carrier',
      });
  });
});

describe('OpenInquiry for a theft after delivery', () => {
  // Five days after delivery, 16:00 in Shanghai on 17 January: seller documents due 16 February, the carrier's 18 March.
  const fiveDays = '2026-01-17T08:00:00.000Z';
  const theftSeller = (documentType: string) => ({
    documentType,
    owedBy: 'seller',
    due: cnDeadline(fiveDays, '2026-02-16', 'calendar-days', 30),
  });
  const proofOfDelivery = {
    documentType: 'proof-of-delivery',
    owedBy: 'carrier',
    due: cnDeadline(fiveDays, '2026-03-18', 'calendar-days', 60),
  };

  it('refuses a theft claim before the 5-day waiting period after delivery', () => {
    given(wholeDelivered)
      .when(
        cmd.openInquiry(9, '2026-01-17T07:59:59.999Z', {
          claimType: 'theft-after-delivery',
          pieceIds: ['P1'],
        }),
      )
      .thenRejected({
        code: 'TheftClaimTooEarly',
        rule: 'R4',
        deliveredAt: delivered,
        daysSinceDelivery: 4,
        waitingPeriodDays: 5,
        message: 'R4 inquiry window: theft after delivery reported 4 days after delivery; the policy waits 5',
      });
  });

  it('opens once the waiting period has passed, with a police report for goods above CNY 700.00', () => {
    given(wholeDelivered)
      .when(cmd.openInquiry(9, fiveDays, { claimType: 'theft-after-delivery', pieceIds: ['P1'] }))
      .thenEmits([
        opened(
          'theft-after-delivery',
          ['P1'],
          [
            theftSeller('proof-of-value'),
            proofOfDelivery,
            theftSeller('non-receipt-statement'),
            theftSeller('police-report'),
          ],
          fiveDays,
        ),
      ]);
  });

  it('needs no police report for claimed goods of CNY 400.00, at most the threshold', () => {
    given(wholeDelivered)
      .when(cmd.openInquiry(9, fiveDays, { claimType: 'theft-after-delivery', pieceIds: ['P3'] }))
      .thenEmits([
        opened(
          'theft-after-delivery',
          ['P3'],
          [theftSeller('proof-of-value'), proofOfDelivery, theftSeller('non-receipt-statement')],
          fiveDays,
        ),
      ]);
  });

  it('refuses a theft claim after the 30-day window', () => {
    given(wholeDelivered)
      .when(
        cmd.openInquiry(9, '2026-02-11T08:00:00.001Z', {
          claimType: 'theft-after-delivery',
          pieceIds: ['P1'],
        }),
      )
      .thenRejected({
        code: 'TheftNoticeTooLate',
        rule: 'R4',
        deliveredAt: delivered,
        daysSinceDelivery: 30,
        noticeWindowDays: 30,
        message:
          'R4 inquiry window: theft after delivery reported 30 days after delivery; the policy allows at most 30',
      });
  });

  it('refuses a theft claim before delivery', () => {
    given(run(threePieceShipment()))
      .when(cmd.openInquiry(8, reported, { claimType: 'theft-after-delivery', pieceIds: ['P1'] }))
      .thenRejected({
        code: 'ParcelNotDelivered',
        rule: 'R4',
        stage: 'with-carrier',
        message:
          'R4 inquiry window: a theft-after-delivery claim needs a delivered parcel; the parcel is at stage with-carrier',
      });
  });
});

/** A decider whose book also holds `variant`, and coverages bought under it. */
const withPolicy = (variant: Policy) => {
  const decider = claimsDecider({
    policies: policyBook([defaultPolicy, variant]),
    calendars: builtInCalendars,
  });
  const decide = (history: readonly ClaimEvent[], command: ClaimCommand) =>
    decider.decide(command, fold(decider.initialState, history));
  const runAll = (commands: readonly ClaimCommand[]): ClaimEvent[] => {
    const events: ClaimEvent[] = [];
    for (const command of commands) {
      const decision = decide(events, command);
      if (E.isLeft(decision)) throw new Error(decision.left.message);
      events.push(...decision.right);
    }
    return events;
  };
  return { decide, runAll };
};

const international30 = (() => {
  const checked = validatePolicy({
    ...defaultPolicy,
    id: 'parcel-international-30',
    parameters: {
      ...defaultPolicy.parameters,
      internationalInquiryWaitingPeriod: { value: 30, unit: 'calendar-days' },
      internationalNoMovementPeriod: { value: 20, unit: 'calendar-days' },
    },
  });
  if (E.isLeft(checked)) throw new Error(checked.left.message);
  return checked.right;
})();

describe('loss waiting periods by route', () => {
  const shipmentUnder = (destination: string) => [
    cmd.bookParcel(1, t.booked, { destination }),
    cmd.purchaseInsurance(2, t.insured, { policy: { id: 'parcel-international-30', version: 1 } }),
    cmd.recordPickup(3, t.pickedUp),
    cmd.recordHubArrival(4, t.atHub),
    cmd.shipParcel(5, t.shipped),
    cmd.handOverToCarrier(6, t.handedOver),
    cmd.recordTrackingUpdate(7, t.scanRecorded, t.scanned),
  ];
  const { decide, runAll } = withPolicy(international30);
  const domestic = runAll(shipmentUnder('CN'));
  const international = runAll(shipmentUnder('DE'));

  it('keeps 14 days after dispatch for a domestic parcel', () => {
    expect(E.isRight(decide(domestic, cmd.openInquiry(8, t.inquiry)))).toBe(true);
  });

  it('waits 30 days after dispatch, or 20 without movement, for an international parcel', () => {
    expect(decide(international, cmd.openInquiry(8, t.inquiry))).toEqual(
      E.left({
        code: 'InquiryTooEarly',
        rule: 'R4',
        route: 'international',
        shippedAt: t.shipped,
        lastMovementAt: t.scanned,
        daysSinceDispatch: 14,
        daysSinceMovement: 13,
        waitingPeriodDays: 30,
        noMovementDays: 20,
        message:
          'R4 inquiry window: inquiry opened 14 days after dispatch; the policy requires 30 for an international parcel' +
          ' (or 20 without tracking movement; the last movement was 13 days ago)',
      }),
    );
    // 20 days after the last scan (6 January, 20:00 UTC), the no-movement period has passed.
    expect(E.isLeft(decide(international, cmd.openInquiry(8, '2026-01-26T19:59:59.999Z')))).toBe(true);
    expect(E.isRight(decide(international, cmd.openInquiry(8, '2026-01-26T20:00:00.000Z')))).toBe(true);
  });

  it('under the default policy waits 14 days, or 7 without movement, for a domestic parcel', () => {
    const domesticShipment = run([
      cmd.bookParcel(1, t.booked, { destination: 'CN' }),
      cmd.purchaseInsurance(2, t.insured),
      cmd.recordPickup(3, t.pickedUp),
      cmd.recordHubArrival(4, t.atHub),
      cmd.shipParcel(5, t.shipped),
      cmd.handOverToCarrier(6, t.handedOver),
      cmd.recordTrackingUpdate(7, t.scanRecorded, t.scanned),
    ]);
    given(domesticShipment)
      .when(cmd.openInquiry(8, '2026-01-12T14:00:00.000Z'))
      .thenRejected({
        code: 'InquiryTooEarly',
        rule: 'R4',
        route: 'domestic',
        shippedAt: t.shipped,
        lastMovementAt: t.scanned,
        daysSinceDispatch: 7,
        daysSinceMovement: 5,
        waitingPeriodDays: 14,
        noMovementDays: 7,
        message:
          'R4 inquiry window: inquiry opened 7 days after dispatch; the policy requires 14 for a domestic parcel' +
          ' (or 7 without tracking movement; the last movement was 5 days ago)',
      });
  });
});
