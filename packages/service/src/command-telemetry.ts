import { metrics, trace } from '@opentelemetry/api';
import {
  attributeNames,
  inSpan,
  inSyncSpan,
  instrumentationScope,
  metricNames,
} from '@parcel-claims/eventsourcing';
import type { CommandResult } from './command-result.js';

/** What the service traces around one command. */
export interface CommandTelemetry {
  /**
   * Runs a command inside its span (`command`, renamed `command <type>` once the type is known),
   * and counts it in `parcel_claims.commands` by type and outcome (the result's kind, or
   * `failed` when the promise rejects).
   */
  readonly command: (
    work: (named: (type: string, streamId: string, commandId: string) => void) => Promise<CommandResult>,
  ) => Promise<CommandResult>;
  /** Decoding at the edge, in its own span, ending `invalid` or `valid`. */
  readonly decode: <T extends { readonly kind: string }>(work: () => T) => T;
}

/** The service's spans and counter, from the global OpenTelemetry API: no-ops without an SDK. */
export const commandTelemetry = (): CommandTelemetry => {
  const tracer = trace.getTracer(instrumentationScope);
  const commands = metrics.getMeter(instrumentationScope).createCounter(metricNames.commands, {
    description: 'Commands handled, by command type and outcome',
    unit: '{command}',
  });
  return {
    command: (work) => {
      let commandType = 'unknown';
      return inSpan(tracer, 'command', {}, async (span) => {
        try {
          const result = await work((type, streamId, commandId) => {
            commandType = type;
            span.updateName(`command ${type}`);
            span.setAttributes({
              [attributeNames.commandType]: type,
              [attributeNames.streamId]: streamId,
              [attributeNames.commandId]: commandId,
            });
          });
          span.setAttribute(attributeNames.outcome, result.kind);
          if (result.kind === 'accepted' || result.kind === 'already-applied')
            span.setAttribute(attributeNames.revision, Number(result.revision));
          commands.add(1, {
            [attributeNames.commandType]: commandType,
            [attributeNames.outcome]: result.kind,
          });
          return result;
        } catch (error) {
          span.setAttribute(attributeNames.outcome, 'failed');
          commands.add(1, { [attributeNames.commandType]: commandType, [attributeNames.outcome]: 'failed' });
          throw error;
        }
      });
    },
    decode: (work) =>
      inSyncSpan(tracer, 'decode', (span) => {
        const decoded = work();
        span.setAttribute(attributeNames.outcome, decoded.kind);
        return decoded;
      }),
  };
};
