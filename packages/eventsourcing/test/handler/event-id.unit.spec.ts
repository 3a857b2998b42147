import fc from 'fast-check';
import { v5, validate, version } from 'uuid';
import { describe, expect, it } from 'vitest';
import { eventIdFor, eventIdNamespace } from '../../src/index.js';

describe('eventIdFor', () => {
  it('is a UUID v5 fixed by the command id and the index', () => {
    expect(eventIdFor('command-1', 0)).toBe('86216be4-7139-508f-bdc5-a79d218c98ee');
    expect(eventIdFor('command-1', 1)).toBe('df8ec391-41ba-5b6d-b968-17aac27b4180');
    expect(validate(eventIdFor('command-1', 0)) && version(eventIdFor('command-1', 0))).toBe(5);
  });

  it('differs between commands and between indexes', () => {
    const ids = new Set([eventIdFor('command-1', 0), eventIdFor('command-1', 1), eventIdFor('command-2', 0)]);
    expect(ids.size).toBe(3);
  });
});

describe('eventIdFor agrees with uuid v5', () => {
  it('on any command id and index, full Unicode included', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.uuid(), fc.string(), fc.string({ unit: 'grapheme' })),
        fc.nat(),
        (commandId, index) => {
          expect(eventIdFor(commandId, index)).toBe(v5(`${commandId}/${index}`, eventIdNamespace));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses a command id with a lone surrogate as uuid v5 does', () => {
    expect(() => eventIdFor('command-\ud800', 0)).toThrow(URIError);
  });
});
