import { describe, expect, it } from 'vitest';
import { readAhead } from '../../src/projection/read-ahead.js';

/** A source of `count` numbers that logs when each is asked for and when it is closed. */
const loggedSource = (log: string[], count: number, failAt?: number): AsyncIterable<number> => ({
  [Symbol.asyncIterator]: async function* () {
    try {
      for (let item = 1; item <= count; item += 1) {
        log.push(`read ${item}`);
        if (item === failAt) throw new Error(`cannot read ${item}`);
        yield item;
      }
    } finally {
      log.push('closed');
    }
  },
});

describe('readAhead', () => {
  it('asks for the next item while the current one is handled, and hands out every item in order', async () => {
    const log: string[] = [];
    for await (const item of readAhead(loggedSource(log, 3))) log.push(`handle ${item}`);
    expect(log).toEqual(['read 1', 'read 2', 'handle 1', 'read 3', 'handle 2', 'closed', 'handle 3']);
  });

  it('throws a failure to read ahead only after the items before it were handled', async () => {
    const log: string[] = [];
    const failure = await (async () => {
      for await (const item of readAhead(loggedSource(log, 3, 2))) log.push(`handle ${item}`);
    })().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toEqual(new Error('cannot read 2'));
    expect(log).toEqual(['read 1', 'read 2', 'closed', 'handle 1']);
  });

  it('closes the source when the handler stops early', async () => {
    const log: string[] = [];
    for await (const item of readAhead(loggedSource(log, 5))) {
      log.push(`handle ${item}`);
      if (item === 2) break;
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(['read 1', 'read 2', 'handle 1', 'read 3', 'handle 2', 'closed']);
  });
});
