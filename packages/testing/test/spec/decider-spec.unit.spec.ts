import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { deciderSpec, SpecFailure } from '../../src/spec/index.js';

type Added = { readonly type: 'Added'; readonly data: { readonly item: string } };
type Add = { readonly items: readonly string[] };

const cart = deciderSpec({
  decide: (command: Add, items: readonly string[]) =>
    command.items.some((i) => items.includes(i))
      ? E.left({ code: 'AlreadyInCart' as const, item: command.items.find((i) => items.includes(i)) ?? '' })
      : E.right(command.items.map((item): Added => ({ type: 'Added', data: { item } }))),
  evolve: (items: readonly string[], event: Added) => [...items, event.data.item],
  initialState: [] as readonly string[],
});

const added = (item: string): Added => ({ type: 'Added', data: { item } });
const failureOf = (run: () => void): SpecFailure | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof SpecFailure ? error : undefined;
  }
};

describe('deciderSpec', () => {
  it('passes when exactly the expected events come, in order', () => {
    cart
      .given([added('tea')])
      .when({ items: ['cup', 'pot'] })
      .thenEmits([added('cup'), added('pot')]);
  });

  it('fails on the same events in another order, naming each differing path', () => {
    const failure = failureOf(() =>
      cart
        .given([])
        .when({ items: ['cup', 'pot'] })
        .thenEmits([added('pot'), added('cup')]),
    );
    expect(failure?.message).toBe(
      [
        'expected 2 event(s) in this order, got 2 that differ',
        '  $[0].data.item: expected "pot", got "cup"',
        '  $[1].data.item: expected "cup", got "pot"',
      ].join('\n'),
    );
  });

  it('fails on a missing or an extra event', () => {
    expect(
      failureOf(() =>
        cart
          .given([])
          .when({ items: ['cup'] })
          .thenEmits([added('cup'), added('pot')]),
      )?.message,
    ).toBe(
      [
        'expected 2 event(s) in this order, got 1 that differ',
        '  $[1]: expected {"type":"Added","data":{"item":"pot"}}, got nothing',
      ].join('\n'),
    );
    expect(
      failureOf(() =>
        cart
          .given([])
          .when({ items: ['cup', 'pot'] })
          .thenNothing(),
      )?.message,
    ).toBe(
      [
        'expected 0 event(s) in this order, got 2 that differ',
        '  $[0]: expected nothing, got {"type":"Added","data":{"item":"cup"}}',
        '  $[1]: expected nothing, got {"type":"Added","data":{"item":"pot"}}',
      ].join('\n'),
    );
  });

  it('checks rejections exactly', () => {
    cart
      .given([added('tea')])
      .when({ items: ['tea'] })
      .thenRejects({ code: 'AlreadyInCart', item: 'tea' });
    expect(
      failureOf(() =>
        cart
          .given([added('tea')])
          .when({ items: ['tea'] })
          .thenRejects({ code: 'AlreadyInCart', item: 'cup' }),
      )?.message,
    ).toBe(['expected another rejection', '  $.item: expected "cup", got "tea"'].join('\n'));
    expect(
      failureOf(() =>
        cart
          .given([])
          .when({ items: ['tea'] })
          .thenRejects({ code: 'AlreadyInCart', item: 'tea' }),
      )?.message,
    ).toBe(
      [
        'expected a rejection, got 1 event(s)',
        '  $: expected {"code":"AlreadyInCart","item":"tea"}, got [{"type":"Added","data":{"item":"tea"}}]',
      ].join('\n'),
    );
  });

  it('fails when events were expected and the command was rejected', () => {
    expect(
      failureOf(() =>
        cart
          .given([added('tea')])
          .when({ items: ['tea'] })
          .thenEmits([added('tea')]),
      )?.differences,
    ).toEqual([
      {
        path: '$',
        expected: '[{"type":"Added","data":{"item":"tea"}}]',
        actual: '{"code":"AlreadyInCart","item":"tea"}',
      },
    ]);
  });
});
