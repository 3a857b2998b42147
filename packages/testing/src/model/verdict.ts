import type { EventType } from './vocabulary.js';

/** What the model says the service must answer to a command sent for the first time. */
export type Verdict =
  | { readonly kind: 'accepted'; readonly events: readonly EventType[] }
  | { readonly kind: 'rejected'; readonly why: string }
  | { readonly kind: 'unchanged'; readonly why: string };

/** Accepted, writing exactly these events in this order. */
export const accepted = (...events: EventType[]): Verdict => ({ kind: 'accepted', events });
/** Refused; `why` says which rule, in the model's words, for the failure message. */
export const rejected = (why: string): Verdict => ({ kind: 'rejected', why });
/** Accepted with nothing to write. */
export const unchanged = (why: string): Verdict => ({ kind: 'unchanged', why });

/** `accepted [ClaimPaid]`, `rejected (claim is gathering)`. */
export const showVerdict = (v: Verdict): string =>
  v.kind === 'accepted' ? `accepted [${v.events.join(', ')}]` : `${v.kind} (${v.why})`;
