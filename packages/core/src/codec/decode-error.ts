import * as t from 'io-ts';
import { moreUndeclaredFields, undeclaredField } from './closed.js';
import { describeValue } from './describe-value.js';
import { formatCount } from './format-count.js';
import { inputLimits } from './input-limits.js';
import { pathTo } from './json-path.js';
import { loneSurrogateText } from './lone-surrogate.js';
import { maxLengthOf } from './max-length.js';

/** One thing wrong with an input: where (a JSON path from `$`), what was expected, what was found. */
export interface DecodeProblem {
  readonly path: string;
  readonly expected: string;
  readonly found: string;
}

/**
 * The problems of an input: the first `inputLimits.problemsListed` (100) described, and how many
 * more there are, counted exactly but not described, so that input with a million problems
 * makes an error no larger than input with a hundred.
 */
export interface ProblemList {
  readonly problems: readonly DecodeProblem[];
  readonly omitted: number;
}

/** Input that does not match a codec. Nothing is decoded partially. */
export interface DecodeError extends ProblemList {
  readonly code: 'DecodeError';
  readonly subject: string;
  readonly message: string;
}

// io-ts records which member of a union it tried as a numeric key; that index is not in the JSON.
const isUnionMember = (context: t.Context, index: number): boolean =>
  context[index - 1]?.type instanceof t.UnionType;

// io-ts names the root by the key '' (any other '' is a field of that name).
const pathOf = (context: t.Context): string =>
  context.reduce((path, entry, index) => {
    if ((index === 0 && entry.key === '') || isUnionMember(context, index)) return path;
    return pathTo(path, entry.key);
  }, '$');

/**
 * What was found, said so that it explains the refusal: a string longer than its field takes by
 * its length against the limit, one with a lone surrogate by where that is, anything else by its
 * JSON.
 */
const problemOf = (error: t.ValidationError, path: string): DecodeProblem => {
  const codec = error.context[error.context.length - 1]?.type;
  const value = error.value;
  if (codec === undefined) return { path, expected: 'unknown', found: describeValue(value) };
  if (typeof value === 'string' && codec !== undeclaredField) {
    const max = maxLengthOf(codec);
    if (max !== undefined && value.length > max)
      return {
        path,
        expected: `${codec.name} of at most ${formatCount(max)} characters`,
        found: `${formatCount(value.length)} characters`,
      };
    const lone = loneSurrogateText(value);
    if (lone !== undefined) return { path, expected: codec.name, found: lone };
  }
  return { path, expected: codec.name, found: describeValue(value) };
};

/** How many undeclared fields a closed shape counted without listing them, or undefined for any other error. */
const countedFields = (error: t.ValidationError): number | undefined => {
  const last = error.context[error.context.length - 1];
  return last?.type === moreUndeclaredFields && typeof error.value === 'number' ? error.value : undefined;
};

/**
 * io-ts validation errors as path-precise problems, one per path: the first
 * `inputLimits.problemsListed` described, the others only counted.
 */
export const decodeProblems = (errors: t.Errors): ProblemList => {
  const listed = new Map<string, DecodeProblem>();
  const unlisted = new Set<string>();
  let counted = 0;
  for (const error of errors) {
    const more = countedFields(error);
    if (more !== undefined) {
      counted += more;
      continue;
    }
    const path = pathOf(error.context);
    const seen = listed.get(path);
    if (seen !== undefined) {
      const { expected } = problemOf(error, path);
      listed.set(path, { ...seen, expected: `${seen.expected} | ${expected}` });
    } else if (listed.size < inputLimits.problemsListed) listed.set(path, problemOf(error, path));
    else unlisted.add(path);
  }
  return { problems: [...listed.values()], omitted: counted + unlisted.size };
};

/**
 * The error for `problems` of an input named `subject`: its message lists each problem and ends
 * with `and 999,900 more problems` when some were only counted.
 */
export const decodeErrorFrom = (subject: string, { problems, omitted }: ProblemList): DecodeError => {
  const lines = problems.map((p) => `${p.path}: expected ${p.expected}, found ${p.found}`);
  if (omitted > 0) lines.push(`and ${formatCount(omitted)} more problem${omitted === 1 ? '' : 's'}`);
  return {
    code: 'DecodeError',
    subject,
    problems,
    omitted,
    message: `invalid ${subject}: ${lines.join('; ')}`,
  };
};

/** Turns io-ts validation errors into path-precise problems, one per path. */
export const decodeError = (subject: string, errors: t.Errors): DecodeError =>
  decodeErrorFrom(subject, decodeProblems(errors));
