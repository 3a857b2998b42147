/** Lifts the data of one event type from one schema version to the next. Pure. */
export type Upcaster = (data: unknown) => unknown;

/**
 * Upcasters by event type, then by the version they lift from: `{ Deposited: { 1: v1ToV2 } }`
 * lifts `Deposited` data from version 1 to 2. A table cannot hold two steps for the same type
 * and version, so registration cannot be ambiguous.
 */
export type UpcasterTable = Readonly<Record<string, Readonly<Record<number, Upcaster>>>>;

/** Finds the step that lifts `type` from `fromVersion` to `fromVersion + 1`. */
export interface UpcasterRegistry {
  /** The upcaster that lifts data of this type from this schema version by one, if any. */
  readonly stepFor: (type: string, fromVersion: number) => Upcaster | undefined;
}

/**
 * Builds a registry from a table of steps.
 *
 * @example
 * const upcasters = upcasterRegistry({
 *   Deposited: {
 *     1: (data) => ({ ...asRecord(data), currency: 'EUR' }),
 *   },
 * });
 */
export const upcasterRegistry = (table: UpcasterTable): UpcasterRegistry => {
  // Copied into maps so that type names such as "constructor" cannot reach Object.prototype.
  const steps = new Map<string, ReadonlyMap<number, Upcaster>>(
    Object.entries(table).map(([type, byVersion]) => [
      type,
      new Map(Object.entries(byVersion).map(([version, upcaster]) => [Number(version), upcaster])),
    ]),
  );
  return { stepFor: (type, fromVersion) => steps.get(type)?.get(fromVersion) };
};
