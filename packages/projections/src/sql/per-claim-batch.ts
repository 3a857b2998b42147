import { claimKey } from '../per-claim/claim-key.js';
import type { PerClaim } from '../per-claim/per-claim-read-model.js';
import { isClaimStep, isOpening } from '../per-claim/record-kinds.js';
import type { ClaimReadModel } from '../record/claim-read-model.js';
import type { ClaimChange, ClaimRows } from './claim-table.js';
import type { ParcelFactsTable, StoredParcel } from './parcel-facts-table.js';
import type { SqlBatch } from './sql-batch.js';

/** A claim's key, both ways. */
interface ClaimIds {
  readonly streamId: string;
  readonly claimId: string;
}

/**
 * How a per-claim read model kept in tables takes in a batch: it reads the rows of the batch's
 * parcels (their facts and every claim of them), folds the batch over them with the pure read
 * model `pure`, and writes back the rows the fold replaced. A per-claim read model's event reads
 * and changes only rows of its own parcel's stream, so folding over those rows alone gives the
 * rows folding over the whole read model would: the tables hold the pure read model's rows.
 * What the pure read model throws (an event it cannot place) is thrown before anything is written.
 */
export const perClaimBatch = <Row>(
  pure: ClaimReadModel<PerClaim<Row>>,
  parcels: ParcelFactsTable,
  claims: ClaimRows<Row>,
): SqlBatch => ({
  reads: [parcels.read, ...claims.reads],
  fold: ([parcelsText = '[]', ...claimTexts], records) => {
    const storedParcels = parcels.decode(parcelsText);
    const storedClaims = claims.decode(claimTexts);
    const before: PerClaim<Row> = {
      parcels: new Map(storedParcels.map(({ streamId, facts }) => [streamId, facts])),
      claims: new Map(storedClaims.map(({ streamId, claimId, row }) => [claimKey(streamId, claimId), row])),
    };
    const after = pure.applyAll(before, records);

    // The pure rules never change a row in place: a row they did not replace is the one read.
    const changedParcels: StoredParcel[] = [];
    for (const streamId of new Set(records.map((record) => record.streamId))) {
      const facts = after.parcels.get(streamId);
      if (facts !== undefined && facts !== before.parcels.get(streamId))
        changedParcels.push({ streamId, facts });
    }
    const touched = new Map<string, ClaimIds>();
    for (const record of records) {
      if (isOpening(record) || isClaimStep(record)) {
        const { claimId } = record.event.data;
        touched.set(claimKey(record.streamId, claimId), { streamId: record.streamId, claimId });
      }
    }
    const changedClaims: ClaimChange<Row>[] = [];
    for (const [key, { streamId, claimId }] of touched) {
      const row = after.claims.get(key);
      const was = before.claims.get(key);
      if (row !== undefined && row !== was)
        changedClaims.push({ streamId, claimId, before: was, after: row });
    }
    return [parcels.write(changedParcels), ...claims.writes(changedClaims)];
  },
});
