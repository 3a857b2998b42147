import assert from 'node:assert/strict';
import type { ParcelState } from '@parcel-claims/core';
import { parcelStreamId } from '@parcel-claims/service';
import type { ParcelModel } from './parcel-model.js';
import type { ClaimsReal } from './real-system.js';
import { iso } from './time.js';

// The model keeps one accepted status: an approval below the cap (`approved-partial`) is accepted there.
const statusInModel: Readonly<Record<string, string>> = {
  'gathering-documents': 'gathering',
  'approved-partial': 'accepted',
};

/** The part of a parcel both sides can state: facts, claim status, documents in, amounts. */
interface View {
  readonly insured: boolean;
  readonly parties: readonly (string | null)[];
  readonly delegations: readonly string[];
  readonly pieces: readonly string[];
  readonly deliveredPieceIds: readonly string[];
  readonly stage: string;
  readonly shippedAt: string | null;
  readonly lastMovementAt: string | null;
  readonly deliveredAt: string | null;
  readonly claim: {
    readonly claimId: string;
    readonly status: string;
    readonly pieceIds: readonly string[];
    readonly attached: readonly string[];
    readonly approved: unknown;
    readonly paid: unknown;
  } | null;
}

const at = (instant: string | null | undefined): string | null =>
  instant === null || instant === undefined ? null : iso(Date.parse(instant));

const serviceView = (state: ParcelState): View => {
  const claim = state.claim;
  return {
    insured: state.coverage !== null,
    parties: [
      state.booking?.sellerId ?? null,
      state.booking?.forwarderId ?? null,
      state.coverage?.insurerId ?? null,
      state.shipment?.carrierId ?? null,
    ],
    delegations: state.delegations.map((d) => `${d.principal.role}:${d.delegateId}`),
    pieces: (state.booking?.pieces ?? []).map((p) => `${p.pieceId}=${p.goodsValue.minorUnits}`),
    deliveredPieceIds: state.shipment?.deliveredPieceIds ?? [],
    stage: state.shipment?.stage ?? 'none',
    shippedAt: at(state.shipment?.shippedAt),
    lastMovementAt: at(state.shipment?.lastMovementAt),
    deliveredAt: at(state.shipment?.deliveredAt),
    claim:
      claim === null
        ? null
        : {
            claimId: claim.claimId,
            status: statusInModel[claim.status] ?? claim.status,
            pieceIds: claim.pieceIds,
            attached: claim.documents.filter((d) => d.status === 'attached').map((d) => d.documentType),
            approved: claim.acceptance?.approvedAmount ?? null,
            paid: claim.payment?.amount ?? null,
          },
  };
};

const optionalIso = (ms: number | null): string | null => (ms === null ? null : iso(ms));

const modelView = (parcel: ParcelModel): View => ({
  insured: parcel.coverage !== null,
  parties: [parcel.parties.seller, parcel.parties.forwarder, parcel.parties.insurer, parcel.parties.carrier],
  delegations: parcel.delegations.map((d) => `${d.role}:${d.delegateId}`),
  pieces: (parcel.booking?.pieces ?? []).map((p) => `${p.pieceId}=${p.value}`),
  deliveredPieceIds: parcel.deliveredPieceIds,
  stage: parcel.stage,
  shippedAt: optionalIso(parcel.shippedAt),
  lastMovementAt: optionalIso(parcel.lastMovementAt),
  deliveredAt: optionalIso(parcel.deliveredAt),
  claim:
    parcel.claim === null
      ? null
      : {
          claimId: parcel.claim.claimId,
          status: parcel.claim.status,
          pieceIds: parcel.claim.pieceIds,
          attached: parcel.claim.documents.filter((d) => d.status === 'attached').map((d) => d.documentType),
          approved: parcel.claim.approved,
          paid: parcel.claim.paid,
        },
});

/**
 * After every command: the parcel the service folds from its store shows the model's status,
 * documents and amounts, and its stream holds exactly the events the model counted.
 */
export const observe = async (parcel: ParcelModel, real: ClaimsReal, after: string): Promise<void> => {
  const state = await real.service.getParcel(parcel.parcelId);
  if (parcel.events === 0)
    assert.equal(state, null, `after ${after}: the service has a parcel the model has not`);
  else {
    assert.notEqual(state, null, `after ${after}: the service has no parcel ${parcel.parcelId}`);
    if (state !== null)
      assert.deepEqual(serviceView(state), modelView(parcel), `after ${after}: parcel state`);
  }
  const stored = await real.store.readStream(parcelStreamId(parcel.parcelId));
  assert.equal(stored.length, parcel.events, `after ${after}: events stored for ${parcel.parcelId}`);
};
