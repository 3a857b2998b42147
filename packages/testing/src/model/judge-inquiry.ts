import type { CommandOf } from './model-command.js';
import { period } from './model-policy.js';
import { openClaimOf, type ParcelModel } from './parcel-model.js';
import { DAY } from './time.js';
import { accepted, rejected, type Verdict } from './verdict.js';

const days = (from: number, to: number): string => `${((to - from) / DAY).toFixed(3)} days`;

/**
 * R3, R4, R5 in their simplest form: an insured, shipped parcel; one open claim; a settled coverage
 * stays settled; a claim id once; loss after 14 days (or 7 still) and within 120 days of dispatch,
 * never once delivered; damage within 14 days of delivery. Periods are elapsed 24-hour days.
 */
export const judgeInquiry = (parcel: ParcelModel, c: CommandOf<'OpenInquiry'>): Verdict => {
  if (parcel.booking === null) return rejected('not booked');
  if (parcel.coverage === null) return rejected('not insured');
  if (parcel.shippedAt === null) return rejected('not shipped');
  const open = openClaimOf(parcel);
  if (open !== null) return rejected(`claim ${open.claimId} is still open`);
  if (parcel.settled) return rejected('the coverage is settled');
  if (parcel.usedClaimIds.includes(c.claimId)) return rejected(`claim id ${c.claimId} was used`);
  if (c.claimType === 'damage') {
    if (parcel.deliveredAt === null) return rejected('damage claim on an undelivered parcel');
    if (c.now - parcel.deliveredAt > period.damageNoticeDays * DAY)
      return rejected(`damage reported ${days(parcel.deliveredAt, c.now)} after delivery`);
    return accepted('InquiryOpened');
  }
  if (parcel.deliveredAt !== null) return rejected('loss inquiry on a delivered parcel');
  const lastMovement = parcel.lastMovementAt ?? parcel.shippedAt;
  const waited = c.now - parcel.shippedAt >= period.inquiryWaitingDays * DAY;
  const still = c.now - lastMovement >= period.noMovementDays * DAY;
  if (!waited && !still)
    return rejected(
      `too early: ${days(parcel.shippedAt, c.now)} after dispatch, ${days(lastMovement, c.now)} without movement`,
    );
  if (c.now - parcel.shippedAt > period.filingDeadlineDays * DAY)
    return rejected(`filing deadline passed: ${days(parcel.shippedAt, c.now)} after dispatch`);
  return accepted('InquiryOpened');
};
