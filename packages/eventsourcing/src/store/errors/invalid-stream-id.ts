/** A stream id outside the form every store accepts (see `isValidStreamId`). Nothing was read or written. */
export class InvalidStreamId extends Error {
  override readonly name = 'InvalidStreamId';
  readonly streamId: string;

  constructor(details: { readonly streamId: string }) {
    // The id itself may be huge or hold control characters: the message shows a short, escaped form.
    const shown = JSON.stringify(details.streamId.slice(0, 80));
    super(
      `Stream id ${shown}${details.streamId.length > 80 ? '…' : ''} is not valid: ` +
        'it must be 1 to 256 characters, letters, digits, ".", "_", ":", "@" or "-", starting with a letter or digit',
    );
    this.streamId = details.streamId;
  }
}
