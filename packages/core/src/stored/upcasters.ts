// Upcasters of the parcel stream's events: each lifts one event type's stored data from one schema
// version to the next. Pure and total: data that is not the shape a step expects is passed on as it
// is, and the decoder then names what is wrong with it.

/** Lifts the data of one event type from one schema version to the next. */
export type ClaimUpcaster = (data: unknown) => unknown;

/** Upcasters by event type, then by the version they lift from (`{ ParcelBooked: { 1: v1ToV2 } }`). */
export type ClaimUpcasterTable = Readonly<Record<string, Readonly<Record<number, ClaimUpcaster>>>>;

type JsonObject = Readonly<Record<string, unknown>>;

const isObject = (u: unknown): u is JsonObject => typeof u === 'object' && u !== null && !Array.isArray(u);

/** The piece every parcel booked at schema version 1 holds: its single piece is `1`. */
export const firstPieceId = '1';

const zeroLike = (amount: unknown): unknown =>
  isObject(amount) ? { minorUnits: 0, currency: amount.currency } : amount;

const isZeroAmount = (amount: unknown): boolean => isObject(amount) && amount.minorUnits === 0;

const minOf = (a: unknown, b: unknown): unknown =>
  isObject(a) && isObject(b) && typeof a.minorUnits === 'number' && typeof b.minorUnits === 'number'
    ? a.minorUnits <= b.minorUnits
      ? a
      : b
    : a;

/** ParcelBooked v1 (one value, one weight) to v2 (values kept apart, one piece `1`). */
const parcelBookedV1 = (data: unknown): unknown => {
  if (!isObject(data)) return data;
  const { weightGrams, declaredValue, ...rest } = data;
  return {
    ...rest,
    goodsValue: declaredValue,
    valueBasis: 'not-recorded',
    customsValue: null,
    carriageValue: null,
    pieces: [{ pieceId: firstPieceId, description: data.contents, goodsValue: declaredValue, weightGrams }],
  };
};

/** InsurancePurchased v1 (deductible as Money) to v2 (deductible rule, no conversions). */
const insurancePurchasedV1 = (data: unknown): unknown => {
  if (!isObject(data)) return data;
  const { deductible, ...rest } = data;
  return {
    ...rest,
    deductible: isZeroAmount(deductible) ? { kind: 'none' } : { kind: 'amount', amount: deductible },
    conversions: [],
  };
};

/** ParcelHandedToCarrier v1 (one air box, one customs box) to v2 (the boxes of piece `1`). */
const parcelHandedToCarrierV1 = (data: unknown): unknown => {
  if (!isObject(data)) return data;
  const { airBoxNumber, customsBoxNumber, ...rest } = data;
  return { ...rest, boxes: [{ pieceId: firstPieceId, airBoxNumber, customsBoxNumber }] };
};

/** ParcelDelivered and InquiryOpened v1 to v2: they concern piece `1`, the only one. */
const withFirstPiece = (data: unknown): unknown =>
  isObject(data) ? { ...data, pieceIds: [firstPieceId] } : data;

/**
 * ClaimAccepted v1 to v2: the breakdown's steps as v1 computed them. The cap and the approved amount
 * are kept as written, even where v1 added the shipping charge above the sum insured.
 */
const claimAcceptedV1 = (data: unknown): unknown => {
  if (!isObject(data) || !isObject(data.breakdown)) return data;
  const { insuredValue, provenValue, coveredShippingCost, deductible, cap } = data.breakdown;
  return {
    ...data,
    breakdown: {
      sumInsured: insuredValue,
      insuredShare: null,
      provenLoss: provenValue,
      provenConversions: [],
      coveredShippingCost,
      limit: minOf(insuredValue, provenValue),
      deductible: {
        rule: isZeroAmount(deductible) ? { kind: 'none' } : { kind: 'amount', amount: deductible },
        amount: deductible,
      },
      carrierSettlement: zeroLike(insuredValue),
      cap,
    },
  };
};

/** Written where a payee or payment method was stored before they were kept: nothing is invented. */
const notRecorded = 'not-recorded';

/**
 * ClaimAccepted v2 to v3: the breakdown gains its salvage step (nothing was taken off for salvage
 * then), the acceptance its partial-approval reason (none stated), payee and method (not recorded).
 */
const claimAcceptedV2 = (data: unknown): unknown => {
  if (!isObject(data) || !isObject(data.breakdown)) return data;
  const { breakdown } = data;
  return {
    ...data,
    breakdown: { ...breakdown, salvage: zeroLike(breakdown.cap) },
    partialReason: null,
    payee: { role: notRecorded, partyId: notRecorded },
    method: notRecorded,
  };
};

/** ClaimPaid v1 to v2: the payee and method were not recorded. */
const claimPaidV1 = (data: unknown): unknown =>
  isObject(data)
    ? { ...data, payee: { role: notRecorded, partyId: notRecorded }, method: notRecorded }
    : data;

/** Every upcaster of the parcel stream: what lets a store written at any earlier schema version be read today. */
export const claimUpcasters: ClaimUpcasterTable = {
  ParcelBooked: { 1: parcelBookedV1 },
  InsurancePurchased: { 1: insurancePurchasedV1 },
  ParcelHandedToCarrier: { 1: parcelHandedToCarrierV1 },
  ParcelDelivered: { 1: withFirstPiece },
  InquiryOpened: { 1: withFirstPiece },
  ClaimAccepted: { 1: claimAcceptedV1, 2: claimAcceptedV2 },
  ClaimPaid: { 1: claimPaidV1 },
};
