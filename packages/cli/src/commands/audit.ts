import { formatInclusion, formatReplay, replayToJson } from '@parcel-claims/audit';
import type { EventStore } from '@parcel-claims/eventsourcing';
import { exitCodes } from '../exit-codes.js';
import { type CliIo, painterFor } from '../io.js';
import { jsonText } from '../json-text.js';
import { type InclusionOptions, inclusionForCommand } from './inclusion.js';
import { describeBreak, type ReplayOptions, replayForCommand } from './load-parcel.js';

/** The options of `audit`, as given on the command line. */
export interface AuditOptions extends ReplayOptions, InclusionOptions {
  readonly json?: boolean;
  readonly changes?: boolean;
}

/**
 * `audit <parcelId>`: the parcel's timeline as text (or JSON), with the hash-chain check and the
 * rule catalogue's verdict; with `--pubkey`, also the checkpoint checked against and each event's
 * inclusion status. Exit 0 when the chain is intact, every rule holds and no event recorded
 * within the checkpoint is left out of it; 1 otherwise or when the parcel has no events.
 */
export const auditCommand = async (
  store: EventStore,
  io: CliIo,
  parcelId: string,
  options: AuditOptions,
): Promise<number> => {
  const loaded = await replayForCommand(store, io, 'audit', parcelId, options);
  if (typeof loaded === 'number') return loaded;
  const { chain, replay } = loaded;
  const inclusion = await inclusionForCommand(store, io, 'audit', parcelId, options);
  if (typeof inclusion === 'number') return inclusion;
  const paint = painterFor(io.stdout, io.env);
  if (options.json === true) {
    io.stdout.write(
      `${jsonText({
        ...replayToJson(replay),
        chain: chain === null ? { intact: true } : { intact: false, ...chain },
        ...(inclusion === undefined ? {} : { checkpoint: inclusion }),
      })}\n`,
    );
  } else {
    const lines = formatReplay(replay, {
      paint,
      changes: options.changes === true,
      ...(options.zone === undefined ? {} : { zone: options.zone }),
    });
    lines.push(
      chain === null
        ? paint('green', 'Hash chain intact.')
        : paint('red', `Hash chain broken at ${describeBreak(chain)}.`),
    );
    if (inclusion !== undefined) lines.push('', ...formatInclusion(inclusion, paint));
    io.stdout.write(`${lines.join('\n')}\n`);
  }
  const excluded = inclusion?.events.some((e) => e.status === 'not-included') ?? false;
  return chain === null && replay.violations.length === 0 && !excluded ? exitCodes.ok : exitCodes.findings;
};
