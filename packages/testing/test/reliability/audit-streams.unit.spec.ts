import { randomUUID } from 'node:crypto';
import { defaultPolicy } from '@parcel-claims/core';
import { type EventStore, eventIdFor, inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { createClaimsService, parcelStreamId } from '@parcel-claims/service';
import { describe, expect, it } from 'vitest';
import { historyDecider } from '../../src/history/arb-history.js';
import { type CommandInput, intentInput } from '../../src/history/interpret.js';
import {
  auditStreams,
  runConcurrentClaims,
  type ServiceCall,
  yieldingStore,
} from '../../src/reliability/index.js';

const decider = historyDecider();
const setup = (parcelId: string) => ({
  decider,
  parcelId,
  policy: { id: defaultPolicy.id, version: defaultPolicy.version },
  start: Date.UTC(2026, 0, 5, 2),
});

/** A booking for a parcel of its own, as the history generator builds it. */
const booking = (): CommandInput =>
  intentInput(
    { kind: 'BookParcel', advance: 0, choice: 0, deviate: 299 },
    decider.initialState,
    setup(`audit-${randomUUID().slice(0, 8)}`),
    1,
    randomUUID(),
  );

const send = async (store: EventStore, input: CommandInput): Promise<ServiceCall> => ({
  input,
  kind: 'answered',
  result: await createClaimsService({ store }).execute(input),
});

describe('auditStreams', () => {
  it('finds nothing wrong with a command the service wrote', async () => {
    const store = inMemoryEventStore();
    const call = await send(store, booking());
    expect(await auditStreams(store, [call], decider)).toEqual({
      problems: [],
      streams: 1,
      events: 1,
      storedCommands: 1,
    });
  });

  it('names an accepted command whose events are not in the stream: a lost update', async () => {
    const input = booking();
    const { commandId, parcelId } = input.data;
    const call = await send(inMemoryEventStore(), input);
    const audit = await auditStreams(inMemoryEventStore(), [call], decider);
    expect(audit.problems).toEqual([
      `command ${commandId} (BookParcel on ${parcelId}): answered accepted with a state the stream never had`,
      `command ${commandId} (BookParcel on ${parcelId}): answered accepted but its events are not in the stream (a lost update)`,
    ]);
  });

  it('names a command whose events are stored twice, and events no command sent', async () => {
    const store = inMemoryEventStore();
    const input = booking();
    const { commandId, parcelId } = input.data;
    const call = await send(store, input);
    const streamId = parcelStreamId(parcelId);
    const [first] = await store.readStream(streamId);
    if (first === undefined) throw new Error('the booking was not written');
    const stranger = {
      ...first,
      eventId: randomUUID(),
      metadata: { ...first.metadata, commandId: randomUUID() },
    };
    const twice = { ...first, eventId: randomUUID() };
    await store.append(streamId, [stranger], { expectedVersion: 0n });
    await store.append(streamId, [twice], { expectedVersion: 1n });
    const audit = await auditStreams(store, [call], decider);
    const strangerId = stranger.metadata.commandId;
    expect(audit.problems).toEqual([
      `${streamId}@1 (command ${strangerId}): event ids ${stranger.eventId} are not ${eventIdFor(strangerId, 0)}`,
      `${streamId}@1 (command ${strangerId}): no command sent with this id wrote it`,
      `${streamId}@2 (command ${commandId}): the command's events are stored twice`,
      `${streamId}@2 (command ${commandId}): event ids ${twice.eventId} are not ${eventIdFor(commandId, 0)}`,
      `${streamId}@2 (command ${commandId}): the serial replay decides [], the stream holds ${JSON.stringify([{ data: first.data, type: first.type }])}`,
      `${streamId}: command ${strangerId} was answered accepted 0 times`,
      `${streamId}: S1 at event 1: the parcel is booked a second time`,
      `${streamId}: S1 at event 2: the parcel is booked a second time`,
    ]);
  });

  it('names a stored command that no caller was told accepted, unless its answer was lost', async () => {
    // A store that writes, then reports the write as an earlier one: the service answers
    // `already-applied` to the only caller of a command whose events that very call wrote.
    const inner = inMemoryEventStore();
    const misreporting: EventStore = {
      ...inner,
      append: async (streamId, events, options) => ({
        ...(await inner.append(streamId, events, options)),
        alreadyApplied: true,
      }),
    };
    const input = booking();
    const { commandId, parcelId } = input.data;
    const call = await send(misreporting, input);
    expect(call).toMatchObject({ kind: 'answered', result: { kind: 'already-applied' } });
    const streamId = parcelStreamId(parcelId);
    expect((await auditStreams(inner, [call], decider)).problems).toEqual([
      `${streamId}: command ${commandId} was answered accepted 0 times`,
    ]);
    expect(
      (await auditStreams(inner, [call], decider, { lostAnswers: new Set([randomUUID()]) })).problems,
    ).toEqual([`${streamId}: command ${commandId} was answered accepted 0 times`]);
    expect(
      (await auditStreams(inner, [call], decider, { lostAnswers: new Set([commandId]) })).problems,
    ).toEqual([]);
  });

  it('names a command-id-reused answer unless other content was sent under its id', async () => {
    const store = inMemoryEventStore();
    const input = booking();
    const { commandId, parcelId } = input.data;
    const first = await send(store, input);
    const changed = { ...input, data: { ...input.data, contents: 'Something else' } };
    const second = await send(store, changed);
    expect(second).toMatchObject({ kind: 'answered', result: { kind: 'command-id-reused' } });
    expect((await auditStreams(store, [first, second], decider)).problems).toEqual([]);
    const unexplained: ServiceCall = { ...second, input };
    expect((await auditStreams(store, [first, unexplained], decider)).problems).toEqual([
      `command ${commandId} (BookParcel on ${parcelId}): answered command-id-reused, but nothing else was sent under its id`,
    ]);
  });

  it('names a command told accepted twice', async () => {
    const store = inMemoryEventStore();
    const input = booking();
    const { commandId, parcelId } = input.data;
    const call = await send(store, input);
    expect((await auditStreams(store, [call, call], decider)).problems).toEqual([
      `${parcelStreamId(parcelId)}: command ${commandId} was answered accepted 2 times`,
    ]);
  });

  it('finds lost updates when the store ignores the expected version', async () => {
    const ignoring = (inner: EventStore): EventStore => ({
      ...inner,
      append: (streamId, events) => inner.append(streamId, events, { expectedVersion: 'any' }),
    });
    const report = await runConcurrentClaims(
      async () => ({ store: yieldingStore(ignoring(inMemoryEventStore())) }),
      {
        writers: 8,
        commandsPerWriter: 60,
      },
    );
    expect(report.conflicts).toBe(0);
    expect(
      report.problems.filter((problem) => problem.includes(': the serial replay decides ')).length,
    ).toBeGreaterThan(0);
  }, 60_000);
});
