import type { Actor } from '../store/event-metadata.js';

/** One command to handle, with everything that comes from outside the domain. */
export interface CommandRequest<Command> {
  readonly streamId: string;
  readonly command: Command;
  /** Unique per command and stable across its retries: event ids are derived from it. */
  readonly commandId: string;
  /** ISO 8601 instant from the caller's clock, recorded as each event's `recordedAt`. */
  readonly now: string;
  readonly metadata?: {
    /** Default: the command id. */
    readonly correlationId?: string;
    /** Default: the command id. */
    readonly causationId?: string;
    /** Default: null. */
    readonly actor?: Actor | null;
  };
}
