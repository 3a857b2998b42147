import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { threePieceStory } from '../../src/examples/three-piece-story.js';
import { command } from '../support/builders.js';
import { decider, given, run, stateAfter } from '../support/spec.js';

const cny = (minorUnits: number) => ({ minorUnits, currency: 'CNY' }) as const;
const story = threePieceStory.map(command);
const json = (n: number) => threePieceStory[n];
const envelope = (n: number, now: string, role: string, id: string) => ({
  commandId: `7f1d0c3e-0000-4000-8000-${String(900 + n).padStart(12, '0')}`,
  now,
  actor: { role, id },
  parcelId: 'TSS-2026-000107',
});
const openInquiry = (
  n: number,
  claimType: string,
  pieceIds: readonly string[] | null,
  claimId = `C-${n}`,
  now = '2026-03-21T02:00:00.000Z',
) =>
  command({
    type: 'OpenInquiry',
    data: { ...envelope(n, now, 'seller', 'seller-a'), claimId, claimType, pieceIds },
  });
const withdraw = (n: number, claimId: string) =>
  command({
    type: 'WithdrawClaim',
    data: {
      ...envelope(n, '2026-03-12T02:00:00.000Z', 'seller', 'seller-a'),
      claimId,
      reason: 'seller-request',
    },
  });
const deliver = (n: number, pieceIds: readonly string[]) =>
  command({
    type: 'RecordDelivery',
    data: { ...envelope(n, '2026-03-10T09:00:00.000Z', 'carrier', 'sky-cargo'), pieceIds },
  });

const handedOver = run(story.slice(0, 6));
const delivered = run(story.slice(0, 7));
const paid = run(story);

