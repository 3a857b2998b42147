import { describe, it } from 'vitest';
import { CLAIM, cid, cmd, cnDeadline, event, hash } from '../support/builders.js';
import { dossier, shipment, t } from '../support/founding-story.js';
import { given, run } from '../support/spec.js';

const opened = run(dossier.slice(0, 1), run(shipment));
const complete = run(dossier, run(shipment));
const submitted = run([cmd.submitClaim(14, t.submitted)], complete);
const valueProofAttached = run(
  [cmd.attachDocument(11, t.valueProof, 'proof-of-value', { as: 'seller' })],
  opened,
);
const rejectedAt = '2026-01-22T02:00:00.000Z';
const valueProofRejected = run([cmd.rejectDocument(12, rejectedAt, 'proof-of-value')], valueProofAttached);

const attached = (n: number, at: string, documentType: string, providedBy: string) =>
  event({
    type: 'DocumentAttached',
    data: {
      at,
      commandId: cid(n),
      claimId: CLAIM,
      documentType,
      providedBy,
      reference: `dossier/${documentType}.pdf`,
      contentHash: hash(n),
    },
  });

describe('AttachDocument', () => {
  it('attaches a seller document provided by the seller', () => {
    given(opened)
      .when(cmd.attachDocument(11, t.valueProof, 'proof-of-value', { as: 'seller' }))
      .thenEmits([attached(11, t.valueProof, 'proof-of-value', 'seller')]);
  });

  it('lets the forwarder attach a seller document, as it assembles the dossier', () => {
    given(opened)
      .when(cmd.attachDocument(11, t.valueProof, 'buyer-dispute-evidence'))
      .thenEmits([attached(11, t.valueProof, 'buyer-dispute-evidence', 'forwarder')]);
  });

  it('refuses a forwarder document from the seller', () => {
    given(opened)
      .when(cmd.attachDocument(9, t.outboundRecord, 'outbound-record', { as: 'seller' }))
      .thenRejected({
        code: 'DocumentProviderNotAllowed',
        rule: 'D1',
        documentType: 'outbound-record',
        role: 'seller',
        allowed: ['forwarder'],
        message: 'D1 document provision: a seller may not provide the outbound-record; allowed: forwarder',
      });
  });

  it('refuses a document the claim type does not take', () => {
    given(opened)
      .when(cmd.attachDocument(9, t.outboundRecord, 'damage-photos', { as: 'seller' }))
      .thenRejected({
        code: 'DocumentNotRequired',
        rule: 'D1',
        documentType: 'damage-photos',
        claimType: 'loss',
        message: 'D1 document provision: a loss claim takes no damage-photos',
      });
  });

  it('refuses a document attached twice', () => {
    given(valueProofAttached)
      .when(cmd.attachDocument(12, t.disputeEvidence, 'proof-of-value', { as: 'seller' }))
      .thenRejected({
        code: 'DocumentAlreadyAttached',
        rule: 'D1',
        documentType: 'proof-of-value',
        providedAt: t.valueProof,
        message: `D1 document provision: the proof-of-value was already provided at ${t.valueProof}`,
      });
  });

  it('accepts a document on the last millisecond of its due day and refuses it after', () => {
    const lastMoment = '2026-02-19T15:59:59.999Z';
    given(opened)
      .when(cmd.attachDocument(11, lastMoment, 'proof-of-value', { as: 'seller' }))
      .thenEmits([attached(11, lastMoment, 'proof-of-value', 'seller')]);
    const late = '2026-02-19T16:00:00.000Z';
    given(opened)
      .when(cmd.attachDocument(11, late, 'proof-of-value', { as: 'seller' }))
      .thenRejected({
        code: 'DocumentOverdue',
        rule: 'D1',
        documentType: 'proof-of-value',
        due: cnDeadline(t.inquiry, '2026-02-19', 'calendar-days', 30),
        now: late,
        message: `D1 document provision: the proof-of-value was due by 2026-02-19T15:59:59.999Z; it arrived at ${late}`,
      });
  });

  it('refuses a document once the dossier is submitted', () => {
    given(submitted)
      .when(cmd.attachDocument(15, t.accepted, 'proof-of-value', { as: 'seller' }))
      .thenRejected({
        code: 'ClaimNotInStatus',
        rule: 'K1',
        claimId: CLAIM,
        status: 'submitted',
        requiredStatus: 'gathering-documents',
        message: `K1 claim lifecycle: claim ${CLAIM} is submitted; this needs it gathering-documents`,
      });
  });

  it('refuses a document for another claim id', () => {
    given(opened)
      .when(cmd.attachDocument(9, t.outboundRecord, 'outbound-record', { claimId: 'claim-9' }))
      .thenRejected({
        code: 'NoSuchClaim',
        rule: 'K1',
        claimId: 'claim-9',
        currentClaimId: CLAIM,
        message: `K1 claim lifecycle: claim claim-9 is not the parcel's current claim ${CLAIM}`,
      });
  });

  it('re-attaches a rejected document', () => {
    given(valueProofRejected)
      .when(cmd.attachDocument(13, '2026-01-25T02:00:00.000Z', 'proof-of-value', { as: 'seller' }))
      .thenEmits([attached(13, '2026-01-25T02:00:00.000Z', 'proof-of-value', 'seller')]);
  });
});

