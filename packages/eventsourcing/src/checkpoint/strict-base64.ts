const base64Shape = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Decodes standard base64 (RFC 4648 §4) only in its canonical form: padded, no whitespace, and
 * no stray bits in the last character. Returns undefined for anything else, because Node's own
 * decoder skips what it does not understand and one value would otherwise have many spellings.
 */
export const decodeStrictBase64 = (text: string): Uint8Array | undefined => {
  if (!base64Shape.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? new Uint8Array(bytes) : undefined;
};

export const encodeBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
