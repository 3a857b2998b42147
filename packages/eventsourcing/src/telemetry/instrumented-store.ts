import { metrics, SpanKind, trace } from '@opentelemetry/api';
import type { EventStore } from '../store/event-store.js';
import { inSpan } from './in-span.js';
import { attributeNames, instrumentationScope, metricNames } from './telemetry-names.js';

/**
 * `store` with a client span around each `append`, `readStream` and `readStreamText` (`db.system`,
 * `db.operation`, stream id, revision, event count) and the duration of each append, in seconds,
 * in the histogram `parcel_claims.append.duration` (by `db.system` and, for a failed append,
 * `error.type`). Reads of the whole log and subscriptions pass through untouched: a projection
 * batch has its own span. Tracer and meter come from the global OpenTelemetry API when the store
 * is wrapped; without an SDK every span and measurement is a no-op.
 *
 * @example
 * const store = instrumentedStore(inMemoryEventStore(), 'memory');
 */
export const instrumentedStore = (store: EventStore, system: string): EventStore => {
  const tracer = trace.getTracer(instrumentationScope);
  const appendDuration = metrics.getMeter(instrumentationScope).createHistogram(metricNames.appendDuration, {
    description: 'Duration of EventStore.append calls',
    unit: 's',
  });
  const database = (operation: string, streamId: string) => ({
    kind: SpanKind.CLIENT,
    attributes: {
      [attributeNames.dbSystem]: system,
      [attributeNames.dbOperation]: operation,
      [attributeNames.streamId]: streamId,
    },
  });
  const { readStreamText } = store;
  return {
    ...store,
    append: (streamId, events, options) =>
      inSpan(tracer, 'append', database('append', streamId), async (span) => {
        span.setAttribute(attributeNames.expectedVersion, String(options.expectedVersion));
        span.setAttribute(attributeNames.eventCount, events.length);
        const started = performance.now();
        try {
          const result = await store.append(streamId, events, options);
          appendDuration.record((performance.now() - started) / 1000, { [attributeNames.dbSystem]: system });
          span.setAttribute(attributeNames.revision, Number(result.nextExpectedRevision));
          return result;
        } catch (error) {
          appendDuration.record((performance.now() - started) / 1000, {
            [attributeNames.dbSystem]: system,
            [attributeNames.errorType]: error instanceof Error ? error.name : 'unknown',
          });
          throw error;
        }
      }),
    readStream: (streamId, options) =>
      inSpan(tracer, 'readStream', database('readStream', streamId), async (span) => {
        if (options?.from !== undefined) span.setAttribute(attributeNames.revision, Number(options.from));
        const events = await store.readStream(streamId, options);
        span.setAttribute(attributeNames.eventCount, events.length);
        return events;
      }),
    ...(readStreamText === undefined
      ? {}
      : {
          readStreamText: (streamId: string) =>
            inSpan(tracer, 'readStreamText', database('readStreamText', streamId), async (span) => {
              const events = await readStreamText(streamId);
              span.setAttribute(attributeNames.eventCount, events.length);
              return events;
            }),
        }),
  };
};
