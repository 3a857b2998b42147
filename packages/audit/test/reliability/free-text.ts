import { claimCommandRegistry } from '@parcel-claims/core';
import {
  type CommandJson,
  foundingStory,
  foundingStoryAfterPayment,
  foundingStoryParcelId,
} from '@parcel-claims/core/founding-story';
import { inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { createClaimsService } from '@parcel-claims/service';
import fc from 'fast-check';
import { expect } from 'vitest';
import { escapeForDisplay, formatReplay, renderHtmlReport, replayParcel } from '../../src/index.js';
import { hostileUnits, rawCharacter as raw } from '../support/hostile-text.js';

/** What of a codec the walk below reads: an object's fields, an array's element. */
interface Codec {
  readonly _tag?: string;
  readonly is: (u: unknown) => boolean;
  readonly props?: Readonly<Record<string, Codec>>;
  readonly type?: Codec;
}

/** Text no terminal or browser should ever get raw. */
const probe = 'x\n\u001b[2J\u202e\u0000';

/**
 * Paths under `data` of every field whose codec accepts `probe`, in declaration order: dotted,
 * `[]` marking the fields of an array's elements (`pieces[].description`).
 */
const acceptingProbe = (codec: Codec, path: string): string[] =>
  Object.entries(codec.props ?? {}).flatMap(([key, field]) => {
    const here = path === '' ? key : `${path}.${key}`;
    if (field.props !== undefined) return acceptingProbe(field, here);
    if (field._tag === 'ArrayType' && field.type?.props !== undefined)
      return acceptingProbe(field.type, `${here}[]`);
    return field.is(probe) ? [here] : [];
  });

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `data` with `text` at `path` (in every element of an array the path crosses). */
const withField = (
  data: Readonly<Record<string, unknown>>,
  path: readonly string[],
  text: string,
): Readonly<Record<string, unknown>> => {
  const [head, ...rest] = path;
  if (head === undefined) return data;
  const inner = (value: unknown): unknown =>
    rest.length === 0 ? text : isRecord(value) ? withField(value, rest, text) : value;
  if (!head.endsWith('[]')) return { ...data, [head]: inner(data[head]) };
  const key = head.slice(0, -2);
  const items = data[key];
  return Array.isArray(items) ? { ...data, [key]: items.map(inner) } : data;
};

/**
 * Every free-text field of every command, found from the codecs themselves: the fields that
 * accept a newline, ESC, a bidi override and NUL today. By command type.
 */
export const freeTextFields: ReadonlyMap<string, readonly string[]> = new Map(
  Object.values(claimCommandRegistry).map(({ type, codec }): [string, readonly string[]] => [
    type,
    acceptingProbe(codec.props.data, ''),
  ]),
);

/** The founding story up to the submission, then the insurer rejects the claim with an explanation. */
const rejectedStory: readonly CommandJson[] = [
  ...foundingStory.slice(0, 16),
  {
    type: 'RejectClaim',
    data: {
      commandId: '7f1d0c3e-0000-4000-8000-000000000201',
      now: '2026-02-13T02:00:00.000Z',
      actor: { role: 'insurer', id: 'pacific-insurance' },
      parcelId: foundingStoryParcelId,
      claimId: 'TSS-CLAIM-0001',
      reason: 'insufficient-evidence',
      explanation: 'The invoice does not match the declared contents',
    },
  },
];

const insurer = { role: 'insurer', id: 'pacific-insurance' };
const stepOf = (n: number, now: string, actor: object, type: string, fields: object): CommandJson => ({
  type,
  data: {
    commandId: `7f1d0c3e-0000-4000-8000-0000000003${String(n).padStart(2, '0')}`,
    now,
    actor,
    parcelId: foundingStoryParcelId,
    claimId: 'TSS-CLAIM-0001',
    ...fields,
  },
});

/**
 * The founding story up to the submission; the insurer asks the seller for more, which answers;
 * the claim is rejected, appealed with a new document, and accepted in part.
 */
const appealedStory: readonly CommandJson[] = [
  ...foundingStory.slice(0, 16),
  stepOf(1, '2026-02-10T02:00:00.000Z', insurer, 'RequestInformation', {
    question: 'Which courier collected the parcel?',
    askedOf: 'seller',
    answerDue: '2026-02-17T02:00:00.000Z',
  }),
  stepOf(2, '2026-02-11T02:00:00.000Z', { role: 'seller', id: 'seller-a' }, 'AnswerInformationRequest', {
    answer: 'The forwarder collected it at the warehouse',
    contentHash: `sha256:${'a'.repeat(64)}`,
  }),
  stepOf(3, '2026-02-12T02:00:00.000Z', insurer, 'RejectClaim', {
    reason: 'insufficient-evidence',
    explanation: 'The invoice does not match the declared contents',
  }),
  stepOf(4, '2026-02-13T02:00:00.000Z', { role: 'seller', id: 'seller-a' }, 'AppealRejection', {
    grounds: 'The corrected invoice matches the contents',
    documents: [
      {
        documentType: 'proof-of-value',
        reference: 'dossier/appeal/invoice.pdf',
        contentHash: `sha256:${'b'.repeat(64)}`,
      },
    ],
  }),
  stepOf(5, '2026-02-14T02:00:00.000Z', insurer, 'AcceptClaim', {
    provenValue: { minorUnits: 1_280_000, currency: 'CNY' },
    approvedAmount: { minorUnits: 1_000_000, currency: 'CNY' },
    carrierSettlement: null,
    salvageValue: null,
    rates: [],
    partialReason: 'Part of the lens kit was not proven',
    payee: { role: 'seller', partyId: 'seller-a' },
    method: 'bank-transfer',
  }),
];

/** One free-text field of one command of a story. */
interface Place {
  readonly story: 'founding' | 'rejected' | 'after-payment' | 'appealed';
  readonly index: number;
  readonly type: string;
  readonly field: string;
}

const stories = {
  founding: foundingStory,
  rejected: rejectedStory,
  'after-payment': foundingStoryAfterPayment,
  appealed: appealedStory,
} as const;

const places: readonly Place[] = (['founding', 'rejected', 'after-payment', 'appealed'] as const).flatMap(
  (story) =>
    stories[story].flatMap((command, index) =>
      (freeTextFields.get(command.type) ?? [])
        // A nullable field left null is one the story means to leave empty (a full approval states no partial reason).
        .filter((field) => Reflect.get(command.data, field.split('.')[0] ?? field) !== null)
        .map((field) => ({ story, index, type: command.type, field })),
    ),
);

/** The places of each field, so that every field is drawn as often, however often its command occurs. */
const arbPlace: fc.Arbitrary<Place> = fc.oneof(
  ...[...new Set(places.map((p) => `${p.type}.${p.field}`))].map((key) =>
    fc.constantFrom(...places.filter((p) => `${p.type}.${p.field}` === key)),
  ),
);

/** A story with `text` in one field of one command. */
const withText = (place: Place, text: string): readonly CommandJson[] =>
  stories[place.story].map((command, index) =>
    index === place.index
      ? { type: command.type, data: withField(command.data, place.field.split('.'), text) }
      : command,
  );

/** The human-readable outputs of a parcel: the text audit, with the state changes, and the HTML report. */
interface Outputs {
  readonly text: readonly string[];
  readonly changes: readonly string[];
  readonly html: string;
}

const outputsOf = async (commands: readonly CommandJson[]): Promise<Outputs> => {
  let now = '';
  const service = createClaimsService({ store: inMemoryEventStore(), clock: () => now });
  for (const command of commands) {
    now = String(command.data.now);
    const result = await service.execute(command);
    if (result.kind !== 'accepted') throw new Error(`story step refused: ${JSON.stringify(result)}`);
  }
  const replay = replayParcel(await service.history(foundingStoryParcelId));
  return {
    text: formatReplay(replay),
    changes: formatReplay(replay, { changes: true }),
    html: renderHtmlReport(replay, { chain: null }),
  };
};

/** Two plain texts: the lines that differ between them are the lines the field's text is on. */
const plainA = 'PLAIN-TEXT-A';
const plainB = 'PLAIN-TEXT-B';

const baselines = new Map<Place, Promise<readonly [Outputs, Outputs]>>();
const baselineOf = (place: Place): Promise<readonly [Outputs, Outputs]> => {
  const known = baselines.get(place);
  if (known !== undefined) return known;
  const computed = Promise.all([
    outputsOf(withText(place, plainA)),
    outputsOf(withText(place, plainB)),
  ] as const);
  baselines.set(place, computed);
  return computed;
};

const entities = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

/** Any text a codec accepts as free text: full Unicode code points (controls among them), with hostile runs mixed in. */
export const arbFreeText = fc
  .string({
    unit: fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...hostileUnits) },
      { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    ),
    minLength: 1,
    maxLength: 40,
  })
  .filter((text) => text.trim().length > 0);