describe('RejectDocument', () => {
  it('rejects an attached document and keeps its due date when that is later than the resubmission grace', () => {
    given(valueProofAttached)
      .when(cmd.rejectDocument(12, rejectedAt, 'proof-of-value'))
      .thenEmits([
        event({
          type: 'DocumentRejected',
          data: {
            at: rejectedAt,
            commandId: cid(12),
            claimId: CLAIM,
            documentType: 'proof-of-value',
            reason: 'Illegible scan',
            due: cnDeadline(t.inquiry, '2026-02-19', 'calendar-days', 30),
          },
        }),
      ]);
  });

  it('gives at least 14 days to replace a document rejected near its due date', () => {
    const nearDue = '2026-02-16T02:00:00.000Z';
    given(valueProofAttached)
      .when(cmd.rejectDocument(12, nearDue, 'proof-of-value'))
      .thenEmits([
        event({
          type: 'DocumentRejected',
          data: {
            at: nearDue,
            commandId: cid(12),
            claimId: CLAIM,
            documentType: 'proof-of-value',
            reason: 'Illegible scan',
            due: cnDeadline(nearDue, '2026-03-02', 'calendar-days', 14),
          },
        }),
      ]);
  });

  it('sends a submitted claim back to gathering documents', () => {
    const review = '2026-02-10T02:00:00.000Z';
    const history = run([cmd.rejectDocument(15, review, 'buyer-dispute-evidence')], submitted);
    given(history)
      .when(cmd.submitClaim(16, '2026-02-10T03:00:00.000Z'))
      .thenRejected({
        code: 'DossierIncomplete',
        rule: 'R6',
        missing: [],
        rejected: ['buyer-dispute-evidence'],
        message:
          'R6 complete dossier before submission: the loss dossier is incomplete (rejected: buyer-dispute-evidence)',
      });
    given(history)
      .when(cmd.attachDocument(16, '2026-02-10T03:00:00.000Z', 'buyer-dispute-evidence', { as: 'seller' }))
      .thenEmits([attached(16, '2026-02-10T03:00:00.000Z', 'buyer-dispute-evidence', 'seller')]);
  });

  it('refuses to reject a document that is missing', () => {
    given(opened)
      .when(cmd.rejectDocument(9, t.outboundRecord, 'proof-of-value'))
      .thenRejected({
        code: 'DocumentNotAttached',
        rule: 'D1',
        documentType: 'proof-of-value',
        message:
          'D1 document provision: the proof-of-value is missing; only an attached document can be rejected',
      });
  });

  it('refuses to reject a document after the claim was accepted', () => {
    given(run([cmd.acceptClaim(15, t.accepted)], submitted))
      .when(cmd.rejectDocument(16, t.paid, 'proof-of-value'))
      .thenRejected({
        code: 'ClaimNotInStatus',
        rule: 'K1',
        claimId: CLAIM,
        status: 'accepted',
        requiredStatus: 'submitted',
        message: `K1 claim lifecycle: claim ${CLAIM} is accepted; this needs it submitted`,
      });
  });

  it('refuses a document rejection by anyone but the insurer', () => {
    given(valueProofAttached)
      .when(cmd.rejectDocument(12, rejectedAt, 'proof-of-value', { as: 'forwarder' }))
      .thenRejected({
        code: 'CommandNotPermitted',
        rule: 'P1',
        command: 'RejectDocument',
        role: 'forwarder',
        allowed: ['insurer'],
        message: 'P1 permitted actor: a forwarder may not RejectDocument; allowed: insurer',
      });
  });
});

