import { escapeForDisplay, renderHtmlReport } from '@parcel-claims/audit';
import type { EventStore } from '@parcel-claims/eventsourcing';
import { exitCodes } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { describeError } from '../open.js';
import { type ReplayOptions, replayForCommand } from './load-parcel.js';

export interface ReportOptions extends ReplayOptions {
  readonly html: string;
}

/** `report <parcelId> --html FILE`: writes the self-contained HTML audit report. Exit 0 when written. */
export const reportCommand = async (
  store: EventStore,
  url: string,
  io: CliIo,
  parcelId: string,
  options: ReportOptions,
): Promise<number> => {
  const loaded = await replayForCommand(store, io, 'report', parcelId, options);
  if (typeof loaded === 'number') return loaded;
  const html = renderHtmlReport(loaded.replay, {
    source: url,
    chain: loaded.chain,
    ...(options.zone === undefined ? {} : { zone: options.zone }),
  });
  try {
    await io.writeFile(options.html, html);
  } catch (error) {
    io.stderr.write(
      `parcel-claims report: cannot write ${escapeForDisplay(options.html)}: ${describeError(error)}\n`,
    );
    return exitCodes.failure;
  }
  const { replay } = loaded;
  io.stdout.write(
    `Wrote ${escapeForDisplay(options.html)}: parcel ${escapeForDisplay(parcelId)}, ${replay.steps.length} events, ${replay.violations.length} rule violation(s), hash chain ${loaded.chain === null ? 'intact' : 'broken'}.\n`,
  );
  return exitCodes.ok;
};
