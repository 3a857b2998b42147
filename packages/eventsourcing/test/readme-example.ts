// README:start

import { commandHandler, inMemoryEventStore } from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';

type Increment = { readonly type: 'Increment'; readonly data: { readonly by: number } };
type Incremented = { readonly type: 'Incremented'; readonly data: { readonly by: number } };

export const handle = commandHandler({
  store: inMemoryEventStore(),
  decider: {
    decide: (command: Increment, count: number) =>
      count + command.data.by > 10
        ? E.left('TooLarge' as const)
        : E.right([{ type: 'Incremented' as const, data: { by: command.data.by } }]),
    evolve: (count: number, event: Incremented) => count + event.data.by,
    initialState: 0,
  },
  schemaVersionOf: () => 1,
  encode: (event) => event.data,
  decode: (recorded) => {
    const { data } = recorded;
    return typeof data === 'object' && data !== null && 'by' in data && typeof data.by === 'number'
      ? E.right({ type: 'Incremented' as const, data: { by: data.by } })
      : E.left({ message: 'expected { by: number }' });
  },
  encodeCommand: (command) => command, // what a retry must repeat: its digest is recorded
});

export const request = {
  streamId: 'counter-1',
  command: { type: 'Increment' as const, data: { by: 3 } },
  commandId: '1b7c3a52-8f0e-4d3e-9a59-2d0c1f6e4b11', // stable across retries of this command
  now: '2026-03-02T09:00:00.000Z', // the caller's clock
};
// await handle(request) → { kind: 'appended', nextExpectedRevision: 0n, position: 1n, state: 3, ... }
// await handle(request) → { kind: 'already-applied', ... }: the same events, nothing written twice
// README:end
