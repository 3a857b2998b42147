/**
 * A command whose content (as the handler's `encodeCommand` gives it) has no canonical JSON form,
 * so the digest that every stored command records cannot be computed. Nothing was written.
 */
export class UndigestibleCommand extends Error {
  override readonly name = 'UndigestibleCommand';
  readonly streamId: string;
  readonly commandId: string;
  /** Why the content has no canonical form, e.g. `NaN is not allowed`. */
  readonly reason: string;

  constructor(details: { readonly streamId: string; readonly commandId: string; readonly reason: string }) {
    super(
      `Command ${details.commandId} on stream "${details.streamId}" has no canonical JSON form, so its digest cannot be recorded: ${details.reason}`,
    );
    this.streamId = details.streamId;
    this.commandId = details.commandId;
    this.reason = details.reason;
  }
}
