import * as E from 'fp-ts/lib/Either.js';
import { MissingUpcaster } from './missing-upcaster.js';
import { SchemaVersionAhead } from './schema-version-ahead.js';
import type { UpcasterRegistry } from './upcaster-registry.js';

/** Why stored data could not be brought to the current schema version. */
export type UpcastError = MissingUpcaster | SchemaVersionAhead;

/** Stored data with the schema version it was written at. */
export interface VersionedData {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

/**
 * Lifts stored data step by step (1 → 2 → 3 …) to `targetVersion`. Data already at the target
 * comes back unchanged; a missing step or data newer than the target is a typed error.
 *
 * @example
 * upcast(upcasters, { type: 'Deposited', schemaVersion: 1, data: { amount: 5 } }, 2);
 * // right({ amount: 5, currency: 'EUR' })
 */
export const upcast = (
  registry: UpcasterRegistry,
  stored: VersionedData,
  targetVersion: number,
): E.Either<UpcastError, unknown> => {
  const { type } = stored;
  if (stored.schemaVersion > targetVersion) {
    return E.left(
      new SchemaVersionAhead({ type, storedVersion: stored.schemaVersion, currentVersion: targetVersion }),
    );
  }
  let data = stored.data;
  for (let version = stored.schemaVersion; version < targetVersion; version += 1) {
    const step = registry.stepFor(type, version);
    if (step === undefined) return E.left(new MissingUpcaster({ type, fromVersion: version, targetVersion }));
    data = step(data);
  }
  return E.right(data);
};
