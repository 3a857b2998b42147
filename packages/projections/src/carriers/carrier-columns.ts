import { ClaimType, CurrencyCode } from '@parcel-claims/core';
import * as t from 'io-ts';
import { ClaimStatusCodec, MinorUnitsText, moneyOf, nullable } from '../sql/codecs.js';
import { type RowMapping, rowMapping } from '../sql/row-mapping.js';
import type { CarrierClaimRow } from './carrier-row.js';

const CarrierColumns = t.type({
  stream_id: t.string,
  claim_id: t.string,
  claim_type: ClaimType,
  status: ClaimStatusCodec,
  loss_confirmed: t.boolean,
  paid_minor: nullable(MinorUnitsText),
  paid_currency: nullable(CurrencyCode),
});

/** The carrier loss statistics' row in the columns of `carrier_loss_statistics`. */
export const carrierColumns: RowMapping<CarrierClaimRow> = rowMapping({
  columns: [
    { name: 'claim_type', type: 'text', nullable: false },
    { name: 'status', type: 'text', nullable: false },
    { name: 'loss_confirmed', type: 'boolean', nullable: false },
    { name: 'paid_minor', type: 'bigint', nullable: true },
    { name: 'paid_currency', type: 'text', nullable: true },
  ],
  codec: CarrierColumns,
  fromColumns: (stored, table) => ({
    streamId: stored.stream_id,
    claimType: stored.claim_type,
    status: stored.status,
    lossConfirmed: stored.loss_confirmed,
    paidAmount: moneyOf(table, 'paid', stored.paid_minor, stored.paid_currency),
  }),
  toColumns: (key, row) => ({
    stream_id: key.stream_id,
    claim_id: key.claim_id,
    claim_type: row.claimType,
    status: row.status,
    loss_confirmed: row.lossConfirmed,
    paid_minor: row.paidAmount?.minorUnits ?? null,
    paid_currency: row.paidAmount?.currency ?? null,
  }),
});
