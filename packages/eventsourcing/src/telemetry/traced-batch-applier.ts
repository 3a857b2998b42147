import { metrics, trace } from '@opentelemetry/api';
import type { BatchApplier } from '../projection/batch-applier.js';
import { inSpan } from './in-span.js';
import { attributeNames, instrumentationScope, metricNames } from './telemetry-names.js';

/**
 * `apply` inside a `projection batch` span (projection name, events in the batch, the checkpoint
 * it moves to), and, once a batch is applied, the projection's lag in seconds in the gauge
 * `parcel_claims.projection.lag.seconds`: how long before `now()` the batch's last event was
 * recorded. `now` reads the wall clock in milliseconds since the epoch, as `recordedAt` counts.
 */
export const tracedBatchApplier = (
  projection: string,
  apply: BatchApplier,
  now: () => number = Date.now,
): BatchApplier => {
  const tracer = trace.getTracer(instrumentationScope);
  const lagSeconds = metrics.getMeter(instrumentationScope).createGauge(metricNames.projectionLagSeconds, {
    description: 'How long before it was applied the last event of a projection batch was recorded',
    unit: 's',
  });
  return (events, through) =>
    inSpan(
      tracer,
      'projection batch',
      {
        attributes: {
          [attributeNames.projection]: projection,
          [attributeNames.eventCount]: events.length,
          [attributeNames.checkpoint]: Number(through),
        },
      },
      async () => {
        const handled = await apply(events, through);
        const last = events[events.length - 1];
        const recordedAt = last === undefined ? Number.NaN : Date.parse(last.metadata.recordedAt);
        if (!Number.isNaN(recordedAt)) {
          lagSeconds.record((now() - recordedAt) / 1000, { [attributeNames.projection]: projection });
        }
        return handled;
      },
    );
};
