import { escapeForDisplay } from '@parcel-claims/audit';
import type { ClaimStatus, ParcelState } from '@parcel-claims/core';
import { foundingStory, foundingStoryParcelId } from '@parcel-claims/core/founding-story';
import type { EventStore } from '@parcel-claims/eventsourcing';
import { createClaimsService } from '@parcel-claims/service';
import { type JsonFlag, printResult } from '../command-conventions.js';
import { demoClaims } from '../demo/demo-claims.js';
import { exitCodes } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { progressBar } from '../progress.js';

/** What the `demo` command writes: how many generated claims after the founding story, from which seed. */
export interface DemoOptions {
  /** How many generated claims to write after the founding story. */
  readonly claims: number;
  /** Seed of the generated claims: the same seed writes the same claims. */
  readonly seed: number;
}

/** How many claims are in each status; the order is the one the demo reports them in. */
export type ClaimsByStatus = { readonly [S in ClaimStatus]: number };

const noClaims: ClaimsByStatus = {
  paid: 0,
  rejected: 0,
  lapsed: 0,
  withdrawn: 0,
  accepted: 0,
  'approved-partial': 0,
  submitted: 0,
  'needs-action': 0,
  'gathering-documents': 0,
};

/** What one run of the demo wrote, counted from the service's answers. */
export interface DemoResult {
  /** The parcels this run wrote at least one event to, in the order written. */
  readonly parcels: readonly string[];
  /** How many events this run wrote. */
  readonly events: number;
  /** The commands this run sent, by the service's answer. */
  readonly commands: {
    /** Written: each wrote its events. */
    readonly accepted: number;
    /** Already in the store (an earlier run wrote them): not written again. */
    readonly alreadyApplied: number;
    /** Valid, with nothing to write. */
    readonly unchanged: number;
  };
  /** The claims of the parcels this run wrote to, by their status after the run. */
  readonly claims: ClaimsByStatus;
}

const claimsOf = (states: Iterable<ParcelState>): ClaimsByStatus => {
  const counts: Record<ClaimStatus, number> = { ...noClaims };
  for (const state of states)
    for (const claim of [...state.earlierClaims, ...(state.claim === null ? [] : [state.claim])])
      counts[claim.status] += 1;
  return counts;
};

/**
 * Writes the founding story, then `claims` generated realistic claims, through the claims service.
 * Each event is recorded at the time its command happened (the service's clock is the story's
 * own), so audits as of a date make sense and two runs write the same events. Running it again
 * on the same store writes nothing twice (every command is answered as already applied).
 */
export const writeDemo = async (store: EventStore, io: CliIo, options: DemoOptions): Promise<DemoResult> => {
  let current = '';
  const service = createClaimsService({ store, clock: () => current });
  const runs = [
    {
      parcelId: foundingStoryParcelId,
      commands: foundingStory.map((json) => ({ json, now: String(json.data.now) })),
    },
    ...demoClaims(options.seed, options.claims),
  ];
  const total = runs.reduce((sum, run) => sum + run.commands.length, 0);
  const progress = progressBar(io, 'demo', 'commands');
  // The parcels this run wrote to, and each parcel's state after the last command sent for it.
  const written = new Set<string>();
  const states = new Map<string, ParcelState>();
  let done = 0;
  let events = 0;
  const commands = { accepted: 0, alreadyApplied: 0, unchanged: 0 };
  for (const run of runs) {
    for (const command of run.commands) {
      current = command.now;
      const result = await service.execute(command.json);
      switch (result.kind) {
        case 'invalid':
          throw new Error(`demo command refused: ${result.error.message}`);
        case 'rejected':
          throw new Error(`demo command rejected: ${result.rejection.message}`);
        case 'command-id-reused':
          throw new Error(`demo command refused: ${result.message}`);
        case 'accepted':
          commands.accepted += 1;
          events += result.events.length;
          if (result.events.length > 0) written.add(run.parcelId);
          states.set(run.parcelId, result.state);
          break;
        case 'already-applied':
          commands.alreadyApplied += 1;
          states.set(run.parcelId, result.state);
          break;
        case 'unchanged':
          commands.unchanged += 1;
          states.set(run.parcelId, result.state);
          break;
      }
      done += 1;
      progress.update(done, total);
    }
  }
  progress.stop();
  const writtenStates = [...written].flatMap((parcelId) => {
    const state = states.get(parcelId);
    return state === undefined ? [] : [state];
  });
  return { parcels: [...written], events, commands, claims: claimsOf(writtenStates) };
};

/** The lines `demo` prints for what it wrote: nothing said of a kind it did not do. */
const demoText = (url: string, result: DemoResult): string[] => {
  const { parcels, events, commands, claims } = result;
  const outcomes = Object.entries(claims).filter(([, count]) => count > 0);
  return [
    `Store: ${escapeForDisplay(url)}`,
    events === 0
      ? 'Wrote nothing.'
      : `Wrote ${events} event(s) to ${parcels.length} parcel(s), from ${commands.accepted} command(s).`,
    ...(outcomes.length === 0
      ? []
      : [`Claims of those parcels: ${outcomes.map(([status, count]) => `${count} ${status}`).join(', ')}.`]),
    ...(commands.alreadyApplied === 0
      ? []
      : [
          `${commands.alreadyApplied} command(s) already in the store (written by an earlier run): not written again.`,
        ]),
    ...(commands.unchanged === 0 ? [] : [`${commands.unchanged} command(s) had nothing to write.`]),
    `Founding story: parcel ${foundingStoryParcelId}. Try: parcel-claims audit ${foundingStoryParcelId}`,
  ];
};

/** `demo [--claims N] [--seed S]`: writes the demo and says exactly what it wrote. */
export const demoCommand = async (
  store: EventStore,
  url: string,
  io: CliIo,
  options: DemoOptions & JsonFlag,
): Promise<number> => {
  const result = await writeDemo(store, io, options);
  printResult(io, options, {
    json: {
      store: url,
      parcels: result.parcels.length,
      events: result.events,
      commands: result.commands,
      claims: result.claims,
      foundingStory: foundingStoryParcelId,
    },
    text: () => demoText(url, result),
  });
  return exitCodes.ok;
};
