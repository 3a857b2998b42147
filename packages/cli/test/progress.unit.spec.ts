import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressBar } from '../src/progress.js';
import { memoryIo } from './support/memory-io.js';

/** A terminal-like stream that keeps what is drawn on it. */
const fakeTerminal = () => {
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
  let drawn = '';
  stream.on('data', (chunk: Buffer) => {
    drawn += chunk.toString('utf8');
  });
  return { stream, drawn: () => drawn };
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences are what is removed
const withoutEscapes = (text: string): string => text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');

describe('progressBar', () => {
  it('draws label, percentage, count, rate and ETA on a terminal', async () => {
    const terminal = fakeTerminal();
    const base = memoryIo({ tty: true });
    let clock = 0;
    const io = {
      ...base.io,
      stderr: { ...base.io.stderr, stream: terminal.stream },
      now: () => {
        clock += 500;
        return clock;
      },
    };
    const bar = progressBar(io, 'verify', 'events');
    bar.update(50, 100);
    bar.update(100, 100);
    const rate = bar.stop();
    await new Promise((resolve) => setImmediate(resolve));
    const text = withoutEscapes(terminal.drawn());
    // Two frames between saving and restoring the cursor; the bar's glyphs left out.
    expect(text.replace(/[█░]/g, '')).toBe(
      '\u001b7verify  50% | 50/100 events | 100/s | ETA 0sverify  100% | 100/100 events | 100/s | ETA 0s\u001b8\n',
    );
    // Started at 500 ms, the updates read 1000 and 1500 ms: 100 events in one second.
    expect(rate).toBe(100);
  });

  it('draws a label and a unit holding control or bidi characters escaped', async () => {
    const terminal = fakeTerminal();
    const base = memoryIo({ tty: true });
    const io = { ...base.io, stderr: { ...base.io.stderr, stream: terminal.stream } };
    const bar = progressBar(io, 'verify\u001b[2J', 'events\u202e');
    bar.update(1, 2);
    bar.stop();
    await new Promise((resolve) => setImmediate(resolve));
    const text = withoutEscapes(terminal.drawn()).replace(/[█░]/g, '');
    expect(text).toBe(
      `\u001b7${String.raw`verify\u001b[2J  50% | 1/2 events\u202e | 0/s | ETA 0s`}\u001b8\n`,
    );
  });

  it('draws nothing when standard error is not a terminal, and still measures the rate', () => {
    const terminal = fakeTerminal();
    const base = memoryIo();
    let clock = 0;
    const io = {
      ...base.io,
      stderr: { ...base.io.stderr, stream: terminal.stream },
      now: () => (clock += 1000),
    };
    const bar = progressBar(io, 'rebuild', 'events');
    bar.update(10, 10);
    expect([bar.stop(), terminal.drawn(), base.stderr()]).toEqual([10, '', '']);
  });
});
