import { type SqlExecutor, schemaNames } from '@parcel-claims/postgres';
import type { ShipmentEvent } from '../per-claim/claim-step-event.js';
import { UnexpectedClaimEvent } from '../per-claim/unexpected-claim-event.js';
import type { ClaimEventRecord } from '../record/claim-event-record.js';

/** A read model's table of parcel facts (see `ParcelFacts`), one row per parcel stream. */
export interface ParcelFactsTable {
  readonly name: string;
  readonly qualified: string;
  readonly ddl: readonly string[];
  readonly apply: (tx: SqlExecutor, record: ClaimEventRecord<ShipmentEvent>) => Promise<void>;
  readonly truncate: (tx: SqlExecutor) => Promise<void>;
}

/** The parcel facts table `name` in `schema`; each read model has its own, reset with it. */
export const parcelFactsTable = (schema: string, name: string): ParcelFactsTable => {
  const qualified = schemaNames(schema).qualified(name);

  const update = async (
    tx: SqlExecutor,
    record: ClaimEventRecord,
    assignments: string,
    values: readonly unknown[],
  ): Promise<void> => {
    const { rows } = await tx.query(
      `UPDATE ${qualified} SET ${assignments} WHERE stream_id = $1::text RETURNING 1 AS written`,
      [record.streamId, ...values],
    );
    if (rows.length === 0) throw new UnexpectedClaimEvent({ record, reason: 'the parcel was never booked' });
  };

  return {
    name,
    qualified,
    ddl: [
      `CREATE TABLE IF NOT EXISTS ${qualified} (
        stream_id text PRIMARY KEY,
        parcel_id text NOT NULL,
        seller_id text NOT NULL,
        forwarder_id text NOT NULL,
        insurer_id text,
        insured_minor bigint,
        insured_currency text,
        carrier_id text
      )`,
    ],
    apply: async (tx, record) => {
      const { event } = record;
      switch (event.type) {
        case 'ParcelBooked':
          // A booking replayed starts the parcel's facts afresh, as the pure read model does.
          await tx.query(
            `INSERT INTO ${qualified} (stream_id, parcel_id, seller_id, forwarder_id)
             VALUES ($1::text, $2::text, $3::text, $4::text)
             ON CONFLICT (stream_id) DO UPDATE SET parcel_id = EXCLUDED.parcel_id, seller_id = EXCLUDED.seller_id,
               forwarder_id = EXCLUDED.forwarder_id, insurer_id = NULL, insured_minor = NULL,
               insured_currency = NULL, carrier_id = NULL`,
            [record.streamId, event.data.parcelId, event.data.sellerId, event.data.forwarderId],
          );
          return;
        case 'InsurancePurchased':
          await update(
            tx,
            record,
            'insurer_id = $2::text, insured_minor = $3::bigint, insured_currency = $4::text',
            [event.data.insurerId, event.data.insuredValue.minorUnits, event.data.insuredValue.currency],
          );
          return;
        case 'ParcelHandedToCarrier':
          await update(tx, record, 'carrier_id = $2::text', [event.data.carrierId]);
          return;
        case 'ParcelPickedUp':
        case 'ParcelReceivedAtHub':
        case 'ParcelShipped':
        case 'TrackingUpdated':
        case 'ParcelDelivered': {
          const { rows } = await tx.query(`SELECT 1 AS found FROM ${qualified} WHERE stream_id = $1::text`, [
            record.streamId,
          ]);
          if (rows.length === 0)
            throw new UnexpectedClaimEvent({ record, reason: 'the parcel was never booked' });
          return;
        }
      }
    },
    truncate: async (tx) => {
      await tx.query(`TRUNCATE ${qualified}`);
    },
  };
};
