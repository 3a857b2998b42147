import { renderHtmlReport } from '@parcel-claims/audit';
import type { EventStore } from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import { exitCodes } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { describeError } from '../open.js';
import { type AsOfOptions, describeBreak, loadParcel, parseAsOf, zoneProblem } from './load-parcel.js';

export interface ReportOptions extends AsOfOptions {
  readonly html: string;
  readonly zone?: string;
}

/** `report <parcelId> --html FILE`: writes the self-contained HTML audit report. Exit 0 when written. */
export const reportCommand = async (
  store: EventStore,
  url: string,
  io: CliIo,
  parcelId: string,
  options: ReportOptions,
): Promise<number> => {
  const asOf = parseAsOf(options);
  const zone = zoneProblem(options.zone);
  if (zone !== null) {
    io.stderr.write(`parcel-claims report: ${zone}\n`);
    return exitCodes.failure;
  }
  if (E.isLeft(asOf)) {
    io.stderr.write(`parcel-claims report: ${asOf.left}\n`);
    return exitCodes.failure;
  }
  const loaded = await loadParcel(store, parcelId, asOf.right);
  if (loaded === null) {
    io.stderr.write(`parcel-claims report: no events recorded for parcel ${parcelId}\n`);
    return exitCodes.findings;
  }
  if (E.isLeft(loaded.replay)) {
    if (loaded.chain !== null) io.stderr.write(`hash chain broken at ${describeBreak(loaded.chain)}\n`);
    io.stderr.write(
      `parcel-claims report: cannot replay parcel ${parcelId}: ${describeError(loaded.replay.left)}\n`,
    );
    return exitCodes.failure;
  }
  const html = renderHtmlReport(loaded.replay.right, {
    source: url,
    chain: loaded.chain,
    ...(options.zone === undefined ? {} : { zone: options.zone }),
  });
  try {
    await io.writeFile(options.html, html);
  } catch (error) {
    io.stderr.write(`parcel-claims report: cannot write ${options.html}: ${describeError(error)}\n`);
    return exitCodes.failure;
  }
  const replay = loaded.replay.right;
  io.stdout.write(
    `Wrote ${options.html}: parcel ${parcelId}, ${replay.steps.length} events, ${replay.violations.length} rule violation(s), hash chain ${loaded.chain === null ? 'intact' : 'broken'}.\n`,
  );
  return exitCodes.ok;
};
