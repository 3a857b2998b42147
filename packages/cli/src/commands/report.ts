import { type CheckpointInclusion, escapeForDisplay, renderHtmlReport } from '@parcel-claims/audit';
import type { EventStore } from '@parcel-claims/eventsourcing';
import { type JsonFlag, printResult, usageError } from '../command-conventions.js';
import { exitCodes } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { describeError } from '../open.js';
import { type InclusionOptions, inclusionForCommand } from './inclusion.js';
import { type ReplayOptions, replayForCommand } from './load-parcel.js';

/** The options of `report`, as given on the command line. */
export interface ReportOptions extends ReplayOptions, InclusionOptions, JsonFlag {
  readonly html: string;
}

/** How many of the parcel's events the checkpoint includes, holds after it, and leaves out. */
const inclusionCounts = (inclusion: CheckpointInclusion) => {
  const count = (status: string): number => inclusion.events.filter((e) => e.status === status).length;
  return {
    treeSize: inclusion.treeSize,
    included: count('included'),
    afterCheckpoint: count('after-checkpoint'),
    notIncluded: count('not-included'),
  };
};

const countsOf = (inclusion: CheckpointInclusion): string => {
  const counts = inclusionCounts(inclusion);
  return `against a checkpoint of ${counts.treeSize} events: ${counts.included} included, ${counts.afterCheckpoint} after it, ${counts.notIncluded} not included`;
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
    return usageError(
      io,
      'report',
      `cannot write ${escapeForDisplay(options.html)}: ${describeError(error)}`,
    );
  }
  const { replay } = loaded;
  printResult(io, options, {
    json: {
      file: options.html,
      parcelId,
      events: replay.steps.length,
      violations: replay.violations.length,
      chain: { intact: loaded.chain === null },
      ...(inclusion === undefined ? {} : { checkpoint: inclusionCounts(inclusion) }),
    },
    text: () => [
      `Wrote ${escapeForDisplay(options.html)}: parcel ${escapeForDisplay(parcelId)}, ${replay.steps.length} events, ${replay.violations.length} rule violation(s), hash chain ${loaded.chain === null ? 'intact' : 'broken'}${inclusion === undefined ? '' : `, ${countsOf(inclusion)}`}.`,
    ],
  });
  return exitCodes.ok;
};
