import { context, metrics, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';

/** The OpenTelemetry SDK registered globally with in-memory exporters, as an application would register it. */
export const inMemoryTelemetry = () => {
  const spans = new InMemorySpanExporter();
  const exporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  // Exports only when flushed.
  const reader = new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 3_600_000 });
  return {
    spans,
    register: () => {
      context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
      trace.setGlobalTracerProvider(
        new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] }),
      );
      metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }));
    },
    unregister: () => {
      trace.disable();
      metrics.disable();
      context.disable();
    },
    /** Each finished span, in the order they ended, with its parent's name, attributes and events. */
    spanTree: () => {
      const finished = spans.getFinishedSpans();
      const names = new Map(finished.map((span) => [span.spanContext().spanId, span.name]));
      return finished.map((span) => ({
        name: span.name,
        parent:
          span.parentSpanContext === undefined
            ? null
            : (names.get(span.parentSpanContext.spanId) ?? 'unknown'),
        attributes: span.attributes,
        events: span.events.map((event) => ({ name: event.name, attributes: event.attributes })),
      }));
    },
    /** The data points of metric `name` as (attributes, value); a histogram's value is its count. */
    points: async (name: string) => {
      await reader.forceFlush();
      const exported = exporter.getMetrics().at(-1);
      const metric = exported?.scopeMetrics
        .flatMap((scope) => scope.metrics)
        .find((m) => m.descriptor.name === name);
      return (metric?.dataPoints ?? []).map((point) => ({
        attributes: point.attributes,
        value: typeof point.value === 'number' ? point.value : point.value.count,
      }));
    },
  };
};
