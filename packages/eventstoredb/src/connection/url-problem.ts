/** What is wrong with a URL, before it is told with the masked URL as an `InvalidStoreUrl`. */
export interface UrlProblem {
  readonly option: string | null;
  readonly reason: string;
}

const longestQuoted = 64;

/** A value from the URL, quoted and escaped, cut at 64 characters: for reasons. */
export const quoted = (value: string): string => {
  const characters = [...value];
  return JSON.stringify(
    characters.length > longestQuoted ? `${characters.slice(0, longestQuoted).join('')}…` : value,
  );
};
