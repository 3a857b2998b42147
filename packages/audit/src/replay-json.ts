import type { ClaimEvent, ParcelState } from '@parcel-claims/core';
import type { Actor } from '@parcel-claims/eventsourcing';
import type { Authority } from './authority.js';
import type { DeadlineInForce } from './deadlines.js';
import type { Violation } from './invariants/violation.js';
import type { Replay } from './replay-parcel.js';
import type { StateChange } from './state-changes.js';

/** A parcel's state in JSON: the applied command ids as a list, oldest first. */
export type StateJson = Omit<ParcelState, 'commands'> & { readonly appliedCommands: readonly string[] };

/** A replay in JSON: bigints as decimal strings. */
export interface ReplayJson {
  readonly streamId: string | null;
  readonly parcelId: string | null;
  readonly asOf: { readonly at: string } | { readonly revision: string } | null;
  readonly recordedEvents: number;
  readonly payerZone: string | null;
  readonly steps: readonly {
    readonly revision: string;
    readonly position: string;
    readonly eventId: string;
    readonly commandId: string;
    readonly recordedAt: string;
    readonly actor: Actor | null;
    readonly event: ClaimEvent;
    readonly summary: string;
    readonly details: readonly string[];
    readonly allowedBy: Authority;
    readonly deadlines: readonly DeadlineInForce[];
    readonly changes: readonly StateChange[];
    readonly violations: readonly Violation[];
    readonly state: StateJson;
  }[];
  readonly state: StateJson;
  readonly violations: readonly Violation[];
}

const commandIds = (state: ParcelState): string[] => {
  const ids: string[] = [];
  for (let trail = state.commands; trail !== null; trail = trail.previous) ids.push(trail.commandId);
  return ids.reverse();
};

const stateJson = (state: ParcelState): StateJson => {
  const { commands: _trail, ...rest } = state;
  return { ...rest, appliedCommands: commandIds(state) };
};

/**
 * A replay as plain JSON for machines: revisions and positions as strings (they are 64-bit), each
 * step's state with the applied command ids oldest first.
 *
 * @example
 * process.stdout.write(`${JSON.stringify(replayToJson(replay), null, 2)}\n`);
 */
export const replayToJson = (replay: Replay): ReplayJson => ({
  streamId: replay.streamId,
  parcelId: replay.parcelId,
  asOf:
    replay.asOf === null
      ? null
      : 'at' in replay.asOf
        ? { at: replay.asOf.at }
        : { revision: replay.asOf.revision.toString() },
  recordedEvents: replay.recordedEvents,
  payerZone: replay.payerZone,
  steps: replay.steps.map((step) => ({
    revision: step.revision.toString(),
    position: step.position.toString(),
    eventId: step.eventId,
    commandId: step.commandId,
    recordedAt: step.recordedAt,
    actor: step.actor,
    event: step.event,
    summary: step.summary,
    details: step.details,
    allowedBy: step.authority,
    deadlines: step.deadlines,
    changes: step.changes,
    violations: step.violations,
    state: stateJson(step.state),
  })),
  state: stateJson(replay.state),
  violations: replay.violations,
});
