import * as t from 'io-ts';

export interface ContentHashBrand {
  readonly ContentHash: unique symbol;
}

/** SHA-256 of a document's bytes, computed by the caller: `sha256:` and 64 lower-case hex digits. */
export const ContentHash = t.brand(
  t.string,
  (s): s is t.Branded<string, ContentHashBrand> => /^sha256:[0-9a-f]{64}$/.test(s),
  'ContentHash',
);
export type ContentHash = t.TypeOf<typeof ContentHash>;
