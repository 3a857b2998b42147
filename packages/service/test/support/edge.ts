import { type EventStore, inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { expect } from 'vitest';
import { type CommandResult, createClaimsService, parcelStreamId } from '../../src/index.js';
import { input, parcelId } from './story.js';

/** A service on `store` with a fixed clock. */
export const serviceOn = (store: EventStore) =>
  createClaimsService({ store, clock: () => '2026-11-24T12:00:00.000Z' });

/** The story's booking with `extra` fields in its data. */
export const booking = (extra: Record<string, unknown>) => ({
  type: 'BookParcel',
  data: { ...input.bookParcel, ...extra },
});

/** The result of a command the edge refuses for one problem, with the message the service writes. */
export const refused = (subject: string, path: string, expected: string, found: string): CommandResult => ({
  kind: 'invalid',
  error: {
    code: 'DecodeError',
    subject,
    problems: [{ path, expected, found }],
    omitted: 0,
    message: `invalid ${subject}: ${path}: expected ${expected}, found ${found}`,
  },
});

/** Runs `check` on a fresh service and expects nothing stored afterwards. */
export const onEmptyStore = async (
  check: (execute: ReturnType<typeof serviceOn>['execute']) => Promise<void>,
): Promise<void> => {
  const store = inMemoryEventStore();
  await check(serviceOn(store).execute);
  expect(await store.readStream(parcelStreamId(parcelId))).toEqual([]);
};

/** Expects a booking with `count` undeclared fields refused at `$` for its size, nothing stored. */
export const expectManyFieldsRefused = async (count: number): Promise<void> => {
  await onEmptyStore(async (execute) => {
    const extra: Record<string, number> = {};
    for (let index = 0; index < count; index += 1) extra[`k${index}`] = index;
    expect(await execute(booking(extra))).toEqual(
      refused('command', '$', 'at most 65,536 bytes of JSON', 'more than 65,536 bytes'),
    );
  });
};
