import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { ClaimCommand, ClaimEvent } from '../../src/index.js';
import { cmd, event } from '../support/builders.js';
import { t as at } from '../support/founding-story.js';

const paths = (errors: t.Errors): string[] =>
  errors.map((error) => error.context.map((entry) => entry.key).join('.'));

describe('the ClaimEvent and ClaimCommand codecs: one codec per type, chosen by `type`', () => {
  const pickedUp = event({
    type: 'ParcelPickedUp',
    data: { at: at.pickedUp, commandId: '00000000-0000-4000-8000-000000000003' },
  });

  it('accepts an event of a known type as its own codec does, and encodes it as it is', () => {
    expect([ClaimEvent.is(pickedUp), ClaimEvent.decode(pickedUp), ClaimEvent.encode(pickedUp)]).toEqual([
      true,
      E.right(pickedUp),
      pickedUp,
    ]);
  });

  it('refuses a value whose type names no event, or that has no type, or is no object', () => {
    const values: unknown[] = [
      { type: 'ParcelTeleported', data: pickedUp.data },
      { data: pickedUp.data },
      { type: 7, data: pickedUp.data },
      null,
      'ParcelPickedUp',
    ];
    expect(values.map((value) => ClaimEvent.is(value))).toEqual([false, false, false, false, false]);
    expect(values.map((value) => E.isLeft(ClaimEvent.decode(value)))).toEqual([true, true, true, true, true]);
    const unknown = ClaimEvent.decode({ type: 'ParcelTeleported', data: pickedUp.data });
    expect(E.isLeft(unknown) ? unknown.left.map((error) => error.message) : []).toEqual([
      'ClaimEvent: no type ParcelTeleported',
    ]);
  });

  it('reports a wrong field at its path within the shape the type names', () => {
    const wrong = ClaimEvent.decode({ type: 'ParcelPickedUp', data: { ...pickedUp.data, at: 'yesterday' } });
    expect(E.isLeft(wrong) ? paths(wrong.left) : []).toEqual(['.data.at']);
  });

  it('checks a command by its own type too', () => {
    const book = cmd.bookParcel(1, at.pickedUp);
    expect([ClaimCommand.is(book), ClaimCommand.is({ ...book, type: 'PayClaim' })]).toEqual([true, false]);
  });
});
