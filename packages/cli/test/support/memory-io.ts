import type { EventStore } from '@parcel-claims/eventsourcing';
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

/**
 * Outputs that are not terminals (unless `tty`), an empty environment (unless `env`), a clock that
 * stands still. Files live in `files` (a fresh map unless one is shared between runs); with
 * `store`, the URL `memory:` opens that store, so that several runs see one log.
 */
export const memoryIo = (
  options: {
    readonly tty?: boolean;
    readonly env?: Readonly<Record<string, string>>;
    readonly files?: Map<string, string>;
    readonly store?: EventStore;
  } = {},
): Captured => {
  let stdout = '';
  let stderr = '';
  const files = options.files ?? new Map<string, string>();
  const { store } = options;
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
      readFile: async (path) => {
        const text = files.get(path);
        if (text === undefined)
          throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
            code: 'ENOENT',
          });
        return text;
      },
      createFile: async (path, text, mode) => {
        if (files.has(path))
          throw Object.assign(new Error(`EEXIST: file already exists, open '${path}'`), { code: 'EEXIST' });
        files.set(path, text);
        modes.set(path, mode);
      },
      now: () => 0,
      ...(store === undefined
        ? {}
        : {
            openStore: async (url: string) => {
              if (url !== 'memory:') throw new Error(`this test opens only memory:, not ${url}`);
              return { store, kind: 'memory' as const, url, sql: null, close: async () => undefined };
            },
          }),
    },
    stdout: () => stdout,
    stderr: () => stderr,
    files,
    modes,
  };
};
