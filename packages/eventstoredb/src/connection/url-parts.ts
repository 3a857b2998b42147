/** A URL cut into its parts as written, before anything is decoded or checked. */
export interface UrlParts {
  /** `esdb`, `esdb+discover`, … ; empty when the text has no `scheme://`. */
  readonly scheme: string;
  /**
   * Everything before the last `@`: `user:password`. The last, not the first, so that a raw `@`
   * in a password can only hide more of the URL when it is shown, never show part of a password.
   */
  readonly userinfo: string | undefined;
  /** The host list, up to a `/` or the `?`. */
  readonly hosts: string;
  /** From a `/` after the hosts up to the `?`; empty when there is none. */
  readonly path: string;
  /** The `name=value` pieces after the first `?`, split at `&`; undefined without a `?`. */
  readonly query: readonly string[] | undefined;
}

const schemePattern = /^([a-z][a-z0-9+.-]*):\/\//i;

/**
 * Cuts a connection URL into scheme, credentials, hosts, path and options, as written.
 *
 * @example
 * urlParts('esdb://admin:changeit@node1:2113,node2?tls=false');
 * // { scheme: 'esdb', userinfo: 'admin:changeit', hosts: 'node1:2113,node2', path: '', query: ['tls=false'] }
 */
export const urlParts = (url: string): UrlParts => {
  const scheme = schemePattern.exec(url);
  const rest = scheme === null ? url : url.slice(scheme[0].length);
  const at = rest.lastIndexOf('@');
  const located = rest.slice(at + 1);
  const questionMark = located.indexOf('?');
  const beforeQuery = questionMark === -1 ? located : located.slice(0, questionMark);
  const slash = beforeQuery.indexOf('/');
  return {
    scheme: scheme?.[1] ?? '',
    userinfo: at === -1 ? undefined : rest.slice(0, at),
    hosts: slash === -1 ? beforeQuery : beforeQuery.slice(0, slash),
    path: slash === -1 ? '' : beforeQuery.slice(slash),
    query: questionMark === -1 ? undefined : located.slice(questionMark + 1).split('&'),
  };
};
