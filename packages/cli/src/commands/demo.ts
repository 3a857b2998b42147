import { escapeForDisplay } from '@parcel-claims/audit';
import { ClaimCommand } from '@parcel-claims/core';
import { foundingStory, foundingStoryParcelId } from '@parcel-claims/core/founding-story';
import type { EventStore } from '@parcel-claims/eventsourcing';
import { createClaimsService } from '@parcel-claims/service';
import { arbHistory, historyPaths } from '@parcel-claims/testing';
import fc from 'fast-check';
import { v5 as uuidv5 } from 'uuid';
import { exitCodes } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { progressBar } from '../progress.js';

export interface DemoOptions {
  /** How many generated claims to write after the founding story. */
  readonly claims: number;
  /** Seed of the generated claims: the same seed writes the same claims. */
  readonly seed: number;
}

/** What the demo wrote. */
export interface DemoResult {
  readonly parcels: readonly string[];
  readonly accepted: number;
  readonly alreadyApplied: number;
}

/** A command as a caller sends it, with the time it happened. */
interface TimedCommand {
  readonly json: unknown;
  readonly now: string;
}

/** Namespace of the command ids of generated demo claims. */
const demoNamespace = '2f0f3b8e-6a1c-5d7e-9b43-1c2d3e4f5a6b';

const generatedParcel = (seed: number, index: number): string =>
  `DEMO-${seed}-${String(index + 1).padStart(4, '0')}`;

/** The commands of `count` generated claims, each leaning towards one of the history paths in turn. */
const generatedClaims = (seed: number, count: number): { parcelId: string; commands: TimedCommand[] }[] =>
  Array.from({ length: count }, (_, index) => {
    const parcelId = generatedParcel(seed, index);
    const path = historyPaths[index % historyPaths.length] ?? 'any';
    const [history] = fc.sample(arbHistory({ parcelId, path }), { numRuns: 1, seed: seed + index });
    const commands = (history?.attempts ?? [])
      // Only the commands that wrote: one that changed nothing leaves no trace in the stream, so
      // sent again on a later run, behind the parcel's newer events, R2 would refuse it.
      .filter((attempt) => attempt.outcome.kind === 'accepted' && attempt.outcome.events.length > 0)
      .map((attempt) => {
        // Generated histories draw command ids from a small space; each parcel gets its own.
        const commandId = uuidv5(`${parcelId}/${attempt.command.data.commandId}`, demoNamespace);
        const json = ClaimCommand.encode(attempt.command);
        return { json: { ...json, data: { ...json.data, commandId } }, now: attempt.command.data.now };
      });
    return { parcelId, commands };
  });

/**
 * Writes the founding story, then `claims` generated realistic claims, through the claims service.
 * Each event is recorded at the time its command happened, so audits as of a date make sense.
 * Running it again on the same store writes nothing twice (every command is answered as applied).
 */
export const writeDemo = async (store: EventStore, io: CliIo, options: DemoOptions): Promise<DemoResult> => {
  let current = '';
  const service = createClaimsService({ store, clock: () => current });
  const runs = [
    {
      parcelId: foundingStoryParcelId,
      commands: foundingStory.map((json) => ({ json, now: String(json.data.now) })),
    },
    ...generatedClaims(options.seed, options.claims),
  ];
  const total = runs.reduce((sum, run) => sum + run.commands.length, 0);
  const progress = progressBar(io, 'demo', 'commands');
  let done = 0;
  let accepted = 0;
  let alreadyApplied = 0;
  for (const run of runs) {
    for (const command of run.commands) {
      current = command.now;
      const result = await service.execute(command.json);
      if (result.kind === 'invalid') throw new Error(`demo command refused: ${result.error.message}`);
      if (result.kind === 'rejected') throw new Error(`demo command rejected: ${result.rejection.message}`);
      if (result.kind === 'command-id-reused') throw new Error(`demo command refused: ${result.message}`);
      if (result.kind === 'accepted') accepted += 1;
      else alreadyApplied += 1;
      done += 1;
      progress.update(done, total);
    }
  }
  progress.stop();
  return { parcels: runs.map((run) => run.parcelId), accepted, alreadyApplied };
};

export const demoCommand = async (
  store: EventStore,
  url: string,
  io: CliIo,
  options: DemoOptions,
): Promise<number> => {
  const result = await writeDemo(store, io, options);
  io.stdout.write(
    `Store: ${escapeForDisplay(url)}\nWrote ${result.parcels.length} parcel(s): ${result.accepted} command(s) accepted, ${result.alreadyApplied} changed nothing (repeats, already applied).\n`,
  );
  io.stdout.write(
    `Founding story: parcel ${foundingStoryParcelId}. Try: parcel-claims audit ${foundingStoryParcelId}\n`,
  );
  return exitCodes.ok;
};
