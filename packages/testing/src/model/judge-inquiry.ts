import { badPieceList } from './judge-shipment.js';
import type { CommandOf } from './model-command.js';
import { period } from './model-policy.js';
import { heldPieceIds, isSettled, openClaimOf, type ParcelModel } from './parcel-model.js';
import { DAY } from './time.js';
import { accepted, rejected, type Verdict } from './verdict.js';

const days = (from: number, to: number): string => `${((to - from) / DAY).toFixed(3)} days`;

/**
 * C2 in the model's words: the pieces an inquiry claims, or why it cannot claim them. Loss and
 * damage take every piece no other claim holds unless they name pieces; a partial loss names its
 * own; a piece is held by one claim at a time (a withdrawn or lapsed claim lets go of its pieces);
 * a delivered piece is never claimed as not received.
 */
export const claimedPieceIds = (
  parcel: ParcelModel,
  c: CommandOf<'OpenInquiry'>,
): readonly string[] | string => {
  const held = heldPieceIds(parcel);
  const booked = parcel.booking?.pieces.map((p) => p.pieceId) ?? [];
  let pieceIds: readonly string[];
  if (c.pieceIds === null) {
    const free = booked.filter((id) => !held.has(id));
    if (free.length === 0) return 'every piece is held by a claim';
    if (c.claimType === 'partial-loss') return 'a partial-loss claim names its pieces';
    pieceIds = free;
  } else {
    const bad = badPieceList(parcel, c.pieceIds);
    if (bad !== null) return bad;
    const taken = c.pieceIds.find((id) => held.has(id));
    if (taken !== undefined) return `${taken} is held by another claim`;
    pieceIds = c.pieceIds;
  }
  const delivered = pieceIds.find((id) => parcel.deliveredPieceIds.includes(id));
  if (c.claimType !== 'damage' && delivered !== undefined)
    return `${delivered} was delivered; a ${c.claimType} claim cannot hold it`;
  return pieceIds;
};

/**
 * R3, R4, R5 and C2 in their simplest form: an insured, shipped parcel; one open claim; a coverage
 * settled once decided claims hold every piece; a claim id once; loss after 14 days (or 7 still)
 * and within 120 days of dispatch, never once delivered; damage within 14 days of delivery; a
 * partial loss within 14 days of a delivery that left pieces behind. Periods are elapsed 24-hour days.
 */
export const judgeInquiry = (parcel: ParcelModel, c: CommandOf<'OpenInquiry'>): Verdict => {
  if (parcel.booking === null) return rejected('not booked');
  if (parcel.coverage === null) return rejected('not insured');
  if (parcel.shippedAt === null) return rejected('not shipped');
  const open = openClaimOf(parcel);
  if (open !== null) return rejected(`claim ${open.claimId} is still open`);
  if (isSettled(parcel)) return rejected('the coverage is settled');
  if (parcel.usedClaimIds.includes(c.claimId)) return rejected(`claim id ${c.claimId} was used`);
  const window = inquiryWindow(parcel, parcel.shippedAt, c);
  if (window !== null) return rejected(window);
  const pieces = claimedPieceIds(parcel, c);
  return typeof pieces === 'string' ? rejected(pieces) : accepted('InquiryOpened');
};

const inquiryWindow = (
  parcel: ParcelModel,
  shippedAt: number,
  c: CommandOf<'OpenInquiry'>,
): string | null => {
  if (c.claimType !== 'loss') {
    if (parcel.deliveredAt === null) return `${c.claimType} claim on an undelivered parcel`;
    const booked = parcel.booking?.pieces ?? [];
    if (c.claimType === 'partial-loss' && booked.every((p) => parcel.deliveredPieceIds.includes(p.pieceId)))
      return 'partial loss, but every piece was delivered';
    if (c.now - parcel.deliveredAt > period.damageNoticeDays * DAY)
      return `${c.claimType} reported ${days(parcel.deliveredAt, c.now)} after delivery`;
    return null;
  }
  if (parcel.deliveredAt !== null) return 'loss inquiry on a delivered parcel';
  const lastMovement = parcel.lastMovementAt ?? shippedAt;
  const waited = c.now - shippedAt >= period.inquiryWaitingDays * DAY;
  const still = c.now - lastMovement >= period.noMovementDays * DAY;
  if (!waited && !still)
    return `too early: ${days(shippedAt, c.now)} after dispatch, ${days(lastMovement, c.now)} without movement`;
  if (c.now - shippedAt > period.filingDeadlineDays * DAY)
    return `filing deadline passed: ${days(shippedAt, c.now)} after dispatch`;
  return null;
};
