import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { PositiveInteger } from '../calendar/index.js';
import { closed } from '../codec/closed.js';
import {
  type DecodeProblem,
  decodeErrorFrom,
  decodeProblems,
  type ProblemList,
} from '../codec/decode-error.js';
import { inputLimits } from '../codec/input-limits.js';
import { withMaxLength } from '../codec/max-length.js';
import { PolicyParameters } from './parameters.js';

export interface PolicyIdBrand {
  readonly PolicyId: unique symbol;
}
/** Lower-case letters, digits, `.` and `-`, starting with a letter or digit, at most 64 long. */
export const PolicyId = withMaxLength(
  t.brand(
    t.string,
    (s): s is t.Branded<string, PolicyIdBrand> =>
      s.length <= inputLimits.policyIdLength && /^[a-z0-9][a-z0-9.-]*$/.test(s),
    'PolicyId',
  ),
  inputLimits.policyIdLength,
);
export type PolicyId = t.TypeOf<typeof PolicyId>;

/** A policy's identity as recorded on the coverage: the terms in force when insurance was bought. */
export const PolicyRef = closed({ id: PolicyId, version: PositiveInteger });
export type PolicyRef = t.TypeOf<typeof PolicyRef>;

/** A versioned set of claim terms. A changed parameter is a new version; old versions stay resolvable. */
export const Policy = closed({ id: PolicyId, version: PositiveInteger, parameters: PolicyParameters });
export type Policy = t.TypeOf<typeof Policy>;

/** Why a policy was refused: each problem with the JSON path it concerns (the first 100, and how many more). */
export interface PolicyInvalid extends ProblemList {
  readonly code: 'PolicyInvalid';
  readonly message: string;
}

const crossFieldProblems = (p: PolicyParameters): DecodeProblem[] => {
  const problems: DecodeProblem[] = [];
  if (
    p.filingDeadline.value <= p.inquiryWaitingPeriod.value &&
    p.filingDeadline.value <= p.noMovementPeriod.value
  )
    problems.push({
      path: '$.parameters.filingDeadline.value',
      expected: 'more days than inquiryWaitingPeriod or noMovementPeriod, or no loss inquiry could ever open',
      found: String(p.filingDeadline.value),
    });
  if (
    p.filingDeadline.value <= p.internationalInquiryWaitingPeriod.value &&
    p.filingDeadline.value <= p.internationalNoMovementPeriod.value
  )
    problems.push({
      path: '$.parameters.filingDeadline.value',
      expected:
        'more days than internationalInquiryWaitingPeriod or internationalNoMovementPeriod, or no loss inquiry on an international parcel could ever open',
      found: String(p.filingDeadline.value),
    });
  if (p.theftNoticeWindow.value < p.theftWaitingPeriod.value)
    problems.push({
      path: '$.parameters.theftNoticeWindow.value',
      expected: `at least theftWaitingPeriod (${p.theftWaitingPeriod.value}), or no theft-after-delivery claim could ever open`,
      found: String(p.theftNoticeWindow.value),
    });
  if (p.carrierDocumentGraceLimit.value < p.carrierDocumentGrace.value)
    problems.push({
      path: '$.parameters.carrierDocumentGraceLimit.value',
      expected: `at least carrierDocumentGrace (${p.carrierDocumentGrace.value})`,
      found: String(p.carrierDocumentGraceLimit.value),
    });
  return problems;
};

const invalid = (list: ProblemList): PolicyInvalid => {
  const { problems, omitted, message } = decodeErrorFrom('policy', list);
  return { code: 'PolicyInvalid', problems, omitted, message };
};

/**
 * Decodes and checks a policy from untrusted input (a JSON file, a database row).
 *
 * @example
 * const policy = validatePolicy(JSON.parse(text));
 * if (E.isLeft(policy)) console.error(policy.left.message);
 */
export const validatePolicy = (input: unknown): E.Either<PolicyInvalid, Policy> => {
  const decoded = Policy.decode(input);
  if (E.isLeft(decoded)) return E.left(invalid(decodeProblems(decoded.left)));
  const problems = crossFieldProblems(decoded.right.parameters);
  return problems.length === 0 ? decoded : E.left(invalid({ problems, omitted: 0 }));
};
