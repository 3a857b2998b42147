import { readdirSync, readFileSync } from 'node:fs';
import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { claimSchemas } from '../../src/codec/json-schema.js';
import { definitionSummary, payloadDocs, payloadExamples } from '../../src/codec/payload-docs.js';
import { ClaimCommand, ClaimEvent, claimCommandTypes, claimEventTypes } from '../../src/index.js';

const root = new URL('../../../../', import.meta.url);
const src = new URL('../../src/', import.meta.url);
const generated = payloadDocs((path) => readFileSync(new URL(path, src), 'utf8'));

/** Every file under a directory, as paths from the repository's root. */
const filesUnder = (directory: string): string[] =>
  readdirSync(new URL(directory, root), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath.slice(new URL(root).pathname.length)}/${entry.name}`)
    .sort();

describe('the schemas and payload pages in docs/ are what `pnpm generate` writes from the registries', () => {
  it('docs/schemas holds exactly the generated files', () => {
    const expected = generated
      .map((file) => file.path)
      .filter((path) => path.startsWith('docs/schemas/'))
      .sort();
    expect(filesUnder('docs/schemas')).toEqual(expected);
  });

  it.each(generated.map((file) => [file.path, file.text] as const))('%s is up to date', (path, text) => {
    expect(readFileSync(new URL(path, root), 'utf8')).toBe(text);
  });
});

describe('the schemas cover every type of the registries, one document each, with its $id', () => {
  const files = claimSchemas(() => 'Summary.');

  it('a command schema per command type and an event schema per event type, then the two unions', () => {
    expect(files.map((file) => file.path)).toEqual([
      ...claimCommandTypes.map((type) => `commands/${type}.schema.json`),
      ...claimEventTypes.map((type) => `events/${type}.schema.json`),
      'ClaimCommand.schema.json',
      'ClaimEvent.schema.json',
    ]);
  });

  it('each names draft 2020-12 and an $id ending in its own path', () => {
    for (const { path, schema } of files) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(
        `https://raw.githubusercontent.com/parcel-claims/parcel-claims/main/docs/schemas/${path}`,
      );
    }
  });
});

/** The type a value decodes to, and the value encoded again; undefined when it does not decode. */
const decodedAgain =
  <A extends { readonly type: string }, O>(codec: t.Type<A, O>) =>
  (value: unknown) => {
    const decoded = codec.decode(value);
    return E.isRight(decoded)
      ? { type: decoded.right.type, encoded: codec.encode(decoded.right) }
      : undefined;
  };

describe('every example on the payload pages decodes with the real codec, as the value it shows', () => {
  const { commands, events } = payloadExamples();

  it.each([
    ['command', commands, claimCommandTypes, decodedAgain(ClaimCommand)],
    ['event', events, claimEventTypes, decodedAgain(ClaimEvent)],
  ] as const)(
    'one example per %s type, in the order of the registry, each decoding to itself',
    (_, examples, types, roundTrip) => {
      expect(examples.map((example) => example.type)).toEqual(types);
      for (const example of examples)
        expect(roundTrip(example.value)).toEqual({ type: example.type, encoded: example.value });
    },
  );

  it('the stories give the examples of the types they send; the codecs alone the rest', () => {
    expect(commands.filter((example) => example.source.startsWith('written')).map((e) => e.type)).toEqual([
      'ExtendDocumentDeadline',
      'RequestInformation',
      'AnswerInformationRequest',
      'RejectClaim',
      'AppealRejection',
      'WithdrawClaim',
      'GrantDelegation',
      'RevokeDelegation',
    ]);
    expect(commands.find((example) => example.type === 'PayClaim')?.source).toBe('the founding story');
  });
});

describe('definitionSummary reads the doc comment on a definition', () => {
  it('the last comment before `define…(<type>`, as one line', () => {
    const source = [
      '/** Not this one. */',
      'const x = 1;',
      '/**',
      ' * The insurer pays',
      ' * the approved amount.',
      ' */',
      "export const payClaim = defineCommand(\n  'PayClaim',",
    ].join('\n');
    expect(definitionSummary(source, 'PayClaim')).toBe('The insurer pays the approved amount.');
  });

  it('a definition without a doc comment is an error naming the type', () => {
    expect(() => definitionSummary("export const payClaim = defineCommand('PayClaim',", 'PayClaim')).toThrow(
      'no doc comment on the definition of PayClaim',
    );
  });
});
