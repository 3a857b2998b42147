import { type CheckpointInclusion, escapeForDisplay, renderHtmlReport } from '@parcel-claims/audit';
import type { EventStore } from '@parcel-claims/eventsourcing';
import { exitCodes } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { describeError } from '../open.js';
import { type InclusionOptions, inclusionForCommand } from './inclusion.js';
import { type ReplayOptions, replayForCommand } from './load-parcel.js';

/** The options of `report`, as given on the command line. */
export interface ReportOptions extends ReplayOptions, InclusionOptions {
  readonly html: string;
}

const countsOf = (inclusion: CheckpointInclusion): string => {
  const count = (status: string): number => inclusion.events.filter((e) => e.status === status).length;
  return `against a checkpoint of ${inclusion.treeSize} events: ${count('included')} included, ${count('after-checkpoint')} after it, ${count('not-included')} not included`;
};

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
  const inclusion = await inclusionForCommand(store, io, 'report', parcelId, options);
  if (typeof inclusion === 'number') return inclusion;
  const html = renderHtmlReport(loaded.replay, {
    source: url,
    chain: loaded.chain,
    ...(inclusion === undefined ? {} : { inclusion }),
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
    `Wrote ${escapeForDisplay(options.html)}: parcel ${escapeForDisplay(parcelId)}, ${replay.steps.length} events, ${replay.violations.length} rule violation(s), hash chain ${loaded.chain === null ? 'intact' : 'broken'}${inclusion === undefined ? '' : `, ${countsOf(inclusion)}`}.\n`,
  );
  return exitCodes.ok;
};
