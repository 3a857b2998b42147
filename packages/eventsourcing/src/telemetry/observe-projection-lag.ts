import { metrics } from '@opentelemetry/api';
import { attributeNames, instrumentationScope, metricNames } from './telemetry-names.js';

/** A projection whose lag in events can be asked for: a `ProjectionRunner`. */
export interface LaggingProjection {
  readonly name: string;
  /** How many events of its streams lie after its checkpoint. */
  readonly lag: () => Promise<number>;
}

/**
 * Reports each projection's lag in events (events of its streams after its checkpoint) in the
 * observable gauge `parcel_claims.projection.lag.events`, asked for at each collection of the
 * metrics SDK: counting reads the events after the checkpoint, so it costs a read per collection,
 * none without an SDK. Returns the function that stops reporting.
 *
 * @example
 * const stop = observeProjectionLag([boardRunner, slaRunner]);
 */
export const observeProjectionLag = (projections: readonly LaggingProjection[]): (() => void) => {
  const gauge = metrics
    .getMeter(instrumentationScope)
    .createObservableGauge(metricNames.projectionLagEvents, {
      description: 'Events of its streams after the checkpoint of a projection',
      unit: '{event}',
    });
  const observe = async (result: {
    observe: (value: number, attributes: Record<string, string>) => void;
  }) => {
    for (const projection of projections) {
      result.observe(await projection.lag(), { [attributeNames.projection]: projection.name });
    }
  };
  gauge.addCallback(observe);
  return () => gauge.removeCallback(observe);
};
