import {
  type CheckpointRef,
  checkpointName,
  describeLogFinding,
  describeStreamUnlikeLog,
  escapeForDisplay,
  verifyLog,
  verifyStore,
} from '@parcel-claims/audit';
import type { EventStore, VerifierKey } from '@parcel-claims/eventsourcing';
import { parcelStreamId } from '@parcel-claims/service';
import { exitCodes } from '../exit-codes.js';
import { type CliIo, painterFor } from '../io.js';
import { jsonText } from '../json-text.js';
import type { CheckpointFile } from '../key-files.js';
import { progressBar } from '../progress.js';
import { describeBreak } from './load-parcel.js';

/** What `verify` checks: one parcel's chain, or the whole log. */
export type VerifyTarget = { readonly parcelId: string } | { readonly all: true };

/** The checkpoints and keys of `verify --all --checkpoint … --pubkey …`. */
export interface LogCheck {
  readonly checkpoints: readonly CheckpointFile[];
  readonly keys: readonly VerifierKey[];
}

/**
 * `verify --all --pubkey <file>… [--checkpoint <file>…]`: everything `verifyLog` checks, the given
 * checkpoints and the ones the store keeps. Exit 0 when nothing is wrong, 1 naming each finding.
 */
const verifyLogCommand = async (
  store: EventStore,
  io: CliIo,
  check: LogCheck,
  json: boolean,
): Promise<number> => {
  const report = await verifyLog(store, {
    checkpoints: check.checkpoints.map(({ note }) => note),
    keys: check.keys,
  });
  const name = (ref: CheckpointRef): string =>
    ref.source === 'given'
      ? `checkpoint ${check.checkpoints[ref.index]?.name ?? ref.index + 1}`
      : checkpointName(ref);
  if (json) {
    io.stdout.write(
      `${jsonText({ ...report, findings: report.findings.map((f) => ({ ...f, description: describeLogFinding(f, name) })) })}\n`,
    );
    return report.ok ? exitCodes.ok : exitCodes.findings;
  }
  const paint = painterFor(io.stdout, io.env);
  for (const finding of report.findings)
    io.stdout.write(`${paint('red', 'FINDING')} ${describeLogFinding(finding, name)}\n`);
  const summary = `${report.streams} stream(s), ${report.events} event(s), ${report.checkpoints} checkpoint(s) checked`;
  if (report.ok) {
    io.stdout.write(
      `${paint('green', 'OK')} ${summary}: every hash chain intact, the stored tree is the log's, every checkpoint verifies and agrees with the log.\n`,
    );
    return exitCodes.ok;
  }
  io.stdout.write(`${summary}: ${report.findings.length} finding(s).\n`);
  return exitCodes.findings;
};

/**
 * `verify <parcelId>` or `verify --all`: checks hash chains. Exit 0 when every chain is intact, 1
 * naming the first broken event of each broken stream (or when the parcel has no events). With
 * `check` (`--pubkey`, and any `--checkpoint`), `verify --all` also checks the log's tree and
 * its checkpoints (see `verifyLog`).
 */
export const verifyCommand = async (
  store: EventStore,
  io: CliIo,
  target: VerifyTarget,
  options: { readonly check?: LogCheck; readonly json?: boolean } = {},
): Promise<number> => {
  if (options.check !== undefined) return verifyLogCommand(store, io, options.check, options.json === true);
  const progress = progressBar(io, 'verify', 'events');
  const report = await verifyStore(store, {
    ...('parcelId' in target ? { streams: [parcelStreamId(target.parcelId)] } : {}),
    onProgress: (p) => progress.update(p.eventsDone, p.eventsTotal),
  });
  const rate = progress.stop();
  const paint = painterFor(io.stdout, io.env);
  if ('parcelId' in target && report.events === 0) {
    io.stderr.write(
      `parcel-claims verify: no events recorded for parcel ${escapeForDisplay(target.parcelId)}\n`,
    );
    return exitCodes.findings;
  }
  const intact = report.broken.length === 0 && report.unlikeLog.length === 0;
  if (options.json === true) {
    io.stdout.write(`${jsonText({ ok: intact, ...report })}\n`);
    return intact ? exitCodes.ok : exitCodes.findings;
  }
  for (const broken of report.broken) io.stdout.write(`${paint('red', 'BROKEN')} ${describeBreak(broken)}\n`);
  for (const unlike of report.unlikeLog)
    io.stdout.write(`${paint('red', 'DIFFERS')} ${describeStreamUnlikeLog(unlike)}\n`);
  const summary = `${report.streams} stream(s), ${report.events} event(s) checked (${Math.round(rate)} events/s)`;
  if (intact) {
    io.stdout.write(`${paint('green', 'OK')} ${summary}: every hash chain intact.\n`);
    return exitCodes.ok;
  }
  io.stdout.write(
    `${summary}: ${report.broken.length} broken stream(s)` +
      (report.unlikeLog.length === 0 ? '' : `, ${report.unlikeLog.length} stream(s) unlike the log`) +
      '.\n',
  );
  return exitCodes.findings;
};
