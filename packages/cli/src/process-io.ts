import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { CliIo, Output } from './io.js';

const outputOf = (stream: NodeJS.WriteStream): Output => ({
  write: (text) => {
    stream.write(text);
  },
  isTTY: stream.isTTY === true,
  columns: stream.columns ?? 80,
  ...(stream.isTTY === true ? { stream } : {}),
});

/** The real process: its standard output and error, environment, file system and clock. */
export const processIo = (): CliIo => ({
  stdout: outputOf(process.stdout),
  stderr: outputOf(process.stderr),
  env: process.env,
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  readFile: (path) => readFile(path, 'utf8'),
  createFile: (path, text, mode) => writeFile(path, text, { encoding: 'utf8', mode, flag: 'wx' }),
  now: () => performance.now(),
});
