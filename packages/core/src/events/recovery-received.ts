import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { ClaimId, NonEmptyText } from '../ids.js';
import { addMoney, Money } from '../money/index.js';
import { defineEvent } from './define-event.js';
import { changeFollowUp } from './follow-up-draft.js';

/** The carrier paid `amount` of the recovery; `full` once everything filed has come back. */
export const recoveryReceived = defineEvent(
  'RecoveryReceived',
  { claimId: ClaimId, amount: Money, reference: NonEmptyText, full: t.boolean },
  (draft, data) => {
    changeFollowUp(draft, (f) => {
      const recovery = f.recovery;
      if (recovery === null) return f;
      // N3 keeps what was received within what was filed, so the sum cannot overflow.
      const received = E.getOrElse(() => recovery.received)(addMoney(recovery.received, data.amount));
      return { ...f, recovery: { ...recovery, received, full: data.full } };
    });
  },
);
