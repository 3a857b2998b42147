import { collect, DAY_MS, millis, parametersOf } from './collect.js';
import type { Invariant } from './invariant.js';
import { isClosedPhase } from './view.js';

/** R4: the inquiry window of each claim type. */
export const r4InquiryWindow: Invariant = {
  rule: 'R4',
  statement:
    'a loss inquiry opens after the waiting (or no-movement) period of its route and within the filing deadline, never after delivery; a damage, partial-loss or missing-contents claim after delivery (a partial loss after one without every piece), within the notice window; a theft-after-delivery claim after delivery, between its waiting period and its window',
  check: (history, context) =>
    collect('R4', (event, before) => {
      if (event.type !== 'InquiryOpened') return undefined;
      const p = parametersOf(before, context);
      if (p === undefined) return 'the coverage policy is not in the policy book';
      const at = millis(event.data.at);
      const type = event.data.claimType;
      if (type !== 'loss') {
        if (before.deliveredAt === null) return `a ${type} claim before delivery`;
        const sinceDelivery = at - millis(before.deliveredAt);
        if (
          type === 'partial-loss' &&
          (before.booking?.pieces ?? []).every((piece) => before.deliveredPieceIds.includes(piece.pieceId))
        )
          return 'a partial-loss claim after a delivery of every piece';
        if (type === 'theft-after-delivery') {
          if (sinceDelivery < p.theftWaitingPeriod.value * DAY_MS)
            return 'a theft-after-delivery claim before its waiting period';
          return sinceDelivery > p.theftNoticeWindow.value * DAY_MS
            ? 'a theft-after-delivery claim after its notice window'
            : undefined;
        }
        return sinceDelivery > p.damageNoticeWindow.value * DAY_MS
          ? `a ${type} claim after the notice window`
          : undefined;
      }
      if (before.deliveredAt !== null) return 'a loss inquiry on a delivered parcel';
      if (before.shippedAt === null) return 'a loss inquiry before dispatch';
      const international = before.booking !== null && before.booking.origin !== before.booking.destination;
      const waiting = international ? p.internationalInquiryWaitingPeriod : p.inquiryWaitingPeriod;
      const still = international ? p.internationalNoMovementPeriod : p.noMovementPeriod;
      const sinceDispatch = at - millis(before.shippedAt);
      const sinceMovement = at - millis(before.lastMovementAt ?? before.shippedAt);
      if (sinceDispatch < waiting.value * DAY_MS && sinceMovement < still.value * DAY_MS)
        return 'a loss inquiry before the waiting period and the no-movement period';
      return sinceDispatch > p.filingDeadline.value * DAY_MS
        ? 'a loss inquiry after the filing deadline'
        : undefined;
    })(history),
};

/** R5: one open claim at a time, claim ids used once, each command applied once. */
export const r5OneOpenClaim: Invariant = {
  rule: 'R5',
  statement:
    'at most one open claim per parcel; a claim id is used once; none opens once paid or rejected claims hold every piece; a repeated command changes nothing',
  check: collect('R5', (event, before) => {
    const found: string[] = [];
    const id = event.data.commandId;
    if (before.commandIds.has(id) && before.lastCommandId !== id)
      found.push(`command ${id} wrote events again after other commands`);
    if (event.type === 'InquiryOpened') {
      if (before.current !== null && !isClosedPhase(before.current.phase))
        found.push(`claim ${event.data.claimId} opened while ${before.current.claimId} is open`);
      if (before.claims.has(event.data.claimId)) found.push(`claim id ${event.data.claimId} used again`);
      const decided = [...before.claims.values()].filter((c) => c.phase === 'paid' || c.phase === 'rejected');
      const settledPieces = new Set(decided.flatMap((c) => c.pieceIds));
      const booked = before.booking?.pieces ?? [];
      if (decided.length > 0 && booked.every((piece) => settledPieces.has(piece.pieceId)))
        found.push('a claim opened after the coverage was settled');
    }
    return found;
  }),
};
