import { formatReplay, replayToJson } from '@parcel-claims/audit';
import type { EventStore } from '@parcel-claims/eventsourcing';
import { exitCodes } from '../exit-codes.js';
import { type CliIo, painterFor } from '../io.js';
import { jsonText } from '../json-text.js';
import { describeBreak, type ReplayOptions, replayForCommand } from './load-parcel.js';

export interface AuditOptions extends ReplayOptions {
  readonly json?: boolean;
  readonly changes?: boolean;
}

/**
 * `audit <parcelId>`: the parcel's timeline as text (or JSON), with the hash-chain check and the
 * rule catalogue's verdict. Exit 0 when the chain is intact and every rule holds, 1 otherwise or
 * when the parcel has no events.
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
  const paint = painterFor(io.stdout, io.env);
  if (options.json === true) {
    io.stdout.write(
      `${jsonText({ ...replayToJson(replay), chain: chain === null ? { intact: true } : { intact: false, ...chain } })}\n`,
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
    io.stdout.write(`${lines.join('\n')}\n`);
  }
  return chain === null && replay.violations.length === 0 ? exitCodes.ok : exitCodes.findings;
};
