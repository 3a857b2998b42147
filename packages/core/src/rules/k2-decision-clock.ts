import { addWorkingDays, type BusinessCalendar, countWorkingDays, type Deadline } from '../calendar/index.js';
import { because } from '../decider/rejection.js';
import type { Claim, DecisionClock } from '../decider/state.js';
import type { ClaimTerms } from '../decider/terms.js';
import type { PolicyParameters } from '../policy/parameters.js';
import { type Instant, isAfter } from '../time/instant.js';
import type { PartyRole } from '../vocabulary/actor.js';
import type { InformationSource } from '../vocabulary/information.js';
import { rule } from './rule.js';

/**
 * K2: the working days of the decision clock used by `now`: those used before the last pause, and
 * the working days of the payer calendar from when it last ran again up to `now`'s local day.
 * The day a request pauses the clock counts as used; the days it stays paused never count.
 */
export const decisionDaysUsed = (calendar: BusinessCalendar, clock: DecisionClock, now: Instant): number =>
  clock.workingDaysUsed +
  (clock.runningSince === null ? 0 : countWorkingDays(calendar, clock.runningSince, now));

/**
 * K2: the decision due date once an answer resumes the clock at `now`: the working days the
 * insurer had left when it asked, counted from `now`. Never recomputed on replay: the answer stores it.
 */
export const resumedDecisionDue = (
  calendar: BusinessCalendar,
  p: PolicyParameters,
  clock: DecisionClock,
  now: Instant,
): Deadline => addWorkingDays(calendar, now, p.decisionAfterCompleteDossier.value - clock.workingDaysUsed);

/** K2: the insurer asks while its decision clock still has a working day left; asking pauses it. */
export const decisionClockRunning = rule(
  'K2',
  'decision clock still running',
  ({ claim, terms, command }: { claim: Claim; terms: ClaimTerms; command: { data: { now: Instant } } }) => {
    const decisionDays = terms.policy.parameters.decisionAfterCompleteDossier.value;
    const used =
      claim.decisionClock === null
        ? 0
        : decisionDaysUsed(terms.calendar, claim.decisionClock, command.data.now);
    return used < decisionDays
      ? undefined
      : {
          code: 'DecisionClockRunOut',
          rule: 'K2',
          decisionDays,
          workingDaysUsed: used,
          decisionDue: claim.decisionDue,
          message: because(
            'K2',
            `the decision clock of claim ${claim.claimId} has used ${used} of its ${decisionDays} working days; nothing is left to pause`,
          ),
        };
  },
);

/** K2: an answer is due after the request is made. */
export const answerDueAhead = rule(
  'K2',
  'answer due ahead',
  ({ command }: { command: { data: { now: Instant; answerDue: Instant } } }) => {
    const { now, answerDue } = command.data;
    return isAfter(answerDue, now)
      ? undefined
      : {
          code: 'AnswerDueNotAhead',
          rule: 'K2',
          answerDue,
          now,
          message: because('K2', `the answer would be due at ${answerDue}, not after the request at ${now}`),
        };
  },
);

const answers = (askedOf: InformationSource, role: PartyRole): boolean =>
  role === askedOf || (askedOf === 'seller' && role === 'forwarder');

/** K2: the party asked answers (the forwarder may answer for the seller). */
export const answeredByPartyAsked = rule(
  'K2',
  'answered by the party asked',
  ({ claim, command }: { claim: Claim; command: { data: { actor: { role: PartyRole } } } }) => {
    const request = claim.informationRequest;
    const { role } = command.data.actor;
    return request === null || answers(request.askedOf, role)
      ? undefined
      : {
          code: 'NotThePartyAsked',
          rule: 'K2',
          askedOf: request.askedOf,
          role,
          message: because('K2', `the ${request.askedOf} was asked; the ${role} cannot answer for it`),
        };
  },
);
