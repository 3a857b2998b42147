import { createHash } from 'node:crypto';
import { canonicalJson, type RecordedEvent, verifyStream } from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import type { StoredHistory } from '../fixtures/stored-histories.js';
import { comparePaired } from '../measure/compare-paired.js';
import { keep } from '../measure/keep.js';
import { perSecond, type TimeOptions } from '../measure/time-tasks.js';
import { atLeast, figure, type Row } from '../report/row.js';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

// The bytes the chain hashes, per the hash input documented on `eventHash`; checked against the
// stored hash below, so the floor hashes exactly what verification hashes.
const canonicalBytes = (event: RecordedEvent): string => {
  const text = canonicalJson({
    streamId: event.streamId,
    revision: event.revision.toString(),
    eventId: event.eventId,
    type: event.type,
    data: event.data,
    schemaVersion: event.metadata.schemaVersion,
    commandId: event.metadata.commandId,
    correlationId: event.metadata.correlationId,
    causationId: event.metadata.causationId,
    recordedAt: event.metadata.recordedAt,
    actor:
      event.metadata.actor === null ? null : { role: event.metadata.actor.role, id: event.metadata.actor.id },
    previousHash: event.metadata.previousHash,
  });
  if (E.isLeft(text)) throw new Error(text.left);
  if (sha256(text.right) !== event.metadata.hash) {
    throw new Error(`hash input of ${event.streamId}@${event.revision} differs from what eventHash hashes`);
  }
  return text.right;
};

/** Hash-chain verification of whole streams against bare SHA-256 of the same canonical bytes. */
export const verifyRow = async (
  histories: readonly StoredHistory[],
  rounds: number,
  options: TimeOptions,
): Promise<Row> => {
  const streams = histories.map((h) => h.recorded);
  const texts = streams.flatMap((stream) => stream.map(canonicalBytes));
  const events = texts.length;
  const paired = await comparePaired(
    () => {
      for (const stream of streams) {
        const result = verifyStream(stream);
        if (!result.ok) throw new Error(`${result.streamId}@${result.revision}: ${result.reason}`);
        keep(result);
      }
    },
    () => {
      for (const text of texts) keep(sha256(text));
    },
    rounds,
    options,
  );
  return {
    id: 'verify',
    workload: 'Verify hash chain of stored streams',
    measured: figure(perSecond(paired.subject, events), 'events/s', paired.subject.rmePercent),
    baseline: {
      name: 'SHA-256 of the same canonical bytes',
      ...figure(perSecond(paired.baseline, events), 'events/s', paired.baseline.rmePercent),
    },
    ratio: figure(paired.ratio, '×'),
    target: atLeast('≥ 0.5× bare SHA-256', paired.ratio, 0.5),
    details: {
      eventsPerCall: figure(events, 'events'),
      lowestRoundRatio: figure(Math.min(...paired.roundRatios), '×'),
      highestRoundRatio: figure(Math.max(...paired.roundRatios), '×'),
    },
  };
};
