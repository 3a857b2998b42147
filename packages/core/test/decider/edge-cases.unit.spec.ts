import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  builtInCalendars,
  claimsDecider,
  defaultPolicy,
  policyBook,
  validatePolicy,
} from '../../src/index.js';
import { CLAIM, cmd } from '../support/builders.js';
import { dossier, shipment, t } from '../support/founding-story.js';
import { given, run } from '../support/spec.js';

const opened = run(dossier.slice(0, 1), run(shipment));
const complete = run(dossier, run(shipment));
const submitted = run([cmd.submitClaim(14, t.submitted)], complete);

describe('less common refusals', () => {
  it('refuses a hub arrival after dispatch', () => {
    given(run(shipment.slice(0, 5)))
      .when(cmd.recordHubArrival(6, t.handedOver))
      .thenRejected({
        code: 'ShipmentOutOfOrder',
        rule: 'L1',
        command: 'RecordHubArrival',
        stage: 'shipped',
        allowedStages: ['booked', 'picked-up'],
        message:
          'L1 shipment lifecycle: RecordHubArrival is not possible at stage shipped; allowed at: booked, picked-up',
      });
  });

  it('refuses a second loss confirmation', () => {
    given(run([cmd.confirmLoss(9, t.lossConfirmed)], opened))
      .when(cmd.confirmLoss(10, t.submitted))
      .thenRejected({
        code: 'DocumentAlreadyAttached',
        rule: 'D1',
        documentType: 'loss-confirmation',
        providedAt: t.lossConfirmed,
        message: `D1 document provision: the loss-confirmation was already provided at ${t.lossConfirmed}`,
      });
  });

  it('refuses to reject a document the claim type does not take', () => {
    given(opened)
      .when(cmd.rejectDocument(9, t.outboundRecord, 'repair-estimate'))
      .thenRejected({
        code: 'DocumentNotRequired',
        rule: 'D1',
        documentType: 'repair-estimate',
        claimType: 'loss',
        message: 'D1 document provision: a loss claim takes no repair-estimate',
      });
  });

  it('refuses an extension once the dossier is submitted', () => {
    given(submitted)
      .when(cmd.extendDocumentDeadline(15, t.accepted, 'loss-confirmation', 5))
      .thenRejected({
        code: 'ClaimNotInStatus',
        rule: 'K1',
        claimId: CLAIM,
        status: 'submitted',
        requiredStatus: 'gathering-documents',
        message: `K1 claim lifecycle: claim ${CLAIM} is submitted; this needs it gathering-documents`,
      });
  });

  it('refuses a claim on a coverage whose policy version the service no longer holds', () => {
    const express = validatePolicy({ ...defaultPolicy, id: 'parcel-express' });
    if (E.isLeft(express)) throw new Error(express.left.message);
    const other = claimsDecider({ policies: policyBook([express.right]), calendars: builtInCalendars });
    const decision = other.decide(
      cmd.openInquiry(8, t.inquiry),
      run(shipment).reduce(other.evolve, other.initialState),
    );
    expect(decision).toEqual(
      E.left({
        code: 'UnknownPolicy',
        rule: 'C1',
        policy: { id: 'parcel-standard', version: 1 },
        message: 'C1 coverage terms: policy parcel-standard@1 is not in the policy book',
      }),
    );
  });

  it('refuses a proven loss beyond the safe integer range instead of rounding it', () => {
    const huge = { minorUnits: Number.MAX_SAFE_INTEGER, currency: 'CNY' } as const;
    const belowHuge = { minorUnits: Number.MAX_SAFE_INTEGER - 12000, currency: 'CNY' } as const;
    const history = run(
      [
        cmd.bookParcel(1, t.booked, {
          goodsValue: belowHuge,
          pieces: [{ pieceId: 'P1', description: 'Gold', goodsValue: belowHuge, weightGrams: 1 }],
        }),
        cmd.purchaseInsurance(2, t.insured, { insuredValue: huge, coversShippingCost: true }),
        ...shipment.slice(2),
        ...dossier,
        cmd.submitClaim(14, t.submitted),
      ],
      [],
    );
    given(history)
      .when(cmd.acceptClaim(15, t.accepted, { provenValue: huge, approvedAmount: huge }))
      .thenRejected({
        code: 'AmountOverflow',
        rule: 'R7',
        field: 'provenLoss',
        message: 'R7 approved amount within cap: the provenLoss overflows the safe integer range',
      });
  });

  it('refuses a coverage whose bound, goods value plus covered shipping, is beyond the safe integer range', () => {
    const huge = { minorUnits: Number.MAX_SAFE_INTEGER, currency: 'CNY' } as const;
    given(
      run([
        cmd.bookParcel(1, t.booked, {
          goodsValue: huge,
          pieces: [{ pieceId: 'P1', description: 'Gold', goodsValue: huge, weightGrams: 1 }],
        }),
      ]),
    )
      .when(cmd.purchaseInsurance(2, t.insured, { insuredValue: huge, coversShippingCost: true }))
      .thenRejected({
        code: 'AmountOverflow',
        rule: 'C1',
        field: 'insuredValue',
        message: 'C1 coverage terms: the goods value and shipping cost overflow the safe integer range',
      });
  });
});
