import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { MissingUpcaster, SchemaVersionAhead, upcast, upcasterRegistry } from '../../src/index.js';
import { accountUpcasters, accountUpcasterTable } from '../support/account-upcasters.js';
import { fixture } from '../support/fixtures.js';

describe('upcast', () => {
  it('lifts Opened v1 step by step to v3', () => {
    expect(
      upcast(accountUpcasters, { type: 'Opened', schemaVersion: 1, data: fixture('opened.v1.json') }, 3),
    ).toEqual(E.right({ owner: 'Ada Lovelace', overdraftLimit: 0 }));
  });

  it('lifts Opened v2 to v3', () => {
    expect(
      upcast(accountUpcasters, { type: 'Opened', schemaVersion: 2, data: fixture('opened.v2.json') }, 3),
    ).toEqual(E.right({ owner: 'Ada Lovelace', overdraftLimit: 0 }));
  });

  it('lifts Deposited v1 to v2', () => {
    expect(
      upcast(
        accountUpcasters,
        { type: 'Deposited', schemaVersion: 1, data: fixture('deposited.v1.json') },
        2,
      ),
    ).toEqual(E.right({ amount: 12, currency: 'EUR' }));
  });

  it('returns data already at the target version untouched', () => {
    const data = { amount: 12, currency: 'EUR' };
    const lifted = upcast(accountUpcasters, { type: 'Deposited', schemaVersion: 2, data }, 2);
    expect(E.isRight(lifted) && lifted.right === data).toBe(true);
  });

  it('applies the steps in version order', () => {
    const applied: string[] = [];
    const step = (name: string) => (data: unknown) => {
      applied.push(name);
      return data;
    };
    const registry = upcasterRegistry({ Noted: { 3: step('3→4'), 1: step('1→2'), 2: step('2→3') } });
    upcast(registry, { type: 'Noted', schemaVersion: 1, data: {} }, 4);
    expect(applied).toEqual(['1→2', '2→3', '3→4']);
  });

  it('names the type and the versions of a missing step', () => {
    const { Opened, ...others } = accountUpcasterTable;
    const withoutSecondStep = upcasterRegistry({ ...others, Opened: { 1: Opened?.[1] ?? ((data) => data) } });
    const lifted = upcast(
      withoutSecondStep,
      { type: 'Opened', schemaVersion: 1, data: fixture('opened.v1.json') },
      3,
    );
    expect(lifted).toEqual(E.left(new MissingUpcaster({ type: 'Opened', fromVersion: 2, targetVersion: 3 })));
    expect(E.isLeft(lifted) && lifted.left.message).toBe(
      'No upcaster for event type "Opened" from schema version 2 to 3 (needed to reach version 3)',
    );
  });

  it('does not find steps on Object.prototype', () => {
    expect(upcast(upcasterRegistry({}), { type: 'constructor', schemaVersion: 1, data: {} }, 2)).toEqual(
      E.left(new MissingUpcaster({ type: 'constructor', fromVersion: 1, targetVersion: 2 })),
    );
  });

  it('refuses data newer than the reader', () => {
    const lifted = upcast(accountUpcasters, { type: 'Deposited', schemaVersion: 3, data: {} }, 2);
    expect(lifted).toEqual(
      E.left(new SchemaVersionAhead({ type: 'Deposited', storedVersion: 3, currentVersion: 2 })),
    );
    expect(E.isLeft(lifted) && lifted.left.message).toBe(
      'Event type "Deposited" is stored at schema version 3, newer than the current version 2',
    );
  });
});
