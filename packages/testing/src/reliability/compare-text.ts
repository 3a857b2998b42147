import type { ClaimEvent } from '@parcel-claims/core';
import { canonicalJson } from '@parcel-claims/eventsourcing';
import { encodeClaimEvent } from '@parcel-claims/service';
import * as E from 'fp-ts/lib/Either.js';

/** A value as canonical JSON text, to compare and to show in a problem; a note if it has none. */
export const text = (value: unknown): string => {
  const json = canonicalJson(value);
  return E.isRight(json) ? json.right : `<no JSON: ${json.left}>`;
};

/** An event as a store keeps it: its type and its encoded data. */
export const stored = (event: ClaimEvent) => ({ type: event.type, data: encodeClaimEvent(event) });
