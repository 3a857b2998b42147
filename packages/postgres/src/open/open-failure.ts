import { maskUrl, scrubSecrets } from './mask-url.js';
import { OpenStoreFailed } from './open-store-failed.js';

const codeOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;

const reasonOf = (error: unknown): string => {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return error.errors.map(reasonOf).join('; ');
  }
  return error instanceof Error && error.message !== '' ? error.message : String(error);
};

/** The error to throw when opening `url` failed with `error`, with every secret of `url` masked. */
export const openFailure = (url: string, error: unknown): OpenStoreFailed => {
  const code = codeOf(error);
  return new OpenStoreFailed({
    url: maskUrl(url),
    reason: scrubSecrets(reasonOf(error), url),
    ...(code === undefined ? {} : { code }),
  });
};
