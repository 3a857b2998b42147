import * as t from 'io-ts';
import { Deadline, PositiveInteger } from '../calendar/index.js';
import { closed } from '../codec/closed.js';
import { nullable } from '../codec/nullable.js';
import { NonEmptyText, PieceId } from '../ids.js';
import { Conversion } from '../money/exchange.js';
import { Money } from '../money/index.js';
import { Deductible } from '../policy/deductible.js';
import { Instant } from '../time/instant.js';
import { DocumentOwner, DocumentType } from '../vocabulary/document-type.js';

/** A document the claim needs, who owes it, and its due date computed when the inquiry opened. */
export const RequiredDocument = closed({ documentType: DocumentType, owedBy: DocumentOwner, due: Deadline });
export type RequiredDocument = t.TypeOf<typeof RequiredDocument>;

/** One piece of a parcel as booked: its id, what it is, its goods value and its weight. */
export const BookedPiece = closed({
  pieceId: PieceId,
  description: NonEmptyText,
  goodsValue: Money,
  weightGrams: PositiveInteger,
});
export type BookedPiece = t.TypeOf<typeof BookedPiece>;

/** The air box and customs box a piece travels in, recorded at handover. */
export const PieceBoxes = closed({
  pieceId: PieceId,
  airBoxNumber: NonEmptyText,
  customsBoxNumber: NonEmptyText,
});
export type PieceBoxes = t.TypeOf<typeof PieceBoxes>;

/** The part of the sum insured that falls on the claimed pieces, allocated over all pieces by goods value. */
export const InsuredShare = closed({
  pieceIds: t.array(PieceId),
  share: Money,
  rounding: t.literal('largest-remainder'),
});
export type InsuredShare = t.TypeOf<typeof InsuredShare>;

/** The deductible rule of the coverage and the amount it takes off this payout. */
export const DeductibleApplied = closed({ rule: Deductible, amount: Money });
export type DeductibleApplied = t.TypeOf<typeof DeductibleApplied>;

/**
 * How the approved amount relates to the coverage, step by step: the limit is the smaller of the
 * sum insured (or the claimed pieces' insured share) and the proven loss (covered shipping
 * included); the cap is the limit less the deductible, the carrier's settlement and, for damage,
 * the salvage value the insured keeps, never below zero.
 */
export const PayoutBreakdown = closed({
  sumInsured: Money,
  insuredShare: nullable(InsuredShare),
  provenLoss: Money,
  provenConversions: t.array(Conversion),
  coveredShippingCost: Money,
  limit: Money,
  deductible: DeductibleApplied,
  carrierSettlement: Money,
  salvage: Money,
  cap: Money,
});
export type PayoutBreakdown = t.TypeOf<typeof PayoutBreakdown>;

/** A required document not provided by its due date, as `ClaimLapsed` records it. */
export const MissingDocument = closed({ documentType: DocumentType, owedBy: DocumentOwner, dueAt: Instant });
export type MissingDocument = t.TypeOf<typeof MissingDocument>;
