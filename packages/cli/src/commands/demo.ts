import { escapeForDisplay } from '@parcel-claims/audit';
import { foundingStory, foundingStoryParcelId } from '@parcel-claims/core/founding-story';
import type { EventStore } from '@parcel-claims/eventsourcing';
import { createClaimsService } from '@parcel-claims/service';
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

/** What the demo wrote. */
export interface DemoResult {
  readonly parcels: readonly string[];
  readonly accepted: number;
  readonly alreadyApplied: number;
}

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
    ...demoClaims(options.seed, options.claims),
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
