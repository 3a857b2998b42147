import { afterEach, beforeEach, it } from 'vitest';
import { type ContractScope, contractScope } from './contract-scope.js';
import type { ResolvedContractOptions, StoreFactory } from './store-factory.js';

/** What each group of contract tests receives. */
export interface ContractContext {
  /** The scope of the test that is running; only callable inside a test. */
  readonly scope: () => ContractScope;
  readonly options: ResolvedContractOptions;
  /** Registers one contract test: `it`, or `it.fails` if the store declared it a known failure. */
  readonly test: (title: string, body: () => Promise<void>, timeoutMs?: number) => void;
  /** Titles of the tests registered so far. */
  readonly titles: () => readonly string[];
}

/**
 * Registers hooks that give every test of the enclosing `describe` a fresh scope from the factory
 * and end it afterwards, whether the test passed or not.
 */
export const contractFixture = (factory: StoreFactory, options: ResolvedContractOptions): ContractContext => {
  let current: ContractScope | undefined;
  const titles: string[] = [];
  beforeEach(async () => {
    current = contractScope(await factory());
  });
  afterEach(async () => {
    const ending = current;
    current = undefined;
    await ending?.end();
  });
  return {
    options,
    scope: () => {
      if (current === undefined) throw new Error('The contract scope exists only while a test runs');
      return current;
    },
    test: (title, body, timeoutMs) => {
      titles.push(title);
      const register = Object.hasOwn(options.knownFailures, title) ? it.fails : it;
      register(title, body, timeoutMs);
    },
    titles: () => [...titles],
  };
};
