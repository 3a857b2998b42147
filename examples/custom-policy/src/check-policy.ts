import { builtInCalendars, countWorkingDays, defaultPolicy, policyBook } from '@parcel-claims/core';
import { arbHistory, checkHistory, historyPaths } from '@parcel-claims/testing';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { expressPolicy } from './express-policy.js';

const policies = policyBook([defaultPolicy, expressPolicy]);
const millis = Date.parse;
const days = (from: string, to: string) => (millis(to) - millis(from)) / 86_400_000;

/** Histories generated under the express policy, along every path. */
export const expressHistories = fc.oneof(
  ...historyPaths.map((path) => arbHistory({ path, policy: expressPolicy })),
);

/** Every rule of the catalogue holds under the express policy. */
export const keepsTheCatalogue = fc.property(expressHistories, (history) => {
  const violations = checkHistory(history.events, { policies });
  if (violations.length > 0) throw new Error(violations.map((v) => `${v.rule}: ${v.message}`).join('\n'));
});

/** Payouts fall due at the end of the 5th working day after acceptance, in the payer calendar. */
export const paysWithinFiveWorkingDays = fc.property(expressHistories, (history) => {
  for (const event of history.events) {
    if (event.type !== 'ClaimAccepted') continue;
    const due = event.data.payoutDue;
    const calendar = builtInCalendars.resolve(due.calendar.id);
    if (E.isLeft(calendar)) throw new Error(calendar.left.message);
    const counted = countWorkingDays(calendar.right, due.from, due.dueAt);
    if (due.basis.count !== 5 || counted !== 5) throw new Error(`payout due after ${counted} working days`);
  }
});

/** No loss inquiry before 21 days after dispatch, unless tracking has been silent for 7 days. */
export const waitsTwentyOneDays = fc.property(expressHistories, (history) => {
  let shippedAt: string | undefined;
  let lastMovement: string | undefined;
  for (const event of history.events) {
    if (event.type === 'ParcelShipped') shippedAt = lastMovement = event.data.at;
    const moved =
      event.type === 'TrackingUpdated'
        ? event.data.scannedAt
        : event.type === 'ParcelHandedToCarrier'
          ? event.data.at
          : undefined;
    if (moved !== undefined && lastMovement !== undefined && millis(moved) > millis(lastMovement))
      lastMovement = moved;
    if (event.type !== 'InquiryOpened' || event.data.claimType !== 'loss') continue;
    if (shippedAt === undefined || lastMovement === undefined)
      throw new Error('a loss inquiry before dispatch');
    if (days(shippedAt, event.data.at) < 21 && days(lastMovement, event.data.at) < 7)
      throw new Error(`inquiry ${days(shippedAt, event.data.at).toFixed(1)} days after dispatch`);
  }
});
