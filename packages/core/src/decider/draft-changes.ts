import type { Deadline } from '../calendar/deadline.js';
import type { DocumentType } from '../vocabulary/document-type.js';
import {
  type ClaimDraft,
  claimToChange,
  documentsToChange,
  keptCopy,
  type ParcelDraft,
  shipmentToChange,
} from './parcel-draft.js';
import type { DocumentSlot, DocumentStatus, ShipmentStage } from './state.js';

/** What a provided document records about its provision. */
export type Provision = Pick<DocumentSlot, 'providedBy' | 'reference' | 'contentHash' | 'providedAt'>;

/** A slot like `d` with the given status, due date and provision. */
export const slotWith = (
  d: DocumentSlot,
  status: DocumentStatus,
  due: Deadline,
  provision: Provision,
): DocumentSlot => {
  const slot: DocumentSlot = {
    documentType: d.documentType,
    owedBy: d.owedBy,
    due,
    status,
    providedBy: provision.providedBy,
    reference: provision.reference,
    contentHash: provision.contentHash,
    providedAt: provision.providedAt,
  };
  return keptCopy(slot);
};

/** The claim to change, with the slot of every document of the given type replaced. */
export const changeSlots = (
  draft: ParcelDraft,
  documentType: DocumentType,
  change: (slot: DocumentSlot) => DocumentSlot,
): ClaimDraft | null => {
  const claim = claimToChange(draft);
  if (claim === null) return null;
  const documents = documentsToChange(draft, claim);
  for (let index = 0; index < documents.length; index += 1) {
    const slot = documents[index];
    if (slot !== undefined && slot.documentType === documentType) documents[index] = change(slot);
  }
  return claim;
};

/** Marks the documents of the given type attached. */
export const attach = (draft: ParcelDraft, documentType: DocumentType, provision: Provision): void => {
  changeSlots(draft, documentType, (d) => slotWith(d, 'attached', d.due, provision));
};

/** Moves the shipment to `stage`. */
export const moveTo = (draft: ParcelDraft, stage: ShipmentStage): void => {
  const shipment = shipmentToChange(draft);
  if (shipment !== null) shipment.stage = stage;
};
