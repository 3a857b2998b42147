import * as t from 'io-ts';
import { closed } from '../codec/closed.js';
import { CommandId, ParcelId } from '../ids.js';
import { CommandTime } from '../time/command-time.js';
import { Actor } from '../vocabulary/actor.js';

/**
 * Fields every command carries: its id (repeats with the same id change nothing), the time it is
 * decided at (the core never reads a clock; years 1970 to 8999), who issued it, and the parcel
 * stream it targets.
 */
export const commandEnvelope = { commandId: CommandId, now: CommandTime, actor: Actor, parcelId: ParcelId };

/** Builds a command codec `{ type, data }` whose data is the envelope plus the given fields. */
export const command = <T extends string, P extends t.Props>(type: T, props: P) =>
  closed({ type: t.literal(type), data: closed({ ...commandEnvelope, ...props }) });
