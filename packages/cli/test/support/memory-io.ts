import type { CliIo } from '../../src/index.js';

/** A CLI run's outputs, kept in memory. */
export interface Captured {
  readonly io: CliIo;
  readonly stdout: () => string;
  readonly stderr: () => string;
  readonly files: ReadonlyMap<string, string>;
}

/** Outputs that are not terminals (unless `tty`), an empty environment (unless `env`), a clock that stands still. */
export const memoryIo = (
  options: { readonly tty?: boolean; readonly env?: Readonly<Record<string, string>> } = {},
): Captured => {
  let stdout = '';
  let stderr = '';
  const files = new Map<string, string>();
  const isTTY = options.tty ?? false;
  return {
    io: {
      stdout: { write: (text) => (stdout += text), isTTY, columns: 120 },
      stderr: { write: (text) => (stderr += text), isTTY, columns: 120 },
      env: options.env ?? {},
      writeFile: async (path, text) => {
        files.set(path, text);
      },
      now: () => 0,
    },
    stdout: () => stdout,
    stderr: () => stderr,
    files,
  };
};