describe('ExtendDocumentDeadline', () => {
  it('extends a carrier document from its current due date', () => {
    given(opened)
      .when(cmd.extendDocumentDeadline(9, t.outboundRecord, 'loss-confirmation', 30))
      .thenEmits([
        event({
          type: 'DocumentDeadlineExtended',
          data: {
            at: t.outboundRecord,
            commandId: cid(9),
            claimId: CLAIM,
            documentType: 'loss-confirmation',
            due: cnDeadline('2026-03-21T15:59:59.999Z', '2026-04-20', 'calendar-days', 30),
          },
        }),
      ]);
  });

  it('refuses to extend a seller document', () => {
    given(opened)
      .when(cmd.extendDocumentDeadline(9, t.outboundRecord, 'buyer-dispute-evidence', 10))
      .thenRejected({
        code: 'DeadlineNotExtendable',
        rule: 'D2',
        documentType: 'buyer-dispute-evidence',
        owedBy: 'seller',
        message:
          'D2 document deadlines: the buyer-dispute-evidence is owed by the seller; only forwarder and carrier deadlines extend',
      });
  });

  it('refuses to extend a document already provided', () => {
    given(complete)
      .when(cmd.extendDocumentDeadline(14, t.submitted, 'loss-confirmation', 10))
      .thenRejected({
        code: 'DocumentAlreadyProvided',
        rule: 'D2',
        documentType: 'loss-confirmation',
        message:
          'D2 document deadlines: the loss-confirmation is already provided; there is nothing to extend',
      });
  });

  it('refuses an extension beyond 120 days after the inquiry', () => {
    given(opened)
      .when(cmd.extendDocumentDeadline(9, t.outboundRecord, 'loss-confirmation', 61))
      .thenRejected({
        code: 'ExtensionBeyondLimit',
        rule: 'D2',
        documentType: 'loss-confirmation',
        requestedDueAt: '2026-05-21T15:59:59.999Z',
        limitDueAt: '2026-05-20T15:59:59.999Z',
        message:
          'D2 document deadlines: extending the loss-confirmation to 2026-05-21 passes the limit of 120 days after the inquiry (2026-05-20)',
      });
  });
});

describe('ConfirmLoss', () => {
  it('refuses a loss confirmation once the dossier is submitted, before asking whether it was provided', () => {
    given(submitted)
      .when(cmd.confirmLoss(15, t.accepted, { as: 'carrier' }))
      .thenRejected({
        code: 'ClaimNotInStatus',
        rule: 'K1',
        claimId: CLAIM,
        status: 'submitted',
        requiredStatus: 'gathering-documents',
        message: `K1 claim lifecycle: claim ${CLAIM} is submitted; this needs it gathering-documents`,
      });
  });

  it("records the carrier's loss confirmation letter sent by the carrier itself", () => {
    given(opened)
      .when(cmd.confirmLoss(9, t.lossConfirmed, { as: 'carrier' }))
      .thenEmits([
        event({
          type: 'LossConfirmed',
          data: {
            at: t.lossConfirmed,
            commandId: cid(9),
            claimId: CLAIM,
            carrierId: 'sky-cargo',
            providedBy: 'carrier',
            reference: 'dossier/loss-confirmation.pdf',
            contentHash: hash(9),
          },
        }),
      ]);
  });

  it('refuses a loss confirmation from the seller', () => {
    given(opened)
      .when(cmd.confirmLoss(9, t.lossConfirmed, { as: 'seller' }))
      .thenRejected({
        code: 'CommandNotPermitted',
        rule: 'P1',
        command: 'ConfirmLoss',
        role: 'seller',
        allowed: ['carrier', 'forwarder'],
        message: 'P1 permitted actor: a seller may not ConfirmLoss; allowed: carrier, forwarder',
      });
  });

  it('refuses a loss confirmation on a damage claim', () => {
    const damage = run(
      [
        cmd.recordDelivery(8, '2026-01-12T08:00:00.000Z'),
        cmd.openInquiry(9, '2026-01-14T02:00:00.000Z', { claimType: 'damage' }),
      ],
      run(shipment),
    );
    given(damage).when(cmd.confirmLoss(10, '2026-01-15T02:00:00.000Z')).thenRejected({
      code: 'DocumentNotRequired',
      rule: 'D1',
      documentType: 'loss-confirmation',
      claimType: 'damage',
      message: 'D1 document provision: a damage claim takes no loss-confirmation',
    });
  });
});
