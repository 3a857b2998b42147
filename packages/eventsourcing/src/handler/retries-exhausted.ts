import type { VersionConflict } from '../store/errors/version-conflict.js';

/** A command met a version conflict on every attempt; the last conflict is `lastConflict`. */
export class RetriesExhausted extends Error {
  override readonly name = 'RetriesExhausted';
  readonly streamId: string;
  readonly commandId: string;
  readonly attempts: number;
  readonly lastConflict: VersionConflict;

  constructor(details: {
    readonly streamId: string;
    readonly commandId: string;
    readonly attempts: number;
    readonly lastConflict: VersionConflict;
  }) {
    super(
      `Command ${details.commandId} on stream "${details.streamId}" gave up after ${details.attempts} attempts: ` +
        details.lastConflict.message,
      { cause: details.lastConflict },
    );
    this.streamId = details.streamId;
    this.commandId = details.commandId;
    this.attempts = details.attempts;
    this.lastConflict = details.lastConflict;
  }
}
