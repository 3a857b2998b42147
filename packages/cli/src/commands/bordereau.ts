import { escapeForDisplay } from '@parcel-claims/audit';
import { type EventStore, memoryProjectionSink, projectionRunner } from '@parcel-claims/eventsourcing';
import {
  bordereauCsv,
  bordereauLines,
  bordereauTotals,
  claimProjection,
  claimsBordereau,
} from '@parcel-claims/projections';
import { parcelStreamPrefix } from '@parcel-claims/service';
import { usageError } from '../command-conventions.js';
import { exitCodes } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { jsonText } from '../json-text.js';

/** The options of `bordereau`, as given on the command line. */
export interface BordereauOptions {
  readonly insurer: string;
  readonly month: string;
  readonly csv?: boolean;
  readonly json?: boolean;
}

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * `bordereau --insurer <id> --month 2026-02 [--csv|--json]`: the insurer's claims bordereau for
 * the month, folded from every parcel stream: one line per claim with its dates, paid, outstanding
 * and recovered amounts and its currencies, then the totals per settlement currency. CSV is
 * RFC 4180 (the default is the same CSV); JSON gives the lines and totals in minor units.
 */
export const bordereauCommand = async (
  store: EventStore,
  io: CliIo,
  options: BordereauOptions,
): Promise<number> => {
  if (!monthPattern.test(options.month)) {
    return usageError(
      io,
      'bordereau',
      `--month ${escapeForDisplay(options.month)} is not a month like 2026-02`,
    );
  }
  if (options.csv === true && options.json === true) {
    return usageError(io, 'bordereau', '--csv and --json exclude each other');
  }
  const sink = memoryProjectionSink(claimProjection(claimsBordereau));
  await projectionRunner({
    store,
    sink,
    name: 'bordereau',
    filter: { streamPrefix: parcelStreamPrefix },
  }).catchUp();
  const lines = bordereauLines(sink.readModel(), options.insurer, options.month);
  io.stdout.write(
    options.json === true
      ? `${jsonText({ insurer: options.insurer, month: options.month, lines, totals: bordereauTotals(lines) })}\n`
      : bordereauCsv(lines),
  );
  return exitCodes.ok;
};
