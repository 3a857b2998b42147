import { readFile, writeFile } from 'node:fs/promises';

export const startMarker = '<!-- bench:results:start -->';
export const endMarker = '<!-- bench:results:end -->';

/**
 * Replaces what lies between the markers of the page with `content`. Returns false, changing
 * nothing, when the page lacks either marker: the page's prose is never rewritten.
 */
export const refreshBetweenMarkers = async (path: URL, content: string): Promise<boolean> => {
  const page = await readFile(path, 'utf8');
  const start = page.indexOf(startMarker);
  const end = page.indexOf(endMarker);
  if (start === -1 || end === -1 || end < start) return false;
  const updated = `${page.slice(0, start + startMarker.length)}\n${content}\n${page.slice(end)}`;
  await writeFile(path, updated);
  return true;
};
