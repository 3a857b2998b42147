import { describe, it } from 'vitest';
import { CLAIM, cid, cmd, cnDeadline, event } from '../support/builders.js';
import { foundingStory, shipment, t } from '../support/founding-story.js';
import { given, run } from '../support/spec.js';

const shipped = run(shipment);
const lossDocuments = (from: string, sellerDue: string, carrierDue: string) => [
  {
    documentType: 'outbound-record',
    owedBy: 'forwarder',
    due: cnDeadline(from, carrierDue, 'calendar-days', 60),
  },
  { documentType: 'proof-of-value', owedBy: 'seller', due: cnDeadline(from, sellerDue, 'calendar-days', 30) },
  {
    documentType: 'proof-of-handover',
    owedBy: 'forwarder',
    due: cnDeadline(from, carrierDue, 'calendar-days', 60),
  },
  {
    documentType: 'buyer-dispute-evidence',
    owedBy: 'seller',
    due: cnDeadline(from, sellerDue, 'calendar-days', 30),
  },
  {
    documentType: 'loss-confirmation',
    owedBy: 'carrier',
    due: cnDeadline(from, carrierDue, 'calendar-days', 60),
  },
];
const policy = { id: 'parcel-standard', version: 1 };

describe('OpenInquiry for a loss', () => {
  it('opens two weeks after dispatch with every document, its owner and due date', () => {
    given(shipped)
      .when(cmd.openInquiry(8, t.inquiry))
      .thenEmits([
        event({
          type: 'InquiryOpened',
          data: {
            at: t.inquiry,
            commandId: cid(8),
            claimId: CLAIM,
            claimType: 'loss',
            pieceIds: ['P1'],
            policy,
            requiredDocuments: lossDocuments(t.inquiry, '2026-02-19', '2026-03-21'),
          },
        }),
      ]);
  });

  it('refuses an inquiry one week after dispatch while tracking still moved recently', () => {
    const early = '2026-01-12T14:00:00.000Z';
    given(shipped)
      .when(cmd.openInquiry(8, early))
      .thenRejected({
        code: 'InquiryTooEarly',
        rule: 'R4',
        route: 'international',
        shippedAt: t.shipped,
        lastMovementAt: t.scanned,
        daysSinceDispatch: 7,
        daysSinceMovement: 5,
        waitingPeriodDays: 14,
        noMovementDays: 7,
        message:
          'R4 inquiry window: inquiry opened 7 days after dispatch; the policy requires 14 for an international parcel' +
          ' (or 7 without tracking movement; the last movement was 5 days ago)',
      });
  });

  it('opens once tracking has not moved for 7 days, before the 14-day waiting period', () => {
    const stillSince = '2026-01-13T20:00:00.000Z';
    given(shipped)
      .when(cmd.openInquiry(8, stillSince))
      .thenEmits([
        event({
          type: 'InquiryOpened',
          data: {
            at: stillSince,
            commandId: cid(8),
            claimId: CLAIM,
            claimType: 'loss',
            pieceIds: ['P1'],
            policy,
            // 20:00 UTC is already 14 January in Shanghai: the grace periods count from there.
            requiredDocuments: lossDocuments(stillSince, '2026-02-13', '2026-03-15'),
          },
        }),
      ]);
    given(shipped)
      .when(cmd.openInquiry(8, '2026-01-13T19:59:59.999Z'))
      .thenRejected({
        code: 'InquiryTooEarly',
        rule: 'R4',
        route: 'international',
        shippedAt: t.shipped,
        lastMovementAt: t.scanned,
        daysSinceDispatch: 8,
        daysSinceMovement: 6,
        waitingPeriodDays: 14,
        noMovementDays: 7,
        message:
          'R4 inquiry window: inquiry opened 8 days after dispatch; the policy requires 14 for an international parcel' +
          ' (or 7 without tracking movement; the last movement was 6 days ago)',
      });
  });

  it('opens up to the filing deadline, 120 days after dispatch, and not after', () => {
    const lastMoment = '2026-05-05T14:00:00.000Z';
    given(shipped)
      .when(cmd.openInquiry(8, lastMoment))
      .thenEmits([
        event({
          type: 'InquiryOpened',
          data: {
            at: lastMoment,
            commandId: cid(8),
            claimId: CLAIM,
            claimType: 'loss',
            pieceIds: ['P1'],
            policy,
            requiredDocuments: lossDocuments(lastMoment, '2026-06-04', '2026-07-04'),
          },
        }),
      ]);
    given(shipped).when(cmd.openInquiry(8, '2026-05-06T14:00:00.000Z')).thenRejected({
      code: 'FilingDeadlinePassed',
      rule: 'R4',
      shippedAt: t.shipped,
      daysSinceDispatch: 121,
      filingDeadlineDays: 120,
      message: 'R4 inquiry window: inquiry opened 121 days after dispatch; the policy allows at most 120',
    });
  });

  it('refuses a loss inquiry on a delivered parcel', () => {
    const delivered = '2026-01-15T08:00:00.000Z';
    given(run([cmd.recordDelivery(8, delivered)], shipped))
      .when(cmd.openInquiry(9, t.inquiry))
      .thenRejected({
        code: 'ParcelAlreadyDelivered',
        rule: 'R4',
        deliveredAt: delivered,
        message: `R4 inquiry window: a loss inquiry cannot open: the parcel was delivered at ${delivered}`,
      });
  });

  it('refuses an inquiry on an uninsured parcel', () => {
    const uninsured = run([
      cmd.bookParcel(1, t.booked),
      cmd.recordPickup(3, t.pickedUp),
      cmd.recordHubArrival(4, t.atHub),
      cmd.shipParcel(5, t.shipped),
    ]);
    given(uninsured).when(cmd.openInquiry(8, t.inquiry)).thenRejected({
      code: 'ParcelNotInsured',
      rule: 'R3',
      parcelId: 'TSS-2026-000042',
      message: 'R3 insured before dispatch: parcel TSS-2026-000042 has no insurance',
    });
  });

  it('refuses an inquiry on a parcel that has not left the hub', () => {
    given(run(shipment.slice(0, 4)))
      .when(cmd.openInquiry(8, t.inquiry))
      .thenRejected({
        code: 'ParcelNotShipped',
        rule: 'R3',
        stage: 'at-hub',
        message: 'R3 insured before dispatch: the parcel has not left the processing centre (stage at-hub)',
      });
  });

  it('refuses a second claim while one is open', () => {
    given(run([cmd.openInquiry(8, t.inquiry)], shipped))
      .when(cmd.openInquiry(9, t.outboundRecord, { claimId: 'claim-2' }))
      .thenRejected({
        code: 'ClaimAlreadyOpen',
        rule: 'R5',
        openClaimId: CLAIM,
        status: 'gathering-documents',
        message: `R5 one open claim, repeats change nothing: claim ${CLAIM} is still open (gathering-documents)`,
      });
  });

  it('opens a new claim after a withdrawal, but never under a used claim id', () => {
    const withdrawn = run(
      [cmd.openInquiry(8, t.inquiry), cmd.withdrawClaim(9, t.outboundRecord, 'seller-request')],
      shipped,
    );
    const again = '2026-01-22T02:00:00.000Z';
    given(withdrawn)
      .when(cmd.openInquiry(10, again, { claimId: 'claim-2' }))
      .thenEmits([
        event({
          type: 'InquiryOpened',
          data: {
            at: again,
            commandId: cid(10),
            claimId: 'claim-2',
            claimType: 'loss',
            pieceIds: ['P1'],
            policy,
            requiredDocuments: lossDocuments(again, '2026-02-21', '2026-03-23'),
          },
        }),
      ]);
    given(withdrawn)
      .when(cmd.openInquiry(10, again))
      .thenRejected({
        code: 'ClaimIdAlreadyUsed',
        rule: 'R5',
        claimId: CLAIM,
        message: `R5 one open claim, repeats change nothing: claim id ${CLAIM} was already used on this parcel`,
      });
  });

  it('refuses any new claim once a claim was paid', () => {
    given(run(foundingStory))
      .when(cmd.openInquiry(30, '2026-03-01T02:00:00.000Z', { claimId: 'claim-2' }))
      .thenRejected({
        code: 'CoverageAlreadySettled',
        rule: 'R5',
        settledClaimId: CLAIM,
        status: 'paid',
        message: `R5 one open claim, repeats change nothing: claim ${CLAIM} was paid; the coverage is settled`,
      });
  });
});

