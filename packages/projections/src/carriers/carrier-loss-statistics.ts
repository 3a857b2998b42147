import { claimStatusAfter } from '../per-claim/claim-status-after.js';
import { type PerClaim, perClaimReadModel } from '../per-claim/per-claim-read-model.js';
import type { ClaimReadModel } from '../record/claim-read-model.js';
import type { CarrierClaimRow } from './carrier-row.js';

/** Per-carrier loss statistics: one row per claim, totalled per carrier by the queries. */
export type CarrierLossStatisticsModel = PerClaim<CarrierClaimRow>;

/**
 * Per-carrier loss statistics as a pure read model. A claim counts for the carrier that confirmed
 * the loss, else for the carrier the parcel was handed to (`ParcelHandedToCarrier`), which the
 * queries read from the parcel's facts, as a handover may be recorded after the inquiry.
 */
export const carrierLossStatistics: ClaimReadModel<CarrierLossStatisticsModel> =
  perClaimReadModel<CarrierClaimRow>({
    opened: ({ event, streamId }) => ({
      streamId,
      claimType: event.data.claimType,
      status: 'gathering-documents',
      lossConfirmedBy: null,
      lossConfirmed: false,
      paidAmount: null,
    }),
    changed: (row, { event }) => {
      const next: CarrierClaimRow = { ...row, status: claimStatusAfter(row.status, event) };
      switch (event.type) {
        case 'LossConfirmed':
          return { ...next, lossConfirmedBy: event.data.carrierId, lossConfirmed: true };
        case 'DocumentRejected':
          return event.data.documentType === 'loss-confirmation' ? { ...next, lossConfirmed: false } : next;
        case 'ClaimPaid':
          return { ...next, paidAmount: event.data.amount };
        default:
          return next;
      }
    },
  });
