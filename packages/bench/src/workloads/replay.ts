import {
  type ClaimEvent,
  claimEventTypes,
  type DecodeError,
  decodeClaimEvent,
  fold,
  initialState,
} from '@parcel-claims/core';
import {
  type DecodeFailure,
  type EventDecoder,
  type RecordedEvent,
  type RecordedMetadata,
  type Upcaster,
  upcasterRegistry,
  upcastingDecoder,
} from '@parcel-claims/eventsourcing';
import { claimSchemaVersion, claimUpcasters, decodeRecordedClaimEvent } from '@parcel-claims/service';
import * as E from 'fp-ts/lib/Either.js';
import type { StoredHistory } from '../fixtures/stored-histories.js';
import { comparePaired } from '../measure/compare-paired.js';
import { keep } from '../measure/keep.js';
import { perSecond, type TimeOptions } from '../measure/time-tasks.js';
import { atLeast, figure, pairedFigures, type Row, roundRatioRange } from '../report/row.js';

type Envelope = Omit<RecordedEvent, 'data'>;

/** A stream as a store returns it before decoding: typed envelope columns, data as JSON text. */
interface StoredStream {
  readonly envelopes: readonly Envelope[];
  readonly dataJson: readonly string[];
}

// Envelopes and recorded events are built field by field, as a store's row reader builds them
// (the PostgreSQL store's recordedEventOf does): an object spread followed by more fields gives
// every object a hidden class of its own in V8, which would make the decoder's reads of every
// event megamorphic and measure that rather than decoding.
const metadataOf = (m: RecordedMetadata): RecordedMetadata => ({
  commandId: m.commandId,
  correlationId: m.correlationId,
  causationId: m.causationId,
  recordedAt: m.recordedAt,
  schemaVersion: m.schemaVersion,
  actor: m.actor === null ? null : { role: m.actor.role, id: m.actor.id },
  previousHash: m.previousHash,
  hashVersion: m.hashVersion,
  hash: m.hash,
});

const envelopeOf = (event: RecordedEvent): Envelope => ({
  streamId: event.streamId,
  revision: event.revision,
  position: event.position,
  eventId: event.eventId,
  type: event.type,
  metadata: metadataOf(event.metadata),
});

const recordedOf = (envelope: Envelope, data: unknown): RecordedEvent => ({
  streamId: envelope.streamId,
  revision: envelope.revision,
  position: envelope.position,
  eventId: envelope.eventId,
  type: envelope.type,
  data,
  metadata: envelope.metadata,
});

const replayAll = (streams: readonly StoredStream[], decode: EventDecoder<ClaimEvent>) => () => {
  for (const { envelopes, dataJson } of streams) {
    const events: ClaimEvent[] = [];
    for (let index = 0; index < envelopes.length; index += 1) {
      const envelope = envelopes[index];
      const json = dataJson[index];
      if (envelope === undefined || json === undefined) throw new Error('stream columns differ in length');
      const data: unknown = JSON.parse(json);
      const decoded = decode(recordedOf(envelope, data));
      if (E.isLeft(decoded)) throw new Error(decoded.left.message);
      events.push(decoded.right);
    }
    keep(fold(initialState, events));
  }
};

const parseAll = (streams: readonly StoredStream[]) => () => {
  for (const { dataJson } of streams) {
    const parsed: unknown[] = [];
    for (const json of dataJson) parsed.push(JSON.parse(json));
    keep(parsed);
  }
};

// A stand-in for an older schema: the same data with `at` stored as `occurredAt`.
const previousVersionOf = (data: unknown): unknown => {
  if (typeof data !== 'object' || data === null || !('at' in data)) return data;
  const { at, ...rest } = data;
  return { ...rest, occurredAt: at };
};

const renameOccurredAt: Upcaster = (data) => {
  if (typeof data !== 'object' || data === null || !('occurredAt' in data)) return data;
  const { occurredAt, ...rest } = data;
  return { ...rest, at: occurredAt };
};

const currentDecoder = upcastingDecoder({
  upcasters: upcasterRegistry(claimUpcasters),
  schemaVersionOf: claimSchemaVersion,
  decode: decodeRecordedClaimEvent,
});

// This variant plays a release that reads schema version 2: the claim codecs decode what the
// upcasters lifted (the service's own decoder reads version 1 only).
const decodeLifted = (recorded: RecordedEvent): E.Either<DecodeFailure, ClaimEvent> =>
  E.mapLeft((error: DecodeError) => ({ message: error.message, paths: error.problems.map((p) => p.path) }))(
    decodeClaimEvent({ type: recorded.type, data: recorded.data }),
  );

const oneVersionBehindDecoder = upcastingDecoder({
  upcasters: upcasterRegistry(
    Object.fromEntries(claimEventTypes.map((type) => [type, { 1: renameOccurredAt }])),
  ),
  schemaVersionOf: () => 2,
  decode: decodeLifted,
});

const asStored = (history: StoredHistory): StoredStream => ({
  envelopes: history.recorded.map(envelopeOf),
  dataJson: history.dataJson,
});

const asOneVersionBehind = (history: StoredHistory): StoredStream => ({
  envelopes: history.recorded.map((event) =>
    envelopeOf({ ...event, metadata: { ...event.metadata, schemaVersion: 1 } }),
  ),
  dataJson: history.recorded.map((event) => JSON.stringify(previousVersionOf(event.data))),
});

const bytesOf = (streams: readonly StoredStream[]): number =>
  streams.reduce((sum, s) => sum + s.dataJson.reduce((n, json) => n + Buffer.byteLength(json, 'utf8'), 0), 0);

/**
 * Replay as the service reads a stream: each recorded event's data parsed from JSON, lifted by
 * the upcasting decoder, decoded by the claim codecs, then the history folded. The floor is
 * `JSON.parse` of the same bytes; the ratio is replay throughput over parse throughput.
 */
export const replayRows = async (
  histories: readonly StoredHistory[],
  rounds: number,
  options: TimeOptions,
): Promise<Row[]> => {
  const events = histories.reduce((sum, h) => sum + h.recorded.length, 0);
  const rows: Row[] = [];
  const variants = [
    {
      id: 'replay',
      workload: 'Replay: parse + upcast + decode + fold of stored streams',
      streams: histories.map(asStored),
      decode: currentDecoder,
      target: true,
    },
    {
      id: 'replay-upcast',
      workload: 'Replay, every event one schema version behind (one upcast step each)',
      streams: histories.map(asOneVersionBehind),
      decode: oneVersionBehindDecoder,
      target: false,
    },
  ];
  for (const variant of variants) {
    const paired = await comparePaired(
      replayAll(variant.streams, variant.decode),
      parseAll(variant.streams),
      rounds,
      options,
    );
    const megabytes = bytesOf(variant.streams) / 1e6;
    rows.push({
      id: variant.id,
      workload: variant.workload,
      ...pairedFigures(
        paired,
        (timing) => perSecond(timing, events),
        'events/s',
        'JSON.parse of the same bytes',
      ),
      target: variant.target ? atLeast('≥ 0.5× JSON.parse', paired.ratio, 0.5) : null,
      details: {
        replayThroughput: figure(perSecond(paired.subject, megabytes), 'MB/s'),
        parseThroughput: figure(perSecond(paired.baseline, megabytes), 'MB/s'),
        eventsPerCall: figure(events, 'events'),
        ...roundRatioRange(paired),
      },
    });
  }
  return rows;
};