describe('OpenInquiry for damage', () => {
  const delivered = '2026-01-12T08:00:00.000Z';
  const deliveredHistory = run([cmd.recordDelivery(8, delivered)], shipped);

  it('opens after delivery with the damage dossier', () => {
    const reported = '2026-01-14T02:00:00.000Z';
    given(deliveredHistory)
      .when(cmd.openInquiry(9, reported, { claimType: 'damage' }))
      .thenEmits([
        event({
          type: 'InquiryOpened',
          data: {
            at: reported,
            commandId: cid(9),
            claimId: CLAIM,
            claimType: 'damage',
            pieceIds: ['P1'],
            policy,
            requiredDocuments: [
              {
                documentType: 'outbound-record',
                owedBy: 'forwarder',
                due: cnDeadline(reported, '2026-03-15', 'calendar-days', 60),
              },
              {
                documentType: 'proof-of-value',
                owedBy: 'seller',
                due: cnDeadline(reported, '2026-02-13', 'calendar-days', 30),
              },
              {
                documentType: 'proof-of-handover',
                owedBy: 'forwarder',
                due: cnDeadline(reported, '2026-03-15', 'calendar-days', 60),
              },
              {
                documentType: 'damage-photos',
                owedBy: 'seller',
                due: cnDeadline(reported, '2026-02-13', 'calendar-days', 30),
              },
              {
                documentType: 'repair-estimate',
                owedBy: 'seller',
                due: cnDeadline(reported, '2026-02-13', 'calendar-days', 30),
              },
            ],
          },
        }),
      ]);
  });

  it('refuses a damage claim before delivery', () => {
    given(shipped)
      .when(cmd.openInquiry(8, t.inquiry, { claimType: 'damage' }))
      .thenRejected({
        code: 'ParcelNotDelivered',
        rule: 'R4',
        stage: 'with-carrier',
        message:
          'R4 inquiry window: a damage claim needs a delivered parcel; the parcel is at stage with-carrier',
      });
  });

  it('refuses a damage claim after the 14-day notice window', () => {
    given(deliveredHistory)
      .when(cmd.openInquiry(9, '2026-01-27T08:00:00.000Z', { claimType: 'damage' }))
      .thenRejected({
        code: 'DamageNoticeTooLate',
        rule: 'R4',
        claimType: 'damage',
        deliveredAt: delivered,
        daysSinceDelivery: 15,
        noticeWindowDays: 14,
        message: 'R4 inquiry window: damage reported 15 days after delivery; the policy allows at most 14',
      });
  });
});
