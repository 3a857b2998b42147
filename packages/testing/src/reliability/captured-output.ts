import { inspect } from 'node:util';
import { vi } from 'vitest';

/** What code printed while a test ran. */
export interface CapturedOutput {
  /** Everything printed since the capture began, in order, one piece per line. */
  readonly text: () => string;
  /** Puts the console and the process streams back as they were. */
  readonly restore: () => void;
}

const consoleMethods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/**
 * Captures, and keeps off the test's own output, everything printed through `console` and
 * everything written straight to `process.stdout` and `process.stderr` (where libraries such
 * as `debug` write). For checking that a secret is printed by nobody, including a dependency.
 *
 * @example
 * const output = captureOutput();
 * try {
 *   await openStore(url);
 * } finally {
 *   output.restore();
 * }
 * expect(output.text()).not.toContain(password);
 */
export const captureOutput = (): CapturedOutput => {
  const printed: string[] = [];
  const spies = [
    ...consoleMethods.map((method) =>
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        printed.push(
          args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg, { depth: 20 }))).join(' '),
        );
      }),
    ),
    ...[process.stdout, process.stderr].map((stream) =>
      vi.spyOn(stream, 'write').mockImplementation((chunk: unknown) => {
        printed.push(chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : String(chunk));
        return true;
      }),
    ),
  ];
  return {
    text: () => printed.join('\n'),
    restore: () => {
      for (const spy of spies) spy.mockRestore();
    },
  };
};
