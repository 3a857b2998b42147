import type { CheckpointFailure } from '@parcel-claims/eventsourcing';
import { escapeForDisplay } from '../display-text.js';
import { describeStreamUnlikeLog } from '../verify-store.js';
import type { CheckpointRef, FirstDifference, LogFinding } from './verify-log.js';

/** A sentence naming why a signed checkpoint was not accepted (key names quoted as shown safely). */
export const describeCheckpointFailure = (failure: CheckpointFailure): string => {
  switch (failure.kind) {
    case 'malformed':
      return `it is not a signed note: ${failure.problem}${failure.line === null ? '' : ` on line ${failure.line}`}`;
    case 'bad-signature':
      return `the signature of key ${escapeForDisplay(failure.keyName)} (id ${failure.keyId.toString(16).padStart(8, '0')}) on line ${failure.line} does not verify`;
    case 'ambiguous-key':
      return `more than one key given is named ${escapeForDisplay(failure.keyName)} with id ${failure.keyId.toString(16).padStart(8, '0')}`;
    case 'no-known-signature':
      return failure.unknown.length === 0
        ? 'it carries no signature'
        : `no key given signed it; it is signed by unknown key(s) ${failure.unknown
            .map((s) => `${escapeForDisplay(s.keyName)} (id ${s.keyId.toString(16).padStart(8, '0')})`)
            .join(', ')}`;
    case 'bad-checkpoint':
      return `its signed text is not a checkpoint: ${failure.problem} on line ${failure.line}`;
    case 'unexpected-origin':
      return `it is from ${escapeForDisplay(JSON.stringify(failure.found))}, not ${escapeForDisplay(JSON.stringify(failure.expected))}`;
  }
};

/** How findings name a checkpoint by default: "given checkpoint 1", "kept checkpoint 3" (1-based). */
export const checkpointName = (ref: CheckpointRef): string => `${ref.source} checkpoint ${ref.index + 1}`;

const where = (difference: FirstDifference | null): string => {
  if (difference === null) return '';
  const { leafIndex, event } = difference;
  return event === null
    ? `; the log holds nothing at leaf ${leafIndex} any more`
    : `; first differing event: leaf ${leafIndex}, position ${event.position}, stream ${escapeForDisplay(event.streamId)} revision ${event.revision}`;
};

/**
 * A sentence naming what a {@link LogFinding} found and where. `name` says how a checkpoint is
 * named (a file name, say); {@link checkpointName} when absent.
 */
export const describeLogFinding = (
  finding: LogFinding,
  name: (ref: CheckpointRef) => string = checkpointName,
): string => {
  switch (finding.kind) {
    case 'broken-chain': {
      const { streamId, revision, reason, expected, found } = finding.event;
      return `hash chain of ${escapeForDisplay(streamId)} broken at revision ${revision}: ${reason} (expected ${escapeForDisplay(String(expected))}, found ${escapeForDisplay(String(found))})`;
    }
    case 'stream-unlike-log':
      return describeStreamUnlikeLog(finding.stream);
    case 'bad-checkpoint':
      return `${name(finding.checkpoint)} is not accepted: ${describeCheckpointFailure(finding.failure)}`;
    case 'checkpoint-beyond-log':
      return `the log holds ${finding.events} events but ${name(finding.checkpoint)} signs ${finding.treeSize}: events were removed${where(finding.firstDifference)}`;
    case 'checkpoint-root-differs':
      return `the log's first ${finding.treeSize} events differ from what ${name(finding.checkpoint)} signed (root ${finding.signedRoot}, the log gives ${finding.logRoot}): truncation, deletion, rewrite, insertion or reordering${
        finding.firstDifference?.event
          ? ` at or before position ${finding.firstDifference.event.position}`
          : ''
      }${where(finding.firstDifference)}`;
    case 'fork':
      return `fork: ${name(finding.first)} and ${name(finding.second)} both sign ${finding.treeSize} events but with different roots (${finding.firstRoot} and ${finding.secondRoot})`;
    case 'inconsistent-checkpoints':
      return `${name(finding.first)} (${finding.firstSize} events) is not a prefix of ${name(finding.second)} (${finding.secondSize} events): consistency proof from the stored tree fails (${finding.reason})`;
    case 'tree-head-differs':
      return `the stored tree head (${finding.stored.size} events, root ${finding.stored.root}) is not the log's (${finding.recomputed.size} events, root ${finding.recomputed.root})`;
    case 'stored-node-differs':
      return `stored tree node level ${finding.level} index ${finding.index} is ${finding.stored ?? 'missing'}, the log gives ${finding.recomputed}`;
  }
};
