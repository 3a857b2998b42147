import { type EventStore, inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { type ClaimsService, createClaimsService } from '@parcel-claims/service';
import fc from 'fast-check';
import { expect } from 'vitest';
import {
  arbAnyCommand,
  arbMalformedCommand,
  claimStoryInput,
  type MalformedCommand,
} from '../../src/index.js';

const knownParcel = 'parcel-known';

/** What a store holds, as far as a refused command could have changed it. */
const snapshot = async (store: EventStore) => {
  let count = 0;
  let last = 0n;
  for await (const batch of store.readAll()) {
    count += batch.length;
    last = batch[batch.length - 1]?.position ?? last;
  }
  return { count, last, known: (await store.readStream(`parcel-${knownParcel}`)).length };
};

const lowerFirst = (type: string): string => `${type.charAt(0).toLowerCase()}${type.slice(1)}`;

/** Runs a malformed command through `execute`, or through the typed method when the defect is in the data. */
const run = async (service: ClaimsService, malformed: MalformedCommand, typed: boolean): Promise<unknown> => {
  const { input } = malformed;
  const inData = malformed.path.startsWith('$.data.') && typeof input === 'object' && input !== null;
  if (!typed || !inData) return service.execute(input);
  const method: unknown = Reflect.get(service, lowerFirst(malformed.type));
  if (typeof method !== 'function') throw new Error(`the service has no method for ${malformed.type}`);
  return Reflect.apply(method, service, [Reflect.get(input, 'data')]);
};

const problemPaths = (result: unknown): unknown => {
  if (typeof result !== 'object' || result === null) return result;
  const error: unknown = Reflect.get(result, 'error');
  if (typeof error !== 'object' || error === null) return result;
  const problems: unknown = Reflect.get(error, 'problems');
  return {
    kind: Reflect.get(result, 'kind'),
    code: Reflect.get(error, 'code'),
    paths: Array.isArray(problems)
      ? problems.map((problem: unknown) => Reflect.get(Object(problem), 'path'))
      : problems,
  };
};

const isNamedAtOrBelow = (found: unknown, path: string): boolean => {
  const paths: unknown =
    typeof found === 'object' && found !== null ? Reflect.get(found, 'paths') : undefined;
  return (
    Array.isArray(paths) &&
    paths.length > 0 &&
    paths.every(
      (p: unknown) =>
        typeof p === 'string' && (p === path || p.startsWith(`${path}.`) || p.startsWith(`${path}[`)),
    )
  );
};

/**
 * Runs `numRuns` malformed commands through the service on a store that holds one booked parcel:
 * each must come back `invalid` with one problem at the path of its defect, none may throw, and
 * the store must hold exactly what it held before. Returns how many cases of each defect ran.
 */
export const assertMalformedCommandsRefused = async (
  numRuns: number,
  seed?: number,
): Promise<ReadonlyMap<string, number>> => {
  const store = inMemoryEventStore();
  const service = createClaimsService({ store, clock: () => '2026-11-24T12:00:00.000Z' });
  const booked = await service.bookParcel(claimStoryInput(knownParcel).bookParcel);
  expect(booked.kind).toBe('accepted');
  const before = await snapshot(store);
  const wellFormed = fc
    .tuple(arbAnyCommand, fc.boolean())
    .map(([command, known]) =>
      known ? { type: command.type, data: { ...command.data, parcelId: knownParcel } } : command,
    );
  const counts = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(arbMalformedCommand(wellFormed), fc.boolean(), async (malformed, typed) => {
      counts.set(malformed.defect, (counts.get(malformed.defect) ?? 0) + 1);
      const result = await run(service, malformed, typed);
      const found = problemPaths(result);
      // A Date or Map where an object belongs is an object without the fields: those are named; so is
      // the level of a deep nesting that goes past the limit.
      const named = isNamedAtOrBelow(found, malformed.path) ? [malformed.path] : found;
      expect({ ...Object(found), paths: named }).toEqual({
        kind: 'invalid',
        code: 'DecodeError',
        paths: [malformed.path],
      });
    }),
    { numRuns, ...(seed === undefined ? {} : { seed }) },
  );
  expect(await snapshot(store)).toEqual(before);
  expect(Object.keys(Object.prototype)).toEqual([]);
  return counts;
};
