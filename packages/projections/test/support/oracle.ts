import {
  type Claim,
  type CurrencyCode,
  type Instant,
  instantMillis,
  isAfter,
  isApproved,
  isClosed,
  type ParcelState,
  type PartyId,
} from '@parcel-claims/core';
import type { ParcelHistory } from './parcel-log.js';

// Expected query answers worked out from the decider's own fold of each parcel (its
// ParcelState), independently of the read models' code.

const claimsOf = (state: ParcelState): readonly Claim[] =>
  state.claim === null ? state.earlierClaims : [...state.earlierClaims, state.claim];

const lastAtOf = (parcel: ParcelHistory, claimId: string): Instant | undefined =>
  parcel.events.filter((event) => 'claimId' in event.data && event.data.claimId === claimId).at(-1)?.data.at;

const byIds = <T extends { readonly parcelId: string; readonly claimId: string }>(a: T, b: T): number =>
  a.parcelId.localeCompare(b.parcelId) || a.claimId.localeCompare(b.claimId);

/** Every claim of every parcel as the board should show it, by parcel and claim id. */
export const expectedBoard = (parcels: readonly ParcelHistory[]) =>
  parcels
    .flatMap((parcel) =>
      claimsOf(parcel.state).map((claim) => ({
        parcelId: parcel.parcelId,
        claimId: claim.claimId,
        sellerId: parcel.state.booking?.sellerId,
        insurerId: parcel.state.coverage?.insurerId ?? null,
        claimType: claim.claimType,
        status: claim.status,
        pieceIds: claim.pieceIds,
        goodsValue: parcel.state.booking?.goodsValue,
        insuredValue: parcel.state.coverage?.insuredValue ?? null,
        approvedAmount: claim.acceptance?.approvedAmount ?? null,
        breakdown: claim.acceptance?.breakdown ?? null,
        paidAmount: claim.payment?.amount ?? null,
        decisionOverdue: claim.decisionOverdue,
        payoutOverdue: claim.payoutOverdue,
        openedAt: claim.openedAt,
        updatedAt: lastAtOf(parcel, claim.claimId),
      })),
    )
    .sort(byIds);

/** The outstanding documents of every open claim as of `asOf`, by parcel, claim and document. */
export const expectedOutstanding = (parcels: readonly ParcelHistory[], asOf: Instant) =>
  parcels
    .flatMap(({ parcelId, state }) => {
      const claim = state.claim;
      if (claim === null || isClosed(claim)) return [];
      const parties = {
        seller: state.booking?.sellerId ?? null,
        forwarder: state.booking?.forwarderId ?? null,
        carrier: state.shipment?.carrierId ?? null,
      };
      return claim.documents.flatMap((slot) =>
        slot.status === 'attached'
          ? []
          : [
              {
                parcelId,
                claimId: claim.claimId,
                documentType: slot.documentType,
                owedBy: slot.owedBy,
                owedByParty: parties[slot.owedBy],
                state: slot.status,
                due: slot.due,
                overdue: isAfter(asOf, slot.due.dueAt),
              },
            ],
      );
    })
    .sort((a, b) => byIds(a, b) || a.documentType.localeCompare(b.documentType));

/** Accepted, unpaid claims as of `asOf`, by parcel and claim id. */
export const expectedAwaitingPayout = (parcels: readonly ParcelHistory[], asOf: Instant) =>
  parcels
    .flatMap(({ parcelId, state }) =>
      claimsOf(state).flatMap((claim) =>
        !isApproved(claim) || claim.acceptance === null
          ? []
          : [
              {
                parcelId,
                claimId: claim.claimId,
                approvedAmount: claim.acceptance.approvedAmount,
                payoutDue: claim.acceptance.payoutDue,
                overdue: isAfter(asOf, claim.acceptance.payoutDue.dueAt),
                overdueRecorded: claim.payoutOverdue,
              },
            ],
      ),
    )
    .sort(byIds);

