import { hash } from 'node:crypto';
import {
  canonicalJson,
  type RecordedEvent,
  type RecordedText,
  type VerifyResult,
  verifyStream,
  verifyStreamText,
} from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import type { StoredHistory } from '../fixtures/stored-histories.js';
import { comparePaired } from '../measure/compare-paired.js';
import { keep } from '../measure/keep.js';
import { perSecond, type TimeOptions } from '../measure/time-tasks.js';
import { atLeast, figure, pairedFigures, type Row, roundRatioRange } from '../report/row.js';

const sha256 = (text: string): string => hash('sha256', text, 'hex');

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

// A stream as a store that keeps data as text holds it (the PostgreSQL store): the canonical
// text each event was sealed with.
const asStoredText = (stream: readonly RecordedEvent[]): readonly RecordedText[] =>
  stream.map((event) => {
    const dataText = canonicalJson(event.data);
    if (E.isLeft(dataText)) throw new Error(dataText.left);
    return {
      streamId: event.streamId,
      revision: event.revision,
      position: event.position,
      eventId: event.eventId,
      type: event.type,
      dataText: dataText.right,
      metadata: event.metadata,
    };
  });

const variants = [
  {
    id: 'verify',
    workload:
      'Verify hash chain of stored streams, data as the stored text (verifyStreamText, as on PostgreSQL)',
    target: true,
    verify: (streams: readonly (readonly RecordedEvent[])[]) => {
      const texts = streams.map(asStoredText);
      return () => {
        for (const stream of texts) check(verifyStreamText(stream));
      };
    },
  },
  {
    id: 'verify-values',
    workload: 'Verify hash chain of recorded events, data as values (verifyStream, as in memory)',
    target: false,
    verify: (streams: readonly (readonly RecordedEvent[])[]) => () => {
      for (const stream of streams) check(verifyStream(stream));
    },
  },
];

const check = (result: VerifyResult): void => {
  if (!result.ok) throw new Error(`${result.streamId}@${result.revision}: ${result.reason}`);
  keep(result);
};

/**
 * Hash-chain verification of whole streams against bare SHA-256 of the same canonical bytes: of
 * streams whose data is the stored text (the target), and of recorded events whose data is a value.
 */
export const verifyRows = async (
  histories: readonly StoredHistory[],
  rounds: number,
  options: TimeOptions,
): Promise<Row[]> => {
  const streams = histories.map((h) => h.recorded);
  const texts = streams.flatMap((stream) => stream.map(canonicalBytes));
  const events = texts.length;
  const rows: Row[] = [];
  for (const variant of variants) {
    const paired = await comparePaired(
      variant.verify(streams),
      () => {
        for (const text of texts) keep(sha256(text));
      },
      rounds,
      options,
    );
    rows.push({
      id: variant.id,
      workload: variant.workload,
      ...pairedFigures(
        paired,
        (timing) => perSecond(timing, events),
        'events/s',
        'SHA-256 of the same canonical bytes',
      ),
      target: variant.target ? atLeast('≥ 0.5× bare SHA-256', paired.ratio, 0.5) : null,
      details: {
        eventsPerCall: figure(events, 'events'),
        ...roundRatioRange(paired),
      },
    });
  }
  return rows;
};
