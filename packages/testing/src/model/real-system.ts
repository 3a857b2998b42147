import type { EventStore } from '@parcel-claims/eventsourcing';
import type { ClaimsService, CommandResult } from '@parcel-claims/service';

/** The system under test: the claims service and the store it writes to. */
export interface ClaimsReal {
  readonly service: ClaimsService;
  readonly store: EventStore;
}

/** A result in a line: `accepted [ClaimPaid]`, `rejected: R8 paid once…: …`. */
export const showResult = (result: CommandResult): string => {
  switch (result.kind) {
    case 'accepted':
    case 'already-applied':
      return `${result.kind} [${result.events.map((e) => e.type).join(', ')}] at revision ${result.revision}`;
    case 'rejected':
      return `rejected: ${result.rejection.message}`;
    case 'invalid':
      return `invalid: ${result.error.message}`;
    case 'unchanged':
      return 'unchanged';
    case 'command-id-reused':
      return `command-id-reused: ${result.message}`;
  }
};
