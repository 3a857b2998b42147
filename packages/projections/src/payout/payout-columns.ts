import { ClaimId, CurrencyCode, Deadline, Instant, ParcelId, PartyId } from '@parcel-claims/core';
import * as t from 'io-ts';
import { BigintText, ClaimStatusCodec, MinorUnitsText, moneyOf, nullable } from '../sql/codecs.js';
import { type RowMapping, rowMapping } from '../sql/row-mapping.js';
import { UnexpectedReadModelRow } from '../sql/unexpected-read-model-row.js';
import type { PayoutAcceptance, PayoutRow } from './payout-row.js';

const PayoutColumns = t.type({
  stream_id: t.string,
  claim_id: ClaimId,
  parcel_id: ParcelId,
  seller_id: PartyId,
  insurer_id: nullable(PartyId),
  status: ClaimStatusCodec,
  approved_minor: nullable(MinorUnitsText),
  approved_currency: nullable(CurrencyCode),
  accepted_at: nullable(Instant),
  payout_due: nullable(Deadline),
  accepted_position: nullable(BigintText),
  paid_at: nullable(Instant),
  overdue_recorded: t.boolean,
});

type Stored = t.TypeOf<typeof PayoutColumns>;

const acceptanceOf = (stored: Stored, table: string): PayoutAcceptance | null => {
  const approvedAmount = moneyOf(table, 'approved', stored.approved_minor, stored.approved_currency);
  const { accepted_at: acceptedAt, payout_due: payoutDue, accepted_position: acceptedPosition } = stored;
  if (approvedAmount === null && acceptedAt === null && payoutDue === null && acceptedPosition === null)
    return null;
  if (approvedAmount === null || acceptedAt === null || payoutDue === null || acceptedPosition === null)
    throw new UnexpectedReadModelRow({ table, reason: 'an acceptance is only partly recorded' });
  return { approvedAmount, acceptedAt, payoutDue, acceptedPosition };
};

/**
 * The payout SLA watch's row in the columns of `payout_sla_watch`; `payout_due_at` repeats the
 * due instant as a timestamp to order and compare by.
 */
export const payoutColumns: RowMapping<PayoutRow> = rowMapping({
  columns: [
    { name: 'parcel_id', type: 'text', nullable: false },
    { name: 'seller_id', type: 'text', nullable: false },
    { name: 'insurer_id', type: 'text', nullable: true },
    { name: 'status', type: 'text', nullable: false },
    { name: 'approved_minor', type: 'bigint', nullable: true },
    { name: 'approved_currency', type: 'text', nullable: true },
    { name: 'accepted_at', type: 'text', nullable: true },
    { name: 'payout_due', type: 'jsonb', nullable: true },
    { name: 'payout_due_at', type: 'timestamptz', nullable: true },
    { name: 'accepted_position', type: 'bigint', nullable: true },
    { name: 'paid_at', type: 'text', nullable: true },
    { name: 'overdue_recorded', type: 'boolean', nullable: false },
  ],
  codec: PayoutColumns,
  fromColumns: (stored, table) => ({
    parcelId: stored.parcel_id,
    claimId: stored.claim_id,
    sellerId: stored.seller_id,
    insurerId: stored.insurer_id,
    status: stored.status,
    acceptance: acceptanceOf(stored, table),
    paidAt: stored.paid_at,
    overdueRecorded: stored.overdue_recorded,
  }),
  toColumns: (key, row) => ({
    stream_id: key.stream_id,
    claim_id: key.claim_id,
    parcel_id: row.parcelId,
    seller_id: row.sellerId,
    insurer_id: row.insurerId,
    status: row.status,
    approved_minor: row.acceptance?.approvedAmount.minorUnits ?? null,
    approved_currency: row.acceptance?.approvedAmount.currency ?? null,
    accepted_at: row.acceptance?.acceptedAt ?? null,
    payout_due: row.acceptance?.payoutDue ?? null,
    payout_due_at: row.acceptance?.payoutDue.dueAt ?? null,
    accepted_position: row.acceptance?.acceptedPosition.toString() ?? null,
    paid_at: row.paidAt,
    overdue_recorded: row.overdueRecorded,
  }),
});
