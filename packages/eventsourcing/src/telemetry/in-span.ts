import { context, type Span, type SpanOptions, SpanStatusCode, type Tracer, trace } from '@opentelemetry/api';
import { attributeNames } from './telemetry-names.js';

/**
 * Runs `work` inside an active span named `name`: a span started under the current one, ended
 * when the work settles. A failure is recorded on the span (exception event, `error.type`, error
 * status) and thrown on unchanged. A span that records nothing (no SDK, or sampled out) is still
 * made current, so the trace's context reaches the spans under it, but the work runs without
 * the wrapper that would end it and record a failure, which cost a promise per call.
 */
export const inSpan = <T>(
  tracer: Tracer,
  name: string,
  options: SpanOptions,
  work: (span: Span) => Promise<T>,
): Promise<T> => {
  const span = tracer.startSpan(name, options);
  const active = trace.setSpan(context.active(), span);
  if (!span.isRecording()) return context.with(active, work, undefined, span);
  return context.with(active, async () => {
    try {
      return await work(span);
    } catch (error) {
      markFailed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
};

/**
 * Runs synchronous `work` inside an active span named `name`, as {@link inSpan} runs a promise.
 */
export const inSyncSpan = <T>(tracer: Tracer, name: string, work: (span: Span) => T): T => {
  const span = tracer.startSpan(name);
  const active = trace.setSpan(context.active(), span);
  if (!span.isRecording()) return context.with(active, work, undefined, span);
  return context.with(active, () => {
    try {
      return work(span);
    } catch (error) {
      markFailed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
};

/** Records a failure on a span: its exception event, `error.type` (the error's name) and error status. */
export const markFailed = (span: Span, error: unknown): void => {
  const failure = error instanceof Error ? error : new Error(String(error));
  span.recordException(failure);
  span.setAttribute(attributeNames.errorType, failure.name);
  span.setStatus({ code: SpanStatusCode.ERROR, message: failure.message });
};
