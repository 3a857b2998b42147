import { describe, expect, it } from 'vitest';
import { appendResultContract } from './append-result.contract.js';
import { concurrencyContract } from './concurrency.contract.js';
import { contractFixture } from './contract-fixture.js';
import { duplicateIdsContract } from './duplicate-ids.contract.js';
import { expectedVersionContract } from './expected-version.contract.js';
import { globalLogContract } from './global-log.contract.js';
import { hashChainContract } from './hash-chain.contract.js';
import { idempotencyContract } from './idempotency.contract.js';
import { invalidEventContract } from './invalid-event.contract.js';
import { logTreeContract } from './log-tree.contract.js';
import { readStreamContract } from './read-stream.contract.js';
import { recordedEventContract } from './recorded-event.contract.js';
import { type ContractOptions, resolveContractOptions, type StoreFactory } from './store-factory.js';
import { streamIdContract } from './stream-id.contract.js';
import { subscriptionCloseContract } from './subscription-close.contract.js';
import { subscriptionDeliveryContract } from './subscription-delivery.contract.js';
import { subscriptionStartContract } from './subscription-start.contract.js';

const groups = [
  expectedVersionContract,
  appendResultContract,
  readStreamContract,
  recordedEventContract,
  idempotencyContract,
  duplicateIdsContract,
  invalidEventContract,
  streamIdContract,
  globalLogContract,
  subscriptionDeliveryContract,
  subscriptionStartContract,
  subscriptionCloseContract,
  hashChainContract,
  logTreeContract,
  concurrencyContract,
] as const;

/**
 * Registers the behaviour tests every `EventStore` must pass, as `describe(name, …)`. Call it at
 * the top level of a vitest spec file, once per store. The factory is called before each test;
 * it may return a fresh store or a shared one, since every test uses stream and event ids of its
 * own and assumes nothing about the store's other contents (global positions need only be
 * positive and strictly increasing). `dispose`, if given, runs after each test.
 *
 * A store that knowingly fails a test declares it in `knownFailures` (see {@link ContractOptions}).
 *
 * @example
 * // test/in-memory.contract.spec.ts
 * import { inMemoryEventStore } from '@parcel-claims/eventsourcing';
 * import { eventStoreContract } from '@parcel-claims/testing';
 *
 * // A fresh, empty store for each test.
 * eventStoreContract('in-memory store', async () => ({ store: inMemoryEventStore() }));
 *
 * // One store for every test, as a database opened once would be; a store that polls says how
 * // long a subscription may take to deliver a message.
 * const shared = inMemoryEventStore();
 * eventStoreContract('shared store', async () => ({ store: shared }), { subscriptionLatencyMs: 3_000 });
 */
export const eventStoreContract = (name: string, factory: StoreFactory, options?: ContractOptions): void => {
  const resolved = resolveContractOptions(options);
  describe(name, () => {
    const context = contractFixture(factory, resolved);
    for (const group of groups) group(context);
    const declared = Object.keys(resolved.knownFailures);
    if (declared.length > 0) {
      it('declares as known failures only tests of this suite', () => {
        const titles = new Set(context.titles());
        expect(declared.filter((title) => !titles.has(title))).toEqual([]);
      });
    }
  });
};
