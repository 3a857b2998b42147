import type { ClaimEventRecord } from '../record/claim-event-record.js';
import type { ClaimReadModel } from '../record/claim-read-model.js';
import { claimKey } from './claim-key.js';
import type { ClaimStepEvent, OpeningEvent } from './claim-step-event.js';
import { nextParcelFacts, type ParcelFacts } from './parcel-facts.js';
import { isClaimStep, isOpening, isShipment } from './record-kinds.js';
import { UnexpectedClaimEvent } from './unexpected-claim-event.js';

/**
 * A read model that keeps one row per claim, plus the facts of each parcel (by stream). Rows are
 * never removed, and each event sets fields rather than counting, so applying a run of events
 * again (at least once delivery) ends in the same read model; totals are worked out by queries.
 */
export interface PerClaim<Row> {
  readonly parcels: ReadonlyMap<string, ParcelFacts>;
  /** By `claimKey(streamId, claimId)`. */
  readonly claims: ReadonlyMap<string, Row>;
}

/** How one read model's rows start and change. */
export interface PerClaimRules<Row> {
  /** The row of a claim whose inquiry just opened. */
  readonly opened: (record: ClaimEventRecord<OpeningEvent>, parcel: ParcelFacts) => Row;
  /** The row after a later event of the same claim. */
  readonly changed: (row: Row, record: ClaimEventRecord<ClaimStepEvent>, parcel: ParcelFacts) => Row;
}

/**
 * A {@link ClaimReadModel} of one row per claim. A batch copies the two maps once and then
 * updates the copies in place (the Equinox way: local mutability inside one fold), so a batch
 * costs the size of the read model once, not once per event.
 */
export const perClaimReadModel = <Row>(rules: PerClaimRules<Row>): ClaimReadModel<PerClaim<Row>> => ({
  initial: { parcels: new Map(), claims: new Map() },
  applyAll: (readModel, records) => {
    const parcels = new Map(readModel.parcels);
    const claims = new Map(readModel.claims);
    const parcelOf = (record: ClaimEventRecord): ParcelFacts => {
      const parcel = parcels.get(record.streamId);
      if (parcel === undefined)
        throw new UnexpectedClaimEvent({ record, reason: 'the parcel was never booked' });
      return parcel;
    };
    for (const record of records) {
      if (isShipment(record)) {
        parcels.set(record.streamId, nextParcelFacts(parcels.get(record.streamId), record));
      } else if (isOpening(record)) {
        claims.set(
          claimKey(record.streamId, record.event.data.claimId),
          rules.opened(record, parcelOf(record)),
        );
      } else if (isClaimStep(record)) {
        const key = claimKey(record.streamId, record.event.data.claimId);
        const row = claims.get(key);
        if (row === undefined) {
          throw new UnexpectedClaimEvent({
            record,
            reason: `claim ${record.event.data.claimId} was never opened`,
          });
        }
        claims.set(key, rules.changed(row, record, parcelOf(record)));
      }
    }
    return { parcels, claims };
  },
});
