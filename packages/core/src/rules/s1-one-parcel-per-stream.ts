import { because, type Rejection } from '../decider/rejection.js';
import type { ParcelState } from '../decider/state.js';
import type { ParcelId } from '../ids.js';
import { rule } from './rule.js';

/** S1: a stream holds one parcel; a command naming another parcel is refused. */
export const sameParcel = rule(
  'S1',
  'one parcel per stream',
  ({ state, command }: { state: ParcelState; command: { data: { parcelId: ParcelId } } }) =>
    otherParcel(state, command.data.parcelId),
);

const otherParcel = (state: ParcelState, parcelId: ParcelId): Rejection | undefined =>
  state.parcelId !== null && state.parcelId !== parcelId
    ? {
        code: 'WrongParcel',
        rule: 'S1',
        streamParcelId: state.parcelId,
        commandParcelId: parcelId,
        message: because(
          'S1',
          `the command names parcel ${parcelId}; this stream holds parcel ${state.parcelId}`,
        ),
      }
    : undefined;
