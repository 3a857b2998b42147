import { collect, DAY_MS, millis, parametersOf } from './collect.js';
import type { Invariant } from './invariant.js';
import { isClosedPhase } from './view.js';

/** R4: the inquiry window of each claim type. */
export const r4InquiryWindow: Invariant = {
  rule: 'R4',
  statement:
    'a loss inquiry opens after the waiting (or no-movement) period and within the filing deadline, never after delivery; a damage claim after delivery, within its window',
  check: (history, context) =>
    collect('R4', (event, before) => {
      if (event.type !== 'InquiryOpened') return undefined;
      const p = parametersOf(before, context);
      if (p === undefined) return 'the coverage policy is not in the policy book';
      const at = millis(event.data.at);
      if (event.data.claimType === 'damage') {
        if (before.deliveredAt === null) return 'a damage claim before delivery';
        return at - millis(before.deliveredAt) > p.damageNoticeWindow.value * DAY_MS
          ? 'a damage claim after the notice window'
          : undefined;
      }
      if (before.deliveredAt !== null) return 'a loss inquiry on a delivered parcel';
      if (before.shippedAt === null) return 'a loss inquiry before dispatch';
      const sinceDispatch = at - millis(before.shippedAt);
      const sinceMovement = at - millis(before.lastMovementAt ?? before.shippedAt);
      if (
        sinceDispatch < p.inquiryWaitingPeriod.value * DAY_MS &&
        sinceMovement < p.noMovementPeriod.value * DAY_MS
      )
        return 'a loss inquiry before the waiting period and the no-movement period';
      return sinceDispatch > p.filingDeadline.value * DAY_MS
        ? 'a loss inquiry after the filing deadline'
        : undefined;
    })(history),
};

/** R5: one open claim at a time, claim ids used once, each command applied once. */
export const r5OneOpenClaim: Invariant = {
  rule: 'R5',
  statement: 'at most one open claim per parcel; a claim id is used once; a repeated command changes nothing',
  check: collect('R5', (event, before) => {
    const found: string[] = [];
    const id = event.data.commandId;
    if (before.commandIds.has(id) && before.lastCommandId !== id)
      found.push(`command ${id} wrote events again after other commands`);
    if (event.type === 'InquiryOpened') {
      if (before.current !== null && !isClosedPhase(before.current.phase))
        found.push(`claim ${event.data.claimId} opened while ${before.current.claimId} is open`);
      if (before.claims.has(event.data.claimId)) found.push(`claim id ${event.data.claimId} used again`);
      if ([...before.claims.values()].some((c) => c.phase === 'paid' || c.phase === 'rejected'))
        found.push('a claim opened after the coverage was settled');
    }
    return found;
  }),
};
