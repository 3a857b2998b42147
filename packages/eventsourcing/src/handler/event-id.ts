import { v5 } from 'uuid';

/** The UUID v5 namespace of event ids derived from command ids. Fixed forever: changing it would
 * make retries of commands issued before the change append their events a second time. */
export const eventIdNamespace = 'b6f1c0de-2f4e-5a8b-9c61-0e7d3a5f4c21';

/**
 * The id of the `index`-th event (0-based) a command produces: UUID v5 of
 * `<commandId>/<index>`. The same command always yields the same ids, which is what lets stores
 * recognise a retried append.
 *
 * @example
 * eventIdFor('4a1f…', 0) === eventIdFor('4a1f…', 0); // true
 */
export const eventIdFor = (commandId: string, index: number): string =>
  v5(`${commandId}/${index}`, eventIdNamespace);
