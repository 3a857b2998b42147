import type { EventStore } from '@parcel-claims/eventsourcing';

/** A store under test, and how to release what it holds once the test is over. */
export interface StoreUnderTest {
  readonly store: EventStore;
  /** Releases what the store holds once the test is done. */
  readonly dispose?: () => Promise<void>;
}

/**
 * Makes the store for one contract test. Each call may return a fresh, empty store, or the same
 * shared store (one database for the whole suite): every test uses stream ids and event ids of
 * its own, so the suite passes on a store that already holds events.
 */
export type StoreFactory = () => Promise<StoreUnderTest>;

/** What a store declares about itself, so that the suite holds it to what the port promises. */
export interface ContractOptions {
  /**
   * The longest a subscription may take to deliver a message that is there to deliver, e.g. the
   * poll interval of a polling store plus a margin. Default 2000. It bounds each wait so that a
   * store that never delivers fails the test instead of hanging it; nothing asserts speed.
   */
  readonly subscriptionLatencyMs?: number;
  /**
   * Contract tests the store is known to fail, by test title, each with the reason. They run as
   * `it.fails`, so the run stays green while the failure is real and turns red once it is fixed,
   * which is the moment to remove the entry. A title that names no contract test fails the run.
   */
  readonly knownFailures?: Readonly<Record<string, string>>;
}

/** {@link ContractOptions} with every default filled in. */
export interface ResolvedContractOptions {
  readonly subscriptionLatencyMs: number;
  /** Time limit of a subscription test, derived from the latency: one test waits several times. */
  readonly subscriptionTestTimeoutMs: number;
  readonly knownFailures: Readonly<Record<string, string>>;
}

const defaultSubscriptionLatencyMs = 2_000;

/** Fills in the defaults of {@link ContractOptions}. */
export const resolveContractOptions = (options: ContractOptions = {}): ResolvedContractOptions => {
  const subscriptionLatencyMs = options.subscriptionLatencyMs ?? defaultSubscriptionLatencyMs;
  return {
    subscriptionLatencyMs,
    subscriptionTestTimeoutMs: 10_000 + 10 * subscriptionLatencyMs,
    knownFailures: options.knownFailures ?? {},
  };
};
