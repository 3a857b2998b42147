import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { type Decider, foldEvents } from '../../src/index.js';

type Added = { readonly type: 'Added'; readonly data: { readonly value: string } };
const added = (value: string): Added => ({ type: 'Added', data: { value } });

const appending: Decider<never, Added, string, never> = {
  decide: () => E.right([]),
  evolve: (state, event) => state + event.data.value,
  initialState: '',
};

describe('foldEvents', () => {
  it('applies evolve event by event, in order', () => {
    expect(foldEvents(appending, '>', [added('a'), added('b'), added('c')])).toBe('>abc');
  });

  it('returns the state itself for no events', () => {
    expect(foldEvents(appending, 'same', [])).toBe('same');
  });

  it('hands the whole batch to foldBatch when the decider has one', () => {
    const batches: (readonly Added[])[] = [];
    const batching: Decider<never, Added, string, never> = {
      ...appending,
      foldBatch: (state, events) => {
        batches.push(events);
        return `${state}${events.length}`;
      },
    };
    expect(foldEvents(batching, '>', [added('a'), added('b')])).toBe('>2');
    expect(batches).toEqual([[added('a'), added('b')]]);
  });
});
