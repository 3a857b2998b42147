import { inspect } from 'node:util';

/**
 * Every way an error is usually shown or shipped: `String(error)`, its message, its stack,
 * `JSON.stringify` (bigints as text) and a full `util.inspect` (causes, hidden properties,
 * depth 20). Anything that is not an error is shown by `String` and `inspect` only.
 */
export const errorViews = (error: unknown): string =>
  [
    String(error),
    error instanceof Error ? error.message : '',
    error instanceof Error ? (error.stack ?? '') : '',
    JSON.stringify(error, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)) ??
      '',
    inspect(error, { depth: 20, showHidden: true }),
  ].join('\n');

/**
 * The forms of a secret found in any of the texts, in the order given: empty when none shows.
 *
 * @example
 * secretsShown(['s3cret', 's%33cret'], [errorViews(error), output.text()]); // []
 */
export const secretsShown = (forms: readonly string[], texts: readonly string[]): readonly string[] =>
  forms.filter((form) => texts.some((text) => text.includes(form)));
