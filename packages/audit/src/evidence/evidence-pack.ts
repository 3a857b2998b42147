import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { jsonForDisplay } from '../display-text.js';

const decimal = /^(?:0|[1-9][0-9]*)$/;

/** A non-negative whole number written as a decimal string in JSON, a bigint once read. */
const Decimal = new t.Type<bigint, string, unknown>(
  'DecimalString',
  (u): u is bigint => typeof u === 'bigint' && u >= 0n,
  (u, c) => (typeof u === 'string' && decimal.test(u) ? t.success(BigInt(u)) : t.failure(u, c)),
  (n) => n.toString(),
);

/** A leaf index: a safe non-negative integer. */
const LeafIndex = new t.Type<number, number, unknown>(
  'LeafIndex',
  (u): u is number => typeof u === 'number' && Number.isSafeInteger(u) && u >= 0,
  (u, c) => (typeof u === 'number' && Number.isSafeInteger(u) && u >= 0 ? t.success(u) : t.failure(u, c)),
  (n) => n,
);

/** 32 bytes as 64 lowercase hex digits. */
const HexHash = new t.Type<string, string, unknown>(
  'HexHash',
  (u): u is string => typeof u === 'string' && /^[0-9a-f]{64}$/.test(u),
  (u, c) => (typeof u === 'string' && /^[0-9a-f]{64}$/.test(u) ? t.success(u) : t.failure(u, c)),
  (s) => s,
);

const PackMetadata = t.intersection([
  t.type({
    commandId: t.string,
    correlationId: t.string,
    causationId: t.string,
    recordedAt: t.string,
    schemaVersion: t.number,
    actor: t.union([t.null, t.type({ role: t.string, id: t.string })]),
    previousHash: t.union([t.string, t.null]),
    hash: t.string,
  }),
  t.partial({ commandDigest: t.string, hashVersion: t.number }),
]);

const PackEvent = t.type({
  streamId: t.string,
  revision: Decimal,
  position: Decimal,
  eventId: t.string,
  type: t.string,
  data: t.unknown,
  metadata: PackMetadata,
  leafIndex: LeafIndex,
  inclusionProof: t.array(HexHash),
});

const PackDocument = t.type({
  revision: Decimal,
  documentType: t.string,
  providedBy: t.string,
  reference: t.string,
  contentHash: t.string,
});

/** The `format` tag of an evidence pack. */
export const evidencePackFormat = 'parcel-claims/evidence-pack';

/** The io-ts codec of an evidence pack: JSON (decimal strings) in, bigints out, and back. */
export const EvidencePackCodec = t.type({
  format: t.literal(evidencePackFormat),
  version: t.literal(1),
  streamId: t.string,
  checkpoint: t.string,
  events: t.array(PackEvent),
  documents: t.array(PackDocument),
});

/**
 * An evidence pack: a signed checkpoint and one claim stream's events under it, each with its
 * leaf index and inclusion proof, and the content hashes of the documents attached. docs/audit.md
 * describes each field.
 */
export type EvidencePack = t.TypeOf<typeof EvidencePackCodec>;

/** One event of an {@link EvidencePack}. */
export type PackEvent = t.TypeOf<typeof PackEvent>;

/** One document of an {@link EvidencePack}: what its `DocumentAttached` event (at `revision`) says. */
export type PackDocument = t.TypeOf<typeof PackDocument>;

/** Why a text is not an evidence pack: the JSON path of the first malformed value, and what it should be. */
export interface MalformedPack {
  readonly path: string;
  readonly message: string;
}

/** A pack read from JSON text, or the first malformed value in it. */
export type ParsePackResult =
  | { readonly ok: true; readonly pack: EvidencePack }
  | { readonly ok: false; readonly problem: MalformedPack };

const wrappers = new Set(['IntersectionType', 'UnionType']);

const hasTag = (type: t.Decoder<unknown, unknown>): type is t.Decoder<unknown, unknown> & { _tag: string } =>
  '_tag' in type && typeof type._tag === 'string';

/** The JSON path of an io-ts context: `$.events[3].metadata.hash`. */
const pathOf = (context: t.Context): string => {
  let path = '$';
  for (const [i, entry] of context.entries()) {
    const parent = context[i - 1];
    if (parent === undefined) continue;
    const parentTag = hasTag(parent.type) ? parent.type._tag : '';
    if (wrappers.has(parentTag)) continue;
    path += parentTag === 'ArrayType' ? `[${entry.key}]` : `.${entry.key}`;
  }
  return path;
};

/** Writes a pack as JSON text (two-space indented, final newline). */
export const packToJson = (pack: EvidencePack): string =>
  `${JSON.stringify(EvidencePackCodec.encode(pack), null, 2)}\n`;

/**
 * Reads an evidence pack from its JSON text, naming the JSON path of the first value that is
 * missing or malformed. Never throws.
 *
 * @example
 * const parsed = parsePack(await readFile('pack.json', 'utf8'));
 * if (!parsed.ok) console.error(`${parsed.problem.path}: ${parsed.problem.message}`);
 */
export const parsePack = (json: string): ParsePackResult => {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return {
      ok: false,
      problem: { path: '$', message: `not JSON: ${error instanceof Error ? error.message : String(error)}` },
    };
  }
  const decoded = EvidencePackCodec.decode(value);
  if (E.isRight(decoded)) return { ok: true, pack: decoded.right };
  const [first] = decoded.left;
  if (first === undefined) return { ok: false, problem: { path: '$', message: 'not an evidence pack' } };
  const expected = first.context[first.context.length - 1]?.type.name ?? 'a value';
  const found = first.value === undefined ? 'nothing' : jsonForDisplay(first.value);
  return {
    ok: false,
    problem: {
      path: pathOf(first.context),
      message: `expected ${expected}, found ${found.length > 80 ? `${found.slice(0, 77)}...` : found}`,
    },
  };
};
