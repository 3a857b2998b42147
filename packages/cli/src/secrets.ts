/** The password (and a percent-decoded form of it) of a connection URL, to keep out of every output. */
export const secretsOf = (url: string): string[] => {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/?#@:]*:([^/?#@]*)@/i.exec(url);
  const password = match?.[1];
  if (password === undefined || password.length === 0) return [];
  try {
    const decoded = decodeURIComponent(password);
    return decoded === password ? [password] : [password, decoded];
  } catch {
    return [password];
  }
};
