import { type Span, type SpanOptions, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import { attributeNames } from './telemetry-names.js';

/**
 * Runs `work` inside an active span named `name`: a span started under the current one, ended
 * when the work settles. A failure is recorded on the span (exception event, `error.type`, error
 * status) and thrown on unchanged.
 */
export const inSpan = async <T>(
  tracer: Tracer,
  name: string,
  options: SpanOptions,
  work: (span: Span) => Promise<T>,
): Promise<T> =>
  tracer.startActiveSpan(name, options, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      markFailed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });

/** Records a failure on a span: its exception event, `error.type` (the error's name) and error status. */
export const markFailed = (span: Span, error: unknown): void => {
  const failure = error instanceof Error ? error : new Error(String(error));
  span.recordException(failure);
  span.setAttribute(attributeNames.errorType, failure.name);
  span.setStatus({ code: SpanStatusCode.ERROR, message: failure.message });
};
