import { inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { describe, expect, it } from 'vitest';
import type { CommandResult } from '../src/index.js';
import { booking, expectManyFieldsRefused, onEmptyStore, refused, serviceOn } from './support/edge.js';
import { input, parcelId } from './support/story.js';

/** `levels` arrays, each the only item of the one around it: `[[[]]]` for 3. */
const nested = (levels: number): unknown => {
  let value: unknown = [];
  for (let level = 1; level < levels; level += 1) value = [value];
  return value;
};

/** The paths of the problems of an invalid result, or the result's kind. */
const pathsOf = (result: CommandResult): unknown =>
  result.kind === 'invalid' ? result.error.problems.map((problem) => problem.path) : result.kind;

// Pads a booking with undeclared fields of up to 1,000 characters to exactly `bytes` of JSON.
const bookingOfBytes = (bytes: number): { readonly input: unknown; readonly fields: number } => {
  let padding: Record<string, string> = {};
  const size = (fields: Record<string, string>) => Buffer.byteLength(JSON.stringify(booking(fields)));
  for (let index = 0; ; index += 1) {
    const key = `pad${index}`;
    const room = bytes - size({ ...padding, [key]: '' });
    if (room < 0) throw new Error(`cannot pad a booking to ${bytes} bytes`);
    // Leave room for the next field's name when this one does not take the rest.
    const length = room <= 1_000 ? room : Math.min(1_000, room - 20);
    padding = { ...padding, [key]: 'x'.repeat(length) };
    if (length === room) return { input: booking(padding), fields: index + 1 };
  }
};

describe('the size of a command body', () => {
  it('65,536 bytes of JSON pass the limit (to be refused for their undeclared fields); one more byte is refused at $', async () => {
    await onEmptyStore(async (execute) => {
      const atLimit = bookingOfBytes(65_536);
      expect(pathsOf(await execute(atLimit.input))).toEqual(
        Array.from({ length: atLimit.fields }, (_, index) => `$.data.pad${index}`),
      );
      expect(await execute(bookingOfBytes(65_537).input)).toEqual(
        refused('command', '$', 'at most 65,536 bytes of JSON', 'more than 65,536 bytes'),
      );
    });
  });

  it('counts text in UTF-8 as JSON writes it: 2,000 characters that JSON escapes take 12,000 bytes', async () => {
    await onEmptyStore(async (execute) => {
      const escaped = '\u0001'.repeat(2_000);
      const fields = Object.fromEntries(Array.from({ length: 5 }, (_, index) => [`pad${index}`, escaped]));
      expect(await execute(booking({ ...fields, contents: escaped }))).toEqual(
        refused('command', '$', 'at most 65,536 bytes of JSON', 'more than 65,536 bytes'),
      );
    });
  });

  // 1,000,000 in the soak run (input-limits.soak.ts).
  it('20,000 undeclared fields are refused at $ for their size', async () => {
    await expectManyFieldsRefused(20_000);
  });
});

describe('the nesting of a command body', () => {
  it('16 levels pass the limit; a 17th is refused at the path of the value that goes past it', async () => {
    await onEmptyStore(async (execute) => {
      // The command is level 1, its data level 2, the undeclared field's array level 3.
      expect(pathsOf(await execute(booking({ extra: nested(14) })))).toEqual(['$.data.extra']);
      expect(await execute(booking({ extra: nested(15) }))).toEqual(
        refused(
          'command',
          `$.data.extra${'[0]'.repeat(14)}`,
          'at most 16 levels of nesting',
          'more than 16 levels',
        ),
      );
    });
  });

  it('100,000 levels of arrays are refused at the 17th level without overflowing the stack', async () => {
    await onEmptyStore(async (execute) => {
      expect(await execute(booking({ contents: nested(100_000) }))).toEqual(
        refused(
          'command',
          `$.data.contents${'[0]'.repeat(14)}`,
          'at most 16 levels of nesting',
          'more than 16 levels',
        ),
      );
      expect(await execute(nested(100_000))).toEqual(
        refused('command', `$${'[0]'.repeat(16)}`, 'at most 16 levels of nesting', 'more than 16 levels'),
      );
    });
  });

  it('a value that holds itself is refused at the 17th level', async () => {
    await onEmptyStore(async (execute) => {
      const cyclic: { self?: unknown } = {};
      cyclic.self = cyclic;
      expect(await execute(booking({ contents: cyclic }))).toEqual(
        refused(
          'command',
          `$.data.contents${'.self'.repeat(14)}`,
          'at most 16 levels of nesting',
          'more than 16 levels',
        ),
      );
    });
  });
});

describe('arrays and strings in a command body', () => {
  it('an array of 1,000 items passes the limit; 1,001 are refused at the array, naming the count', async () => {
    await onEmptyStore(async (execute) => {
      expect(pathsOf(await execute(booking({ extra: Array(1_000).fill(0) })))).toEqual(['$.data.extra']);
      expect(await execute(booking({ extra: Array(1_001).fill(0) }))).toEqual(
        refused('command', '$.data.extra', 'at most 1,000 items', '1,001 items'),
      );
      expect(await execute(booking({ extra: new Array(2 ** 32 - 1) }))).toEqual(
        refused('command', '$.data.extra', 'at most 1,000 items', '4,294,967,295 items'),
      );
    });
  });

  it('a string of 2,000 characters passes the limit; 2,001 are refused at the string, naming the length', async () => {
    await onEmptyStore(async (execute) => {
      expect(pathsOf(await execute(booking({ extra: 'x'.repeat(2_000) })))).toEqual(['$.data.extra']);
      expect(await execute(booking({ contents: 'x'.repeat(2_001) }))).toEqual(
        refused('command', '$.data.contents', 'at most 2,000 characters', '2,001 characters'),
      );
      expect(await execute({ type: 'B'.repeat(1_000_000), data: input.bookParcel })).toEqual(
        refused('command', '$.type', 'at most 2,000 characters', '1,000,000 characters'),
      );
    });
  });

  it('a field name of 2,001 characters is refused at that field, its name shortened in the path', async () => {
    await onEmptyStore(async (execute) => {
      expect(await execute(booking({ ['k'.repeat(2_001)]: 1 }))).toEqual(
        refused(
          'command',
          `$.data["${'k'.repeat(64)}"...]`,
          'a field name of at most 2,000 characters',
          '2,001 characters',
        ),
      );
    });
  });
});

describe('text that no store can keep', () => {
  it('a lone surrogate in free text is invalid at its path, not a store error at append', async () => {
    await onEmptyStore(async (execute) => {
      expect(await execute(booking({ contents: 'shoes \udc00' }))).toEqual(
        refused(
          'command BookParcel',
          '$.data.contents',
          'NonEmptyText',
          'a lone surrogate (\\udc00) at index 6',
        ),
      );
    });
  });
});

describe('correlation and causation ids', () => {
  const book = { type: 'BookParcel', data: input.bookParcel };

  it('of 256 characters are recorded as given', async () => {
    const store = inMemoryEventStore();
    const service = serviceOn(store);
    const correlationId = 'c'.repeat(256);
    const causationId = `cause é 😀 ${'d'.repeat(243)}`;
    expect((await service.execute(book, { correlationId, causationId })).kind).toBe('accepted');
    const [booked] = await service.history(parcelId);
    expect([booked?.metadata.correlationId, booked?.metadata.causationId]).toEqual([
      correlationId,
      causationId,
    ]);
  });

  it.each([
    [
      '257 characters',
      { correlationId: 'c'.repeat(257) },
      '$.correlationId',
      'TraceId of at most 256 characters',
      '257 characters',
    ],
    [
      'a lone surrogate',
      { causationId: 'web\ud800hook' },
      '$.causationId',
      'TraceId',
      'a lone surrogate (\\ud800) at index 3',
    ],
    ['a NUL', { correlationId: 'order\u000042' }, '$.correlationId', 'TraceId', '"order\\u000042"'],
    [
      'a line break',
      { causationId: 'hook\nHash chain intact.' },
      '$.causationId',
      'TraceId',
      '"hook\\nHash chain intact."',
    ],
    ['nothing in it', { correlationId: '' }, '$.correlationId', 'TraceId', '""'],
    ['not a string', { correlationId: 42 }, '$.correlationId', 'TraceId', '42'],
  ])(
    'with %s are invalid at their path, and nothing is stored',
    async (_what, call, path, expected, found) => {
      await onEmptyStore(async (execute) => {
        // A caller without the types can pass anything as the options.
        expect(await Reflect.apply(execute, undefined, [book, call])).toEqual(
          refused('call options', path, expected, found),
        );
      });
    },
  );
});
