import * as E from 'fp-ts/lib/Either.js';
import type { Policy, PolicyRef } from './policy.js';

/** A policy version the book does not hold. */
export interface UnknownPolicy {
  readonly code: 'UnknownPolicy';
  readonly policy: PolicyRef;
  readonly message: string;
}

/** Every policy version a service has sold; coverages keep the version they were bought under. */
export interface PolicyBook {
  /** The policy of this id and version, or why there is none. */
  readonly resolve: (ref: PolicyRef) => E.Either<UnknownPolicy, Policy>;
  readonly policies: readonly Policy[];
}

const key = (ref: PolicyRef): string => `${ref.id}@${ref.version}`;

/** Builds a policy book; two policies with the same id and version are a configuration error and throw. */
export const policyBook = (policies: readonly Policy[]): PolicyBook => {
  const byKey = new Map<string, Policy>();
  for (const policy of policies) {
    if (byKey.has(key(policy))) throw new RangeError(`policy ${key(policy)} is in the policy book twice`);
    byKey.set(key(policy), policy);
  }
  return {
    policies,
    resolve: (ref) => {
      const found = byKey.get(key(ref));
      return found === undefined
        ? E.left({
            code: 'UnknownPolicy',
            policy: ref,
            message: `policy ${key(ref)} is not in the policy book`,
          })
        : E.right(found);
    },
  };
};
