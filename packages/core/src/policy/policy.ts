import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { PathReporter } from 'io-ts/lib/PathReporter.js';
import { PositiveInteger } from '../calendar/index.js';
import { PolicyParameters } from './parameters.js';

export interface PolicyIdBrand {
  readonly PolicyId: unique symbol;
}
export const PolicyId = t.brand(
  t.string,
  (s): s is t.Branded<string, PolicyIdBrand> => /^[a-z0-9][a-z0-9.-]{0,63}$/.test(s),
  'PolicyId',
);
export type PolicyId = t.TypeOf<typeof PolicyId>;

/** A policy's identity as recorded on the coverage: the terms in force when insurance was bought. */
export const PolicyRef = t.type({ id: PolicyId, version: PositiveInteger });
export type PolicyRef = t.TypeOf<typeof PolicyRef>;

/** A versioned set of claim terms. A changed parameter is a new version; old versions stay resolvable. */
export const Policy = t.type({ id: PolicyId, version: PositiveInteger, parameters: PolicyParameters });
export type Policy = t.TypeOf<typeof Policy>;

/** Why a policy was refused: each problem with the JSON path it concerns. */
export interface PolicyInvalid {
  readonly code: 'PolicyInvalid';
  readonly problems: readonly string[];
  readonly message: string;
}

const crossFieldProblems = (p: PolicyParameters): string[] => {
  const problems: string[] = [];
  if (
    p.filingDeadline.value <= p.inquiryWaitingPeriod.value &&
    p.filingDeadline.value <= p.noMovementPeriod.value
  )
    problems.push(
      'parameters.filingDeadline: must be longer than inquiryWaitingPeriod or noMovementPeriod, or no loss inquiry could ever open',
    );
  if (p.carrierDocumentGraceLimit.value < p.carrierDocumentGrace.value)
    problems.push('parameters.carrierDocumentGraceLimit: must not be shorter than carrierDocumentGrace');
  return problems;
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
  const problems = E.isLeft(decoded)
    ? PathReporter.report(decoded)
    : crossFieldProblems(decoded.right.parameters);
  if (E.isRight(decoded) && problems.length === 0) return decoded;
  return E.left({ code: 'PolicyInvalid', problems, message: `policy is invalid: ${problems.join('; ')}` });
};
