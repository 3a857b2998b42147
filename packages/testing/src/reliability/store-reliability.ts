import { describe, expect, it } from 'vitest';
import type { StoreFactory } from '../contract/store-factory.js';
import { runConcurrentClaims } from './concurrent-claims.js';
import type { AppendCall, AppendFault } from './faulty-store.js';
import { assertLostResponses } from './lost-responses.js';

/** How large the store's runs are; the defaults are the full size. */
export interface StoreReliabilityOptions {
  /** Commands each of the 8 writers sends; default 1,000. */
  readonly commandsPerWriter?: number;
  /**
   * Commands each of the 8 writers builds in the runs where every command has two callers (each
   * answered twice); default `commandsPerWriter`.
   */
  readonly twoCallersCommandsPerWriter?: number;
  /** Generated runs of the lost-response scenario; default 100. */
  readonly lostResponseRuns?: number;
  /** Time limit of each test; default 600,000 ms. */
  readonly timeoutMs?: number;
}

/** Append 3, 13, 23… commit and lose their response; appends 7, 27, 47… fail before writing. */
const tenPercentLost = ({ number }: AppendCall): AppendFault =>
  number % 10 === 3 ? 'lose-response' : number % 20 === 7 ? 'fail-before' : 'pass';

/**
 * Registers, as `describe(name, …)`, the reliability scenarios of an event store under the claims
 * service: 8 concurrent writers over 20 parcels in flight ({@link runConcurrentClaims}), the same
 * with lost responses and failed appends that the writers retry, the same with every command sent
 * by two callers at once (stream cache on, then off), and commands retried after lost
 * responses in generated stories ({@link assertLostResponses}). Each test prints its
 * figures (answers, conflicts, lost responses, retries) on one line and asserts the invariants.
 *
 * @example
 * storeReliability('in-memory store', async () => ({ store: yieldingStore(inMemoryEventStore()) }));
 */
export const storeReliability = (
  name: string,
  factory: StoreFactory,
  options: StoreReliabilityOptions = {},
): void => {
  const commandsPerWriter = options.commandsPerWriter ?? 1_000;
  const twoCallersCommands = options.twoCallersCommandsPerWriter ?? commandsPerWriter;
  const numRuns = options.lostResponseRuns ?? 100;
  const timeoutMs = options.timeoutMs ?? 600_000;
  describe(name, () => {
    it(
      `8 concurrent writers × ${commandsPerWriter} claim commands, 20 parcels in flight: nothing lost or stored twice, a serial replay agrees`,
      async () => {
        const report = await runConcurrentClaims(factory, { commandsPerWriter });
        console.info(`${name}, concurrency: ${JSON.stringify(report)}`);
        expect(report.problems).toEqual([]);
        expect(report.commands).toBe(8 * commandsPerWriter);
      },
      timeoutMs,
    );

    it(
      `the same with faults: 1 append in 10 loses its response after committing, 1 in 20 fails before writing, and writers retry: nothing lost or stored twice`,
      async () => {
        const report = await runConcurrentClaims(factory, { commandsPerWriter, faults: tenPercentLost });
        console.info(`${name}, concurrency with lost responses: ${JSON.stringify(report)}`);
        expect(report.problems).toEqual([]);
        expect(report.commands).toBe(8 * commandsPerWriter);
      },
      timeoutMs,
    );

    for (const [cache, cachedStreams] of [
      ['on', undefined],
      ['off', 0],
    ] as const) {
      it(
        `8 writers × ${twoCallersCommands} commands, each sent by 2 callers at once, writers going on from the state they were answered, stream cache ${cache}: exactly one caller is told accepted per stored command`,
        async () => {
          const report = await runConcurrentClaims(factory, {
            commandsPerWriter: twoCallersCommands,
            callersPerCommand: 2,
            stepsPerVisit: 3,
            ...(cachedStreams === undefined ? {} : { cachedStreams }),
          });
          console.info(`${name}, 2 callers per command, cache ${cache}: ${JSON.stringify(report)}`);
          expect(report.problems).toEqual([]);
          expect(report.commands).toBe(2 * 8 * twoCallersCommands);
        },
        timeoutMs,
      );
    }

    it(
      `a command retried after a lost response writes nothing twice and answers as a serial run does (${numRuns} runs)`,
      async () => {
        const report = await assertLostResponses(factory, { numRuns });
        console.info(`${name}, lost responses: ${JSON.stringify(report)}`);
        expect(report.runs).toBe(numRuns);
      },
      timeoutMs,
    );
  });
};