/** What a generated text held that a terminal or a browser would act on, for the figures of a run. */
const kinds: readonly (readonly [string, (text: string) => boolean])[] = [
  ['line break (LF, CR, NEL, U+2028, U+2029)', (text) => /[\n\r\u0085\u2028\u2029]/.test(text)],
  ['ESC', (text) => text.includes('\u001b')],
  ['bidi control', (text) => /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(text)],
  ['NUL', (text) => text.includes('\u0000')],
  ['any control, format or separator character', (text) => /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(text)],
  ['backslash', (text) => text.includes('\\')],
  ['none of these', (text) => /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}\\]*$/u.test(text)],
];

/** How many runs went to each field, and how many texts held each kind of character. */
export interface FreeTextFigures {
  readonly byField: ReadonlyMap<string, number>;
  readonly byKind: ReadonlyMap<string, number>;
}

/**
 * For `runs` generated texts, each in a generated free-text field of a story: the text audit has
 * the lines it has for a plain text, the same lines apart from the field's own text, which is
 * escaped; with the state changes, the same number of lines and every line not about the field
 * unchanged; the HTML report is the plain one with the field's text escaped and as HTML text.
 * No output holds a raw control, format, separator or surrogate character (the report's own
 * newlines aside).
 */
export const assertFreeTextStaysInItsLines = async (runs: number): Promise<FreeTextFigures> => {
  const byField = new Map<string, number>();
  const byKind = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(arbPlace, arbFreeText, async (place, text) => {
      const [a, b] = await baselineOf(place);
      const got = await outputsOf(withText(place, text));
      const shown = escapeForDisplay(text);

      expect(got.text).toHaveLength(a.text.length);
      expect(got.text).toEqual(
        a.text.map((line, i) => (line === b.text[i] ? line : line.split(plainA).join(shown))),
      );

      expect(got.changes).toHaveLength(a.changes.length);
      got.changes.forEach((line, i) => {
        if (a.changes[i] === b.changes[i]) expect(line).toBe(a.changes[i]);
        expect(line).not.toMatch(raw);
      });

      expect(got.html).toBe(a.html.split(plainA).join(entities(shown)));
      expect(got.html.replaceAll('\n', '')).not.toMatch(raw);
      for (const line of got.text) expect(line).not.toMatch(raw);

      const key = `${place.type}.${place.field}`;
      byField.set(key, (byField.get(key) ?? 0) + 1);
      for (const [kind, holds] of kinds) if (holds(text)) byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    }),
    { numRuns: runs },
  );
  return { byField, byKind };
};

/** The command fields the stories exercise, as `Type.field`. */
export const exercisedFields: readonly string[] = [...new Set(places.map((p) => `${p.type}.${p.field}`))];
