import { formatReplay, replayToJson } from '@parcel-claims/audit';
import type { EventStore } from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import { exitCodes } from '../exit-codes.js';
import { type CliIo, painterFor } from '../io.js';
import { describeError } from '../open.js';
import { type AsOfOptions, describeBreak, loadParcel, parseAsOf, zoneProblem } from './load-parcel.js';

export interface AuditOptions extends AsOfOptions {
  readonly json?: boolean;
  readonly changes?: boolean;
  readonly zone?: string;
}

const jsonText = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2);

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
  const asOf = parseAsOf(options);
  const zone = zoneProblem(options.zone);
  if (zone !== null) {
    io.stderr.write(`parcel-claims audit: ${zone}\n`);
    return exitCodes.failure;
  }
  if (E.isLeft(asOf)) {
    io.stderr.write(`parcel-claims audit: ${asOf.left}\n`);
    return exitCodes.failure;
  }
  const loaded = await loadParcel(store, parcelId, asOf.right);
  if (loaded === null) {
    io.stderr.write(`parcel-claims audit: no events recorded for parcel ${parcelId}\n`);
    return exitCodes.findings;
  }
  const { chain, replay } = loaded;
  const paint = painterFor(io.stdout, io.env);
  if (E.isLeft(replay)) {
    if (chain !== null) io.stderr.write(`hash chain broken at ${describeBreak(chain)}\n`);
    io.stderr.write(`parcel-claims audit: cannot replay parcel ${parcelId}: ${describeError(replay.left)}\n`);
    return exitCodes.failure;
  }
  if (options.json === true) {
    io.stdout.write(
      `${jsonText({ ...replayToJson(replay.right), chain: chain === null ? { intact: true } : { intact: false, ...chain } })}\n`,
    );
  } else {
    const lines = formatReplay(replay.right, {
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
  return chain === null && replay.right.violations.length === 0 ? exitCodes.ok : exitCodes.findings;
};
