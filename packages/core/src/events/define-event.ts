import * as t from 'io-ts';
import { closed } from '../codec/closed.js';
import type { ParcelDraft } from '../decider/parcel-draft.js';
import { CommandId } from '../ids.js';
import { Instant } from '../time/instant.js';

/** Fields every event carries: when it happened (the command's `now`) and the command that caused it. */
export const stampFields = { at: Instant, commandId: CommandId };

/** The codec of one event type: `{ type, data }`, data being the stamp plus the type's own fields. */
export type EventCodec<T extends string, P extends t.Props> = t.TypeC<{
  type: t.LiteralC<T>;
  data: t.TypeC<typeof stampFields & P>;
}>;

/** The data of an event with the fields `P`, stamp included. */
export type EventData<P extends t.Props> = t.TypeOf<t.TypeC<typeof stampFields & P>>;

/**
 * One event type: its name, its codec, and its evolve step. `apply` changes the draft of the parcel
 * state the event is folded into; the stamp (`at`, `commandId`) is already applied. Total: it never
 * throws and never recomputes a stored deadline.
 */
export interface EventDefinition<T extends string, P extends t.Props> {
  readonly type: T;
  readonly codec: EventCodec<T, P>;
  /** Changes the draft of the parcel state the event is folded into; total, it never throws. */
  readonly apply: (draft: ParcelDraft, data: EventData<P>) => void;
}

/** Defines an event type from its own fields (the stamp is added) and its evolve step. */
export const defineEvent = <T extends string, P extends t.Props>(
  type: T,
  fields: P,
  apply: (draft: ParcelDraft, data: EventData<P>) => void,
): EventDefinition<T, P> => ({
  type,
  codec: closed({ type: t.literal(type), data: closed({ ...stampFields, ...fields }) }),
  apply,
});
