/** The instrumentation scope every tracer and meter of this project is named after. */
export const instrumentationScope = '@parcel-claims/eventsourcing';

/**
 * Span and metric attribute names: OpenTelemetry's semantic conventions where one exists
 * (`db.*`, `error.type`), the project's own, prefixed `parcel_claims.`, where none does.
 */
export const attributeNames = {
  dbSystem: 'db.system',
  dbOperation: 'db.operation',
  errorType: 'error.type',
  streamId: 'parcel_claims.stream.id',
  /** The revision a read starts at, an append expects, or a written stream ends at. */
  revision: 'parcel_claims.stream.revision',
  expectedVersion: 'parcel_claims.stream.expected_version',
  eventCount: 'parcel_claims.event.count',
  commandType: 'parcel_claims.command.type',
  commandId: 'parcel_claims.command.id',
  outcome: 'parcel_claims.command.outcome',
  attempt: 'parcel_claims.command.attempt',
  projection: 'parcel_claims.projection.name',
  checkpoint: 'parcel_claims.projection.checkpoint',
} as const;

/** Metric names. Durations are in seconds, as OpenTelemetry's conventions ask. */
export const metricNames = {
  commands: 'parcel_claims.commands',
  appendDuration: 'parcel_claims.append.duration',
  projectionLagEvents: 'parcel_claims.projection.lag.events',
  projectionLagSeconds: 'parcel_claims.projection.lag.seconds',
} as const;
