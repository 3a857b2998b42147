import { describe, expect, it } from 'vitest';
import { defaultPolicy, money } from '../../src/index.js';
import { needsPoliceReport } from '../../src/rules/d1-document-provision.js';
import { cid, cmd, event } from '../support/builders.js';
import { shipment, t } from '../support/founding-story.js';
import { given, run } from '../support/spec.js';

// A loss inquiry 100 days after dispatch (5 January, 14:00 UTC): its documents are due after the
// policy's 120-day filing deadline (5 May, 14:00 UTC), which still bounds them.
const lateInquiry = run([...shipment, cmd.openInquiry(8, '2026-04-15T14:00:00.000Z')]);
const lastMoment = '2026-05-05T14:00:00.000Z';
const tooLate = '2026-05-05T14:00:00.001Z';

describe('documents within the filing deadline after dispatch (D1)', () => {
  it('accepts a document on the last millisecond of the filing deadline', () => {
    given(lateInquiry)
      .when(cmd.attachDocument(9, lastMoment, 'proof-of-value', { as: 'seller' }))
      .thenEmits([
        event({
          type: 'DocumentAttached',
          data: {
            at: lastMoment,
            commandId: cid(9),
            claimId: 'claim-1',
            documentType: 'proof-of-value',
            providedBy: 'seller',
            reference: 'dossier/proof-of-value.pdf',
            contentHash: `sha256:${'9'.padStart(64, '0')}`,
          },
        }),
      ]);
  });

  it('refuses a document after the filing deadline though its own due date is later', () => {
    given(lateInquiry)
      .when(cmd.attachDocument(9, tooLate, 'proof-of-value', { as: 'seller' }))
      .thenRejected({
        code: 'DocumentAfterFilingDeadline',
        rule: 'D1',
        documentType: 'proof-of-value',
        shippedAt: t.shipped,
        daysSinceDispatch: 120,
        filingDeadlineDays: 120,
        message:
          'D1 document provision: the proof-of-value arrived 120 days after dispatch; the policy accepts documents for at most 120',
      });
  });

  it("refuses the carrier's loss confirmation after the filing deadline too", () => {
    given(lateInquiry).when(cmd.confirmLoss(9, '2026-05-10T02:00:00.000Z')).thenRejected({
      code: 'DocumentAfterFilingDeadline',
      rule: 'D1',
      documentType: 'loss-confirmation',
      shippedAt: t.shipped,
      daysSinceDispatch: 124,
      filingDeadlineDays: 120,
      message:
        'D1 document provision: the loss-confirmation arrived 124 days after dispatch; the policy accepts documents for at most 120',
    });
  });
});

describe('needsPoliceReport (D1)', () => {
  const p = defaultPolicy.parameters;

  it.each([
    ['at the threshold, CNY 700.00', money(70_000, 'CNY'), 'CNY', false],
    ['one fen above it', money(70_001, 'CNY'), 'CNY', true],
    ['far below it', money(1, 'CNY'), 'CNY', false],
    ['in another currency than the coverage, however small', money(1, 'USD'), 'CNY', true],
    ['with a coverage in another currency than the threshold', money(1, 'USD'), 'USD', true],
  ] as const)('theft after delivery %s: %s', (_, claimed, coverageCurrency, expected) => {
    expect(needsPoliceReport('theft-after-delivery', claimed, coverageCurrency, p)).toBe(expected);
  });

  it('asks for a report when the claimed pieces cannot be added up', () => {
    expect(needsPoliceReport('theft-after-delivery', null, 'CNY', p)).toBe(true);
  });

  it.each(['loss', 'damage', 'partial-loss', 'missing-contents'] as const)(
    'never for a %s claim',
    (claimType) => {
      expect(needsPoliceReport(claimType, money(Number.MAX_SAFE_INTEGER, 'USD'), 'CNY', p)).toBe(false);
    },
  );
});
