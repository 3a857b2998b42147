import { escapeForDisplay } from '@parcel-claims/audit';

// The parser's own last line: the options or commands of this program it found near a mistyped one.
const suggestion = /\n(\(Did you mean (?:one of )?[-\w]+(?:, [-\w]+)*\?\))\n$/;

/**
 * An error of the command line parser as written to standard error. The parser quotes the
 * arguments it could not use (`error: unknown option '--zon'`), so its message is escaped for
 * display as a whole, on one line; only its suggestion (`(Did you mean --zone?)`), which names
 * options and commands of this program and never an argument, keeps a line of its own.
 */
export const parserErrorText = (text: string): string => {
  const match = suggestion.exec(text);
  const message = match === null ? text.replace(/\n$/, '') : text.slice(0, match.index);
  return `${escapeForDisplay(message)}\n${match?.[1] === undefined ? '' : `${match[1]}\n`}`;
};
