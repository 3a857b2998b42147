import * as t from 'io-ts';
import { inputLimits } from './codec/input-limits.js';
import { withMaxLength } from './codec/max-length.js';

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** ASCII letters, digits and `._:-`, starting with a letter or digit, at most 128 long. */
const isId = (s: string): boolean => s.length <= inputLimits.idLength && ID.test(s);

export interface ParcelIdBrand {
  readonly ParcelId: unique symbol;
}
/** The forwarder's parcel number; also names the stream `parcel-<id>`. */
export const ParcelId = withMaxLength(
  t.brand(t.string, (s): s is t.Branded<string, ParcelIdBrand> => isId(s), 'ParcelId'),
  inputLimits.idLength,
);
export type ParcelId = t.TypeOf<typeof ParcelId>;

export interface ClaimIdBrand {
  readonly ClaimId: unique symbol;
}
/** The id of a claim, chosen by the caller who opens it. */
export const ClaimId = withMaxLength(
  t.brand(t.string, (s): s is t.Branded<string, ClaimIdBrand> => isId(s), 'ClaimId'),
  inputLimits.idLength,
);
export type ClaimId = t.TypeOf<typeof ClaimId>;

export interface PartyIdBrand {
  readonly PartyId: unique symbol;
}
/** A seller, forwarder, carrier or insurer, as the embedding service names them. */
export const PartyId = withMaxLength(
  t.brand(t.string, (s): s is t.Branded<string, PartyIdBrand> => isId(s), 'PartyId'),
  inputLimits.idLength,
);
export type PartyId = t.TypeOf<typeof PartyId>;

export interface CommandIdBrand {
  readonly CommandId: unique symbol;
}
/** A lower-case UUID chosen by the caller; repeating a command with the same id changes nothing. */
export const CommandId = t.brand(
  t.string,
  (s): s is t.Branded<string, CommandIdBrand> => UUID.test(s),
  'CommandId',
);
export type CommandId = t.TypeOf<typeof CommandId>;

export interface NonEmptyTextBrand {
  readonly NonEmptyText: unique symbol;
}
/**
 * Free text of 1 to 2,000 UTF-16 code units that is not only whitespace and holds no lone
 * surrogate (which has no UTF-8 form: no store could keep it).
 */
export const NonEmptyText = withMaxLength(
  t.brand(
    t.string,
    (s): s is t.Branded<string, NonEmptyTextBrand> =>
      s.length <= inputLimits.textLength && s.trim().length > 0 && s.isWellFormed(),
    'NonEmptyText',
  ),
  inputLimits.textLength,
);
export type NonEmptyText = t.TypeOf<typeof NonEmptyText>;

export interface TraceIdBrand {
  readonly TraceId: unique symbol;
}

// C0 and C1 control characters and DEL (Unicode's Cc): a trace id is one line of plain text.
const CONTROL = /\p{Cc}/u;

/**
 * A correlation or causation id a caller passes along with a command: 1 to 256 UTF-16 code units
 * of well-formed text without control characters. Stores keep it as given in each event's metadata.
 */
export const TraceId = withMaxLength(
  t.brand(
    t.string,
    (s): s is t.Branded<string, TraceIdBrand> =>
      s.length >= 1 && s.length <= inputLimits.traceIdLength && s.isWellFormed() && !CONTROL.test(s),
    'TraceId',
  ),
  inputLimits.traceIdLength,
);
export type TraceId = t.TypeOf<typeof TraceId>;

export interface PieceIdBrand {
  readonly PieceId: unique symbol;
}
/** One piece of a parcel, named by the booking: unique within the parcel. */
export const PieceId = withMaxLength(
  t.brand(t.string, (s): s is t.Branded<string, PieceIdBrand> => isId(s), 'PieceId'),
  inputLimits.idLength,
);
export type PieceId = t.TypeOf<typeof PieceId>;
