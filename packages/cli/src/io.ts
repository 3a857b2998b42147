import { escapeForDisplay, type Painter } from '@parcel-claims/audit';
import type { OpenedStore, OpenStoreOptions } from '@parcel-claims/stores';

/** Where a command writes: a terminal or not, how wide. */
export interface Output {
  /** Writes text as it is, adding no newline. */
  readonly write: (text: string) => void;
  readonly isTTY: boolean;
  readonly columns: number;
  /** The process stream behind it, where a progress bar can draw; absent when not a terminal. */
  readonly stream?: NodeJS.WritableStream;
}

/** Everything a command may touch of its process: its outputs, its environment and the files it writes. */
export interface CliIo {
  readonly stdout: Output;
  readonly stderr: Output;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Writes a file; a test can keep it in memory. */
  readonly writeFile: (path: string, text: string) => Promise<void>;
  /**
   * Creates a new file with the given permission bits, refusing to replace one that exists (the
   * promise rejects with an error whose `code` is `EEXIST`): how keys are written.
   */
  readonly createFile: (path: string, text: string, mode: number) => Promise<void>;
  /** Reads a whole file as UTF-8 text (keys, checkpoints, packs); a test can keep it in memory. */
  readonly readFile: (path: string) => Promise<string>;
  /** Opens the store a URL names; `openStore` of `@parcel-claims/stores` unless a test gives its own. */
  readonly openStore?: (url: string, options: OpenStoreOptions) => Promise<OpenedStore>;
  /** Milliseconds, never going backwards (for rates and ETAs). */
  readonly now: () => number;
}

/** Colour when the output is a terminal and `NO_COLOR` is not set to a non-empty value (no-color.org). */
export const colourEnabled = (output: Output, env: CliIo['env']): boolean =>
  output.isTTY && (env.NO_COLOR === undefined || env.NO_COLOR === '');

const plain: Painter = (_style, text) => text;

/** ANSI SGR codes: on, off. */
const sgr: Readonly<Record<Parameters<Painter>[0], readonly [number, number]>> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
};

const terminal: Painter = (style, text) => `\u001b[${sgr[style][0]}m${text}\u001b[${sgr[style][1]}m`;

/** The painter for an output: terminal colours or none. */
export const painterFor = (output: Output, env: CliIo['env']): Painter =>
  colourEnabled(output, env) ? terminal : plain;

/**
 * An output that removes every given secret from what it writes, also as `escapeForDisplay` shows
 * it (a password with a backslash or a control character in it is written escaped). Longer forms
 * go first, so that no part of a secret is left behind by a shorter one.
 */
export const redacting = (output: Output, secrets: readonly string[]): Output => {
  const hidden = [...new Set(secrets.flatMap((secret) => [secret, escapeForDisplay(secret)]))]
    .filter((secret) => secret.length > 0)
    .sort((a, b) => b.length - a.length);
  if (hidden.length === 0) return output;
  return {
    ...output,
    write: (text) => output.write(hidden.reduce((out, secret) => out.split(secret).join('***'), text)),
  };
};
