const userinfoPassword = /^([a-z][a-z0-9+.-]*:\/\/[^:@/?#]*):(.*)@/i;
const passwordParameter = /([?&][a-z_]*password=)[^&#]*/gi;
const masked = '***';

/**
 * A connection URL safe to print: the password of the user part and any `…password=` query
 * parameter replaced by `***`. Works on text that is not a valid URL, too.
 *
 * @example
 * maskUrl('postgres://claims:s3cret@db:5432/claims'); // 'postgres://claims:***@db:5432/claims'
 */
export const maskUrl = (url: string): string =>
  url.replace(userinfoPassword, `$1:${masked}@`).replace(passwordParameter, `$1${masked}`);

/** The secrets of a connection URL, raw and decoded, so they can be scrubbed from other text. */
export const urlSecrets = (url: string): readonly string[] => {
  const secrets = new Set<string>();
  const add = (secret: string | undefined) => {
    if (secret === undefined || secret === '') return;
    secrets.add(secret);
    try {
      secrets.add(decodeURIComponent(secret));
    } catch {
      // Not percent-encoded text: the raw form is already listed.
    }
  };
  add(userinfoPassword.exec(url)?.[2]);
  for (const match of url.matchAll(passwordParameter)) add(match[0].slice(match[1]?.length ?? 0));
  return [...secrets];
};

/** `text` with every secret of `url` replaced by `***`. */
export const scrubSecrets = (text: string, url: string): string =>
  urlSecrets(url).reduce((scrubbed, secret) => scrubbed.split(secret).join(masked), text);
