import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  type EventToAppend,
  type RecordedEvent,
  type SealedText,
  sealEventsAsText,
  verifyStream,
  verifyStreamText,
} from '../../src/index.js';
import { unicodeJson } from '../support/canonical-reference.js';
import { noted } from '../support/events.js';

/** Ids, as any string may be stored in one: quotes, backslashes, control characters, any code unit. */
const anyString = fc.string({ unit: 'binary', maxLength: 12 });

/** A command digest, or none (an event written before digests were recorded). */
const digest = fc.option(fc.stringMatching(/^[0-9a-f]{64}$/), { nil: undefined });

const event = fc.record({
  data: unicodeJson,
  commandId: anyString,
  commandDigest: digest,
  type: fc.oneof(fc.constant('Noted'), anyString),
});

/** Streams as a text store keeps them: sealed by the store, data kept as its canonical text. */
const stream = fc
  .array(event, { minLength: 1, maxLength: 5 })
  .map((events) =>
    sealEventsAsText({
      streamId: 'account-1',
      nextRevision: 0n,
      previousHash: null,
      events: events.map(
        ({ data, commandId, commandDigest, type }, n): EventToAppend => ({
          ...noted(n + 1),
          type,
          data,
          metadata: {
            ...noted(n + 1).metadata,
            commandId,
            ...(commandDigest === undefined ? {} : { commandDigest }),
          },
        }),
      ),
    }),
  )
  .filter(E.isRight)
  .map((sealed) => sealed.right);

/** The same JSON value written with its object keys in reverse order and a space after each colon. */
const rewritten = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(rewritten).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const fields = Object.entries(value).reverse();
    return `{${fields.map(([key, field]) => `${JSON.stringify(key)}: ${rewritten(field)}`).join(', ')}}`;
  }
  return JSON.stringify(value);
};

type Edit = (events: readonly SealedText[], at: number) => readonly SealedText[];

const replaced = (events: readonly SealedText[], at: number, edited: SealedText): readonly SealedText[] =>
  events.map((event, index) => (index === at ? edited : event));

const nth = (events: readonly SealedText[], at: number): SealedText => {
  const event = events[at % events.length];
  if (event === undefined) throw new Error('no event');
  return event;
};

/** What may happen to stored rows: text rewritten with the value kept, values, ids and order changed. */
const edit: fc.Arbitrary<{ readonly name: string; readonly apply: Edit }> = fc.oneof(
  fc.constant({ name: 'untouched', apply: (events: readonly SealedText[]) => events }),
  fc.constant({
    name: 'data text rewritten, same value',
    apply: (events: readonly SealedText[], at: number) => {
      const event = nth(events, at);
      return replaced(events, at % events.length, {
        ...event,
        dataText: rewritten(JSON.parse(event.dataText)),
      });
    },
  }),
  unicodeJson
    .map((value) => JSON.stringify(value))
    .filter((text): text is string => text !== undefined)
    .map((dataText) => ({
      name: `data text replaced by ${dataText}`,
      apply: (events: readonly SealedText[], at: number) =>
        replaced(events, at % events.length, { ...nth(events, at), dataText }),
    })),
  anyString.map((commandId) => ({
    name: `command id replaced by ${JSON.stringify(commandId)}`,
    apply: (events: readonly SealedText[], at: number) => {
      const event = nth(events, at);
      return replaced(events, at % events.length, { ...event, metadata: { ...event.metadata, commandId } });
    },
  })),
  fc.oneof(anyString, digest).map((commandDigest) => ({
    name: `command digest replaced by ${JSON.stringify(commandDigest)}`,
    apply: (events: readonly SealedText[], at: number) => {
      const event = nth(events, at);
      const { commandDigest: _replaced, ...metadata } = event.metadata;
      return replaced(events, at % events.length, {
        ...event,
        metadata: commandDigest === undefined ? metadata : { ...metadata, commandDigest },
      });
    },
  })),
  anyString.map((type) => ({
    name: `type replaced by ${JSON.stringify(type)}`,
    apply: (events: readonly SealedText[], at: number) =>
      replaced(events, at % events.length, { ...nth(events, at), type }),
  })),
  fc.constant({
    name: 'event deleted',
    apply: (events: readonly SealedText[], at: number) =>
      events.filter((_, index) => index !== at % events.length),
  }),
  fc.constant({
    name: 'two events swapped',
    apply: (events: readonly SealedText[], at: number) => {
      const first = at % events.length;
      const second = (first + 1) % events.length;
      return events.map((event, index) =>
        index === first ? nth(events, second) : index === second ? nth(events, first) : event,
      );
    },
  }),
);

const parsed = (events: readonly SealedText[]): readonly RecordedEvent[] =>
  events.map(({ dataText, ...envelope }, index) => ({
    ...envelope,
    position: BigInt(index + 1),
    data: JSON.parse(dataText),
  }));

describe('verifyStreamText', () => {
  it('answers as verifyStream does for the same events with their data parsed, whatever was changed', () => {
    fc.assert(
      fc.property(stream, edit, fc.nat(), (events, { name, apply }, at) => {
        const stored = apply(events, at);
        const answer = verifyStreamText(stored);
        expect(answer, name).toEqual(verifyStream(parsed(stored)));
        if (name === 'untouched' || name === 'data text rewritten, same value') {
          expect(answer, name).toEqual({ ok: true });
        }
      }),
    );
  });
});
