import * as E from 'fp-ts/lib/Either.js';
import type { BusinessCalendar, CalendarRegistry } from '../calendar/index.js';
import type { Policy } from '../policy/policy.js';
import type { PolicyBook } from '../policy/policy-book.js';
import { unknownPolicy } from '../rules/c1-coverage-terms.js';
import { because, type Rejection } from './rejection.js';
import type { Coverage } from './state.js';

/** What the decider needs besides the command and the state: the terms it may apply. */
export interface DeciderContext {
  readonly policies: PolicyBook;
  readonly calendars: CalendarRegistry;
}

/** A coverage with the policy version and payer calendar it was bought under. */
export interface ClaimTerms {
  readonly coverage: Coverage;
  readonly policy: Policy;
  readonly calendar: BusinessCalendar;
}

/**
 * Resolves the terms a coverage recorded. The calendar is looked up by id, so deadlines computed
 * now use the newest holiday data; deadlines already stored keep the version they were made with.
 */
export const termsOf = (coverage: Coverage, context: DeciderContext): E.Either<Rejection, ClaimTerms> => {
  const policy = context.policies.resolve(coverage.policy);
  if (E.isLeft(policy)) return E.left(unknownPolicy(coverage.policy));
  const calendar = context.calendars.resolve(coverage.payerCalendar.id);
  if (E.isLeft(calendar))
    return E.left({
      code: 'UnknownCalendar',
      rule: 'C1',
      calendarId: coverage.payerCalendar.id,
      reason: calendar.left.message,
      message: because(
        'C1',
        `payer calendar ${coverage.payerCalendar.id} cannot be used: ${calendar.left.message}`,
      ),
    });
  return E.right({ coverage, policy: policy.right, calendar: calendar.right });
};
