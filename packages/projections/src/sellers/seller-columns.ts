import { CurrencyCode, Instant, PartyId } from '@parcel-claims/core';
import * as t from 'io-ts';
import { ClaimStatusCodec, MinorUnitsText, moneyOf, nullable } from '../sql/codecs.js';
import { type RowMapping, rowMapping } from '../sql/row-mapping.js';
import type { SellerClaimRow } from './seller-row.js';

const SellerColumns = t.type({
  stream_id: t.string,
  claim_id: t.string,
  seller_id: PartyId,
  status: ClaimStatusCodec,
  opened_at: Instant,
  paid_minor: nullable(MinorUnitsText),
  paid_currency: nullable(CurrencyCode),
  paid_at: nullable(Instant),
});

/** The seller statistics' row in the columns of `seller_statistics`. */
export const sellerColumns: RowMapping<SellerClaimRow> = rowMapping({
  columns: [
    { name: 'seller_id', type: 'text', nullable: false },
    { name: 'status', type: 'text', nullable: false },
    { name: 'opened_at', type: 'text', nullable: false },
    { name: 'paid_minor', type: 'bigint', nullable: true },
    { name: 'paid_currency', type: 'text', nullable: true },
    { name: 'paid_at', type: 'text', nullable: true },
  ],
  codec: SellerColumns,
  fromColumns: (stored, table) => ({
    sellerId: stored.seller_id,
    status: stored.status,
    openedAt: stored.opened_at,
    paidAmount: moneyOf(table, 'paid', stored.paid_minor, stored.paid_currency),
    paidAt: stored.paid_at,
  }),
  toColumns: (key, row) => ({
    stream_id: key.stream_id,
    claim_id: key.claim_id,
    seller_id: row.sellerId,
    status: row.status,
    opened_at: row.openedAt,
    paid_minor: row.paidAmount?.minorUnits ?? null,
    paid_currency: row.paidAmount?.currency ?? null,
    paid_at: row.paidAt,
  }),
});
