import * as t from 'io-ts';

/** One thing wrong with an input: where (a JSON path from `$`), what was expected, what was found. */
export interface DecodeProblem {
  readonly path: string;
  readonly expected: string;
  readonly found: string;
}

/** Input that does not match a codec. Nothing is decoded partially. */
export interface DecodeError {
  readonly code: 'DecodeError';
  readonly subject: string;
  readonly problems: readonly DecodeProblem[];
  readonly message: string;
}

/** The JSON text of a value, or null for what JSON cannot write (a BigInt, a cycle, a function). */
const jsonText = (value: unknown): string | null => {
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    return null;
  }
};

/** A short description of an offending value; values JSON cannot write (a BigInt) are named by kind. */
export const describeValue = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  const json = jsonText(value);
  if (json === null) return typeof value;
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
};

// io-ts records which member of a union it tried as a numeric key; that index is not in the JSON.
const isUnionMember = (context: t.Context, index: number): boolean =>
  context[index - 1]?.type instanceof t.UnionType;

const pathOf = (context: t.Context): string =>
  context.reduce((path, entry, index) => {
    if (entry.key === '' || isUnionMember(context, index)) return path;
    return /^\d+$/.test(entry.key) ? `${path}[${entry.key}]` : `${path}.${entry.key}`;
  }, '$');

const problemOf = (error: t.ValidationError): DecodeProblem => {
  const last = error.context[error.context.length - 1];
  return {
    path: pathOf(error.context),
    expected: last?.type.name ?? 'unknown',
    found: describeValue(error.value),
  };
};

/** io-ts validation errors as path-precise problems, one per path. */
export const decodeProblems = (errors: t.Errors): DecodeProblem[] => {
  const byPath = new Map<string, DecodeProblem>();
  for (const error of errors) {
    const problem = problemOf(error);
    const seen = byPath.get(problem.path);
    byPath.set(
      problem.path,
      seen === undefined ? problem : { ...seen, expected: `${seen.expected} | ${problem.expected}` },
    );
  }
  return [...byPath.values()];
};

/** Turns io-ts validation errors into path-precise problems, one per path. */
export const decodeError = (subject: string, errors: t.Errors): DecodeError => {
  const problems = decodeProblems(errors);
  const lines = problems.map((p) => `${p.path}: expected ${p.expected}, found ${p.found}`);
  return { code: 'DecodeError', subject, problems, message: `invalid ${subject}: ${lines.join('; ')}` };
};
