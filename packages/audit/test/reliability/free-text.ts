import { ClaimCommand } from '@parcel-claims/core';
import { inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { createClaimsService } from '@parcel-claims/service';
import { type CommandJson, foundingStory, foundingStoryParcelId } from '@parcel-claims/testing/fixtures';
import fc from 'fast-check';
import { expect } from 'vitest';
import { escapeForDisplay, formatReplay, renderHtmlReport, replayParcel } from '../../src/index.js';

/** What of a codec the walk below reads. */
interface Codec {
  readonly is: (u: unknown) => boolean;
  readonly props?: Readonly<Record<string, Codec>>;
}

/** Text no terminal or browser should ever get raw. */
const probe = 'x\n\u001b[2J\u202e\u0000';

/** Dotted paths under `data` of every field whose codec accepts `probe`, in declaration order. */
const acceptingProbe = (codec: Codec, path: string): string[] =>
  Object.entries(codec.props ?? {}).flatMap(([key, field]) => {
    const here = path === '' ? key : `${path}.${key}`;
    if (field.props !== undefined) return acceptingProbe(field, here);
    return field.is(probe) ? [here] : [];
  });

/**
 * Every free-text field of every command, found from the codecs themselves: the fields that
 * accept a newline, ESC, a bidi override and NUL today. By command type.
 */
export const freeTextFields: ReadonlyMap<string, readonly string[]> = new Map(
  ClaimCommand.types.map((codec): [string, readonly string[]] => [
    codec.props.type.value,
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

/** One free-text field of one command of a story. */
interface Place {
  readonly story: 'founding' | 'rejected';
  readonly index: number;
  readonly type: string;
  readonly field: string;
}

const stories = { founding: foundingStory, rejected: rejectedStory } as const;

const places: readonly Place[] = (['founding', 'rejected'] as const).flatMap((story) =>
  stories[story].flatMap((command, index) =>
    (freeTextFields.get(command.type) ?? []).map((field) => ({ story, index, type: command.type, field })),
  ),
);

/** A story with `text` in one field of one command. */
const withText = (place: Place, text: string): readonly CommandJson[] =>
  stories[place.story].map((command, index) =>
    index === place.index ? { type: command.type, data: { ...command.data, [place.field]: text } } : command,
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

/** Controls, format characters (bidi among them), line and paragraph separators, lone surrogates. */
const raw = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

const entities = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

/** Characters that move, hide, reorder or end text, whole terminal sequences, and look-alikes of escapes. */
const hostileUnit = fc.constantFrom(
  '\n',
  '\r',
  '\t',
  '\u0000',
  '\u0007',
  '\u0008',
  '\u001b',
  '\u001b[2J',
  '\u001b[1A\u001b[2K',
  '\u001b]8;;https://evil.example/\u001b\\',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u061c',
  '\u00ad',
  '\u200b',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u2028',
  '\u2029',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\ufeff',
  '\u{e0041}',
  '\\',
  '\\n',
  '\\u001b',
  '"',
  '<b>',
  '&amp;',
  'Hash chain intact.',
);

/** Any text a codec accepts as free text: full Unicode code points (controls among them), with hostile runs mixed in. */
export const arbFreeText = fc
  .string({
    unit: fc.oneof(
      { weight: 2, arbitrary: hostileUnit },
      { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    ),
    minLength: 1,
    maxLength: 40,
  })
  .filter((text) => text.trim().length > 0);

/**
 * For `runs` generated texts, each in a generated free-text field of a story: the text audit has
 * the lines it has for a plain text, the same lines apart from the field's own text, which is
 * escaped; with the state changes, the same number of lines and every line not about the field
 * unchanged; the HTML report is the plain one with the field's text escaped and as HTML text.
 * No output holds a raw control, format, separator or surrogate character (the report's own
 * newlines aside). Returns how many runs went to each field.
 */
export const assertFreeTextStaysInItsLines = async (runs: number): Promise<ReadonlyMap<string, number>> => {
  const counts = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...places), arbFreeText, async (place, text) => {
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
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }),
    { numRuns: runs },
  );
  return counts;
};

/** The command fields the stories exercise, as `Type.field`. */
export const exercisedFields: readonly string[] = [...new Set(places.map((p) => `${p.type}.${p.field}`))];