describe('pieces a claim holds (C2)', () => {
  it('a loss inquiry takes every piece when it names none', () => {
    const lossAt = '2026-03-20T02:00:00.000Z';
    const loss = command({
      type: 'OpenInquiry',
      data: {
        ...envelope(1, lossAt, 'seller', 'seller-a'),
        claimId: 'C-1',
        claimType: 'loss',
        pieceIds: null,
      },
    });
    const opened = run([loss], handedOver);
    expect(stateAfter(opened).claim?.pieceIds).toEqual(['P1', 'P2', 'P3']);
  });

  it('refuses a delivery naming a piece the parcel does not have, none, or one twice', () => {
    given(handedOver)
      .when(deliver(1, ['P1', 'P9']))
      .thenRejected({
        code: 'UnknownPiece',
        rule: 'C2',
        field: 'pieceIds[1]',
        pieceId: 'P9',
        message: 'C2 pieces claimed once: piece P9 is not a piece of this parcel (pieceIds[1])',
      });
    given(handedOver).when(deliver(1, [])).thenRejected({
      code: 'NoPiecesNamed',
      rule: 'C2',
      field: 'pieceIds',
      message: 'C2 pieces claimed once: pieceIds names no piece',
    });
    given(handedOver)
      .when(deliver(1, ['P2', 'P2']))
      .thenRejected({
        code: 'DuplicatePiece',
        rule: 'C2',
        field: 'pieceIds[1]',
        pieceId: 'P2',
        message: 'C2 pieces claimed once: piece P2 is named more than once (pieceIds[1])',
      });
  });

  it('refuses a partial loss of a delivered piece: a delivered piece cannot be claimed lost', () => {
    given(delivered)
      .when(openInquiry(1, 'partial-loss', ['P3', 'P1']))
      .thenRejected({
        code: 'PieceAlreadyDelivered',
        rule: 'C2',
        field: 'pieceIds[1]',
        pieceId: 'P1',
        claimType: 'partial-loss',
        message: 'C2 pieces claimed once: piece P1 was delivered; a partial-loss claim cannot hold it',
      });
  });

  it('refuses a partial loss that names no piece', () => {
    given(delivered)
      .when(openInquiry(1, 'partial-loss', null))
      .thenRejected({
        code: 'NoPiecesNamed',
        rule: 'C2',
        field: 'pieceIds',
        message: 'C2 pieces claimed once: a partial-loss claim names its pieces',
      });
  });

  it('claims a piece at most once across the claims of the parcel', () => {
    given(paid)
      .when(openInquiry(1, 'missing-contents', ['P2', 'P3']))
      .thenRejected({
        code: 'PieceAlreadyClaimed',
        rule: 'C2',
        field: 'pieceIds[1]',
        pieceId: 'P3',
        claimId: 'TSS-CLAIM-0107',
        message: 'C2 pieces claimed once: piece P3 is already claimed by claim TSS-CLAIM-0107',
      });
  });

  it('lets a withdrawn claim release its pieces', () => {
    const withdrawn = run(
      [openInquiry(1, 'partial-loss', ['P3'], 'C-1', '2026-03-11T02:00:00.000Z'), withdraw(2, 'C-1')],
      delivered,
    );
    const reopened = run(
      [openInquiry(3, 'partial-loss', ['P3'], 'C-3', '2026-03-13T02:00:00.000Z')],
      withdrawn,
    );
    expect(stateAfter(reopened).claim?.pieceIds).toEqual(['P3']);
  });

  it('ends a loss claim on a delivery of a piece it holds, and only then', () => {
    const lossOf = (pieceIds: readonly string[]) =>
      command({
        type: 'OpenInquiry',
        data: {
          ...envelope(1, '2026-03-20T02:00:00.000Z', 'seller', 'seller-a'),
          claimId: 'C-1',
          claimType: 'loss',
          pieceIds,
        },
      });
    const arrives = (pieceIds: readonly string[]) =>
      command({
        type: 'RecordDelivery',
        data: { ...envelope(2, '2026-03-21T02:00:00.000Z', 'carrier', 'sky-cargo'), pieceIds },
      });
    const others = run([lossOf(['P3']), arrives(['P1', 'P2'])], handedOver);
    expect(stateAfter(others).claim?.status).toBe('gathering-documents');
    const found = run([lossOf(['P3']), arrives(['P3'])], handedOver);
    expect(found.map((e) => e.type).slice(-2)).toEqual(['ParcelDelivered', 'ClaimWithdrawn']);
  });

  it('lets a lapsed claim release its pieces', () => {
    const lossOn = (n: number, now: string, claimId: string) =>
      command({
        type: 'OpenInquiry',
        data: { ...envelope(n, now, 'seller', 'seller-a'), claimId, claimType: 'loss', pieceIds: null },
      });
    const lapsed = run(
      [
        lossOn(1, '2026-03-20T02:00:00.000Z', 'C-1'),
        command({
          type: 'CheckDeadlines',
          data: envelope(2, '2026-04-25T00:00:00.000Z', 'system', 'deadline-clock'),
        }),
      ],
      handedOver,
    );
    expect(stateAfter(lapsed).claim?.status).toBe('lapsed');
    const reopened = run([lossOn(3, '2026-04-26T00:00:00.000Z', 'C-3')], lapsed);
    expect(stateAfter(reopened).claim?.pieceIds).toEqual(['P1', 'P2', 'P3']);
  });

  it('after a paid partial loss, a damage claim takes the pieces no claim holds', () => {
    const damage = run([openInquiry(1, 'damage', null, 'C-1')], paid);
    const claim = stateAfter(damage).claim;
    expect([claim?.claimType, claim?.pieceIds]).toEqual(['damage', ['P1', 'P2']]);
  });

  it('does not settle the coverage while pieces no decided claim holds remain', () => {
    expect(E.isRight(decider.decide(openInquiry(1, 'damage', ['P1'], 'C-1'), stateAfter(paid)))).toBe(true);
  });
});

describe('the insured share of the claimed pieces (R7)', () => {
  it('allocates the sum insured over the pieces by goods value, largest remainder first, summing to the sum insured', () => {
    const acceptance = json(15);
    const submitted = run(story.slice(0, 15));
    const approve = (amount: number) =>
      command({ ...acceptance, data: { ...acceptance?.data, approvedAmount: cny(amount) } });
    const accepted = run([approve(90_000)], submitted);
    const share = stateAfter(accepted).claim?.acceptance?.breakdown.insuredShare;
    expect(share).toEqual({ pieceIds: ['P3'], share: cny(90_000), rounding: 'largest-remainder' });
    // 8,999.99 over 6,000 : 3,000 : 1,000 is 5,399.994, 2,699.997 and 899.999: floors 5,399.99,
    // 2,699.99 and 899.99 leave two fen, which go to the largest remainders, P3 and P2.
    expect(5_399_99 + 2_700_00 + 900_00).toBe(899_999);
  });
});
