import { type Span, trace } from '@opentelemetry/api';
import * as E from 'fp-ts/lib/Either.js';
import type { Decider } from '../decider/decider.js';
import type { AttemptResult } from '../handler/attempt-command.js';
import type { CommandRequest } from '../handler/command-request.js';
import { inSpan, inSyncSpan } from './in-span.js';
import { attributeNames, instrumentationScope } from './telemetry-names.js';

/** One attempt at a command, as the command handler makes it. */
export type Attempt<Command, Event, State, Rejection> = (
  request: CommandRequest<Command>,
) => Promise<AttemptResult<Event, State, Rejection>>;

/** What a command handler traces: each attempt, each decision. */
export interface HandlerTracing {
  readonly attempt: <Command, Event, State, Rejection>(
    attempt: Attempt<Command, Event, State, Rejection>,
    number: number,
  ) => Attempt<Command, Event, State, Rejection>;
  readonly decider: <Command, Event, State, Rejection>(
    decider: Decider<Command, Event, State, Rejection>,
  ) => Decider<Command, Event, State, Rejection>;
}

const outcomeOf = (result: AttemptResult<unknown, unknown, unknown>): string =>
  result.kind === 'conflict' ? 'conflict' : result.outcome.kind;

const recordConflict = (span: Span, result: AttemptResult<unknown, unknown, unknown>): void => {
  if (result.kind !== 'conflict') return;
  span.addEvent('version conflict', {
    [attributeNames.expectedVersion]: String(result.conflict.expected),
    [attributeNames.revision]: String(result.conflict.actual),
  });
};

/**
 * Spans of a command handler, from the global OpenTelemetry API: `attempt` around each attempt
 * (numbered from 1, so a retry is an attempt past 1; its outcome, or `conflict` with a
 * `version conflict` event giving the expected and actual versions), and `decide` around each
 * decision (its outcome: `rejected`, `unchanged` or `decided`, and how many events).
 */
export const handlerTracing = (): HandlerTracing => {
  const tracer = trace.getTracer(instrumentationScope);
  return {
    attempt: (attempt, number) => (request) =>
      inSpan(
        tracer,
        'attempt',
        {
          attributes: {
            [attributeNames.streamId]: request.streamId,
            [attributeNames.commandId]: request.commandId,
            [attributeNames.attempt]: number,
          },
        },
        async (span) => {
          const result = await attempt(request);
          span.setAttribute(attributeNames.outcome, outcomeOf(result));
          recordConflict(span, result);
          return result;
        },
      ),
    decider: (decider) => ({
      ...decider,
      decide: (command, state) =>
        inSyncSpan(tracer, 'decide', (span) => {
          const decision = decider.decide(command, state);
          if (E.isLeft(decision)) span.setAttribute(attributeNames.outcome, 'rejected');
          else {
            span.setAttribute(attributeNames.outcome, decision.right.length === 0 ? 'unchanged' : 'decided');
            span.setAttribute(attributeNames.eventCount, decision.right.length);
          }
          return decision;
        }),
    }),
  };
};
