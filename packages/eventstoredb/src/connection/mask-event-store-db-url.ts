import { optionNamed } from './connection-options.js';
import { urlParts } from './url-parts.js';
import { visibleControls } from './visible-controls.js';

const masked = '***';

const maskedUserinfo = (userinfo: string): string => {
  const colon = userinfo.indexOf(':');
  return colon === -1 ? masked : `${userinfo.slice(0, colon)}:${masked}`;
};

const maskedOption = (piece: string): string => {
  const equals = piece.indexOf('=');
  if (equals === -1) return piece;
  const name = piece.slice(0, equals);
  return optionNamed(name) === undefined ? `${name}=${masked}` : piece;
};

/**
 * An EventStoreDB URL safe to print: the password replaced by `***` (everything before the
 * last `@` but the user name), the value of every option that is not a known one too (it may be
 * a secret written in the wrong place), control characters escaped. Works on any text.
 *
 * @example
 * maskEventStoreDbUrl('esdb://admin:changeit@localhost:2113?tls=false&pass=x');
 * // 'esdb://admin:***@localhost:2113?tls=false&pass=***'
 */
export const maskEventStoreDbUrl = (url: string): string => {
  const parts = urlParts(url);
  const scheme = parts.scheme === '' ? '' : `${parts.scheme}://`;
  const credentials = parts.userinfo === undefined ? '' : `${maskedUserinfo(parts.userinfo)}@`;
  const query = parts.query === undefined ? '' : `?${parts.query.map(maskedOption).join('&')}`;
  return visibleControls(`${scheme}${credentials}${parts.hosts}${parts.path}${query}`);
};
