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
  readonly resolve: (ref: PolicyRef) => E.Either<UnknownPolicy, Policy>;
  readonly policies: readonly Policy[];
}

const key = (ref: PolicyRef): string => `${ref.id}@${ref.version}`;

export const policyBook = (policies: readonly Policy[]): PolicyBook => {
  const byKey = new Map(policies.map((p) => [key(p), p] as const));
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
