import { describe, expect, it } from 'vitest';
import { assertFreeTextStaysInItsLines, exercisedFields, freeTextFields } from './free-text.js';

describe('free text in the audit outputs', () => {
  it('finds every free-text field of the commands in the codecs, and the stories exercise each', () => {
    const fields = [...freeTextFields].flatMap(([type, names]) => names.map((name) => `${type}.${name}`));
    expect(fields).toEqual([
      'BookParcel.contents',
      'BookParcel.pieces[].description',
      'ShipParcel.cargoReference',
      'HandOverToCarrier.trackingNumber',
      'HandOverToCarrier.boxes[].airBoxNumber',
      'HandOverToCarrier.boxes[].customsBoxNumber',
      'RecordTrackingUpdate.location',
      'RecordTrackingUpdate.description',
      'AttachDocument.reference',
      'RejectDocument.reason',
      'ConfirmLoss.reference',
      'RequestInformation.question',
      'AnswerInformationRequest.answer',
      'AcceptClaim.partialReason',
      'RejectClaim.explanation',
      'AppealRejection.grounds',
      'AppealRejection.documents[].reference',
      'PayClaim.paymentReference',
      'NotifyCarrier.reference',
      'FileRecovery.reference',
      'RecordRecovery.reference',
      'CloseRecovery.reason',
    ]);
    expect([...exercisedFields].sort()).toEqual([...fields].sort());
  });

  // `pnpm test:soak` runs 5,000 (free-text.soak.ts).
  it('keeps any text in any free-text field to its own lines, escaped, in the text audit and the HTML report', async () => {
    const { byField } = await assertFreeTextStaysInItsLines(100);
    expect([...byField.values()].reduce((sum, n) => sum + n, 0)).toBe(100);
  });
});
