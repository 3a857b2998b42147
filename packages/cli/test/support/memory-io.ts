import type { CliIo } from '../../src/index.js';

/** A CLI run's outputs, kept in memory. */
export interface Captured {
  readonly io: CliIo;
  readonly stdout: () => string;
  readonly stderr: () => string;
  readonly files: ReadonlyMap<string, string>;
  /** The permission bits each file made with `createFile` was given. */
  readonly modes: ReadonlyMap<string, number>;
}

/** Outputs that are not terminals (unless `tty`), an empty environment (unless `env`), a clock that stands still. */
export const memoryIo = (
  options: { readonly tty?: boolean; readonly env?: Readonly<Record<string, string>> } = {},
): Captured => {
  let stdout = '';
  let stderr = '';
  const files = new Map<string, string>();
  const modes = new Map<string, number>();
  const isTTY = options.tty ?? false;
  return {
    io: {
      stdout: { write: (text) => (stdout += text), isTTY, columns: 120 },
      stderr: { write: (text) => (stderr += text), isTTY, columns: 120 },
      env: options.env ?? {},
      writeFile: async (path, text) => {
        files.set(path, text);
      },
      createFile: async (path, text, mode) => {
        if (files.has(path))
          throw Object.assign(new Error(`EEXIST: file already exists, open '${path}'`), { code: 'EEXIST' });
        files.set(path, text);
        modes.set(path, mode);
      },
      now: () => 0,
    },
    stdout: () => stdout,
    stderr: () => stderr,
    files,
    modes,
  };
};
