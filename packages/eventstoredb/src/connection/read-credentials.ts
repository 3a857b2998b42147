import type { Credentials } from '@eventstore/db-client';
import * as E from 'fp-ts/lib/Either.js';
import type { UrlProblem } from './url-problem.js';

const fault = (reason: string): E.Either<UrlProblem, never> => E.left({ option: null, reason });

const decoded = (text: string): string | undefined => {
  try {
    return decodeURIComponent(text);
  } catch {
    // Malformed percent-encoding: reported by the caller without the text.
    return undefined;
  }
};

/**
 * The user name and password written before the last `@`, percent-decoded: `user:password`,
 * the password being everything after the first `:`. No reason ever quotes them. A raw `/`, `?`
 * or `#` is refused: in a password it must be percent-encoded, and more often it means an `@`
 * in an option value made the credentials swallow the hosts.
 */
export const readCredentials = (
  userinfo: string | undefined,
): E.Either<UrlProblem, Credentials | undefined> => {
  if (userinfo === undefined) return E.right(undefined);
  if (/[/?#]/.test(userinfo)) {
    return fault(
      'the user name or password holds a raw /, ? or #; percent-encode it (%2F, %3F, %23), and an @ in an option value (%40)',
    );
  }
  const colon = userinfo.indexOf(':');
  if (colon === -1) return fault('the part before @ must be user:password');
  const username = decoded(userinfo.slice(0, colon));
  const password = decoded(userinfo.slice(colon + 1));
  if (username === undefined || password === undefined) {
    return fault('the user name or password is not valid percent-encoding; write % as %25');
  }
  if (username === '') return fault('the user name before the password is empty');
  if (password === '') return fault('the password after the user name is empty');
  return E.right({ username, password });
};
