import { ConsoleMetricExporter, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { ConsoleSpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';

/**
 * The OpenTelemetry Node SDK writing every span to the console as it ends, and the metrics at
 * shutdown. Start it before opening stores and creating services: they take their tracer and
 * their instruments from the global API when they are made. In production, swap the console
 * exporters for OTLP ones.
 */
export const startTelemetry = (): NodeSDK => {
  const sdk = new NodeSDK({
    serviceName: 'parcel-claims-example',
    spanProcessors: [new SimpleSpanProcessor(new ConsoleSpanExporter())],
    metricReader: new PeriodicExportingMetricReader({
      exporter: new ConsoleMetricExporter(),
      exportIntervalMillis: 60_000,
    }),
  });
  sdk.start();
  return sdk;
};