/** Paid claims, and how many were paid no later than their payout due instant. */
export const expectedPayoutSla = (parcels: readonly ParcelHistory[]) => {
  const paid = parcels.flatMap(({ state }) =>
    claimsOf(state).flatMap((claim) =>
      claim.payment === null || claim.acceptance === null
        ? []
        : [!isAfter(claim.payment.paidAt, claim.acceptance.payoutDue.dueAt)],
    ),
  );
  const within = paid.filter(Boolean).length;
  return {
    paidClaims: paid.length,
    paidWithinDue: within,
    shareWithinDue: paid.length === 0 ? null : within / paid.length,
  };
};

const middle = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const half = sorted.length / 2;
  return Number.isInteger(half)
    ? ((sorted[half - 1] ?? 0) + (sorted[half] ?? 0)) / 2
    : (sorted[Math.floor(half)] ?? 0);
};

const sumsOf = (amounts: readonly { readonly currency: CurrencyCode; readonly minorUnits: number }[]) => {
  const sums: Partial<Record<string, bigint>> = {};
  for (const { currency, minorUnits } of amounts)
    sums[currency] = (sums[currency] ?? 0n) + BigInt(minorUnits);
  return Object.entries(sums)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, minorUnits]) => ({ currency, minorUnits }));
};

/** Per-seller figures, by seller id. */
export const expectedSellerStatistics = (parcels: readonly ParcelHistory[]) => {
  const sellers = [
    ...new Set(
      parcels.flatMap(({ state }) =>
        claimsOf(state).length > 0 && state.booking ? [state.booking.sellerId] : [],
      ),
    ),
  ].sort();
  return sellers.map((sellerId) => {
    const claims = parcels
      .filter(({ state }) => state.booking?.sellerId === sellerId)
      .flatMap(({ state }) => claimsOf(state));
    const count = (status: Claim['status']) => claims.filter((claim) => claim.status === status).length;
    const payments = claims.flatMap((claim) =>
      claim.payment === null ? [] : [{ claim, payment: claim.payment }],
    );
    return {
      sellerId,
      claims: claims.length,
      paidClaims: count('paid'),
      rejections: count('rejected'),
      lapses: count('lapsed'),
      withdrawals: count('withdrawn'),
      paid: sumsOf(payments.map(({ payment }) => payment.amount)),
      medianInquiryToPayoutMs: middle(
        payments.map(({ claim, payment }) => instantMillis(payment.paidAt) - instantMillis(claim.openedAt)),
      ),
    };
  });
};

/** Per-carrier loss figures, by carrier id, claims without a carrier last. */
export const expectedCarrierStatistics = (parcels: readonly ParcelHistory[]) => {
  const groups = new Map<
    PartyId | null,
    {
      lossClaims: number;
      confirmedLosses: number;
      paidClaims: number;
      amounts: { currency: CurrencyCode; minorUnits: number }[];
    }
  >();
  for (const parcel of parcels) {
    for (const claim of claimsOf(parcel.state)) {
      if (!['loss', 'partial-loss', 'missing-contents'].includes(claim.claimType)) continue;
      const carrierId = parcel.state.shipment?.carrierId ?? null;
      const group = groups.get(carrierId) ?? {
        lossClaims: 0,
        confirmedLosses: 0,
        paidClaims: 0,
        amounts: [],
      };
      group.lossClaims += 1;
      if (
        claim.documents.some(
          (slot) => slot.documentType === 'loss-confirmation' && slot.status === 'attached',
        )
      )
        group.confirmedLosses += 1;
      if (claim.status === 'paid') group.paidClaims += 1;
      if (claim.payment !== null) group.amounts.push(claim.payment.amount);
      groups.set(carrierId, group);
    }
  }
  return [...groups]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([carrierId, { amounts, ...counts }]) => ({ carrierId, ...counts, paid: sumsOf(amounts) }));
};
