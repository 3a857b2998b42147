import type { Command } from 'commander';
import { type ExitCode, exitCodes } from './exit-codes.js';
import type { CliIo } from './io.js';
import { jsonText } from './json-text.js';

/** The end of every command's help: what its exit code means. */
export const exitCodeHelp = `
Exit codes:
  0  done; for audit, verify and verify-pack: nothing wrong found
  1  something is wrong or missing: a broken hash chain, an event that no longer decodes, a rule
     violation, a parcel without events, no store where the URL points, a log that does not match
     a checkpoint, a checkpoint the keys do not accept, an evidence pack that does not verify
  2  wrong usage: an unknown command or option, a bad or missing value, a store that cannot do
     what was asked, a file that cannot be read or written or does not hold what it should
  3  the work could not be done: the store cannot be reached or opened, or an unexpected error
With --json, standard output holds one JSON document, or nothing when the command stops on an
error, which standard error names.`;

/** What every command accepts from the conventions: `--json`. */
export interface JsonFlag {
  readonly json?: boolean;
}

/**
 * A command of `parcel-claims` that follows the conventions: `--json`, and the exit codes at the
 * end of its help. Every command is declared through it.
 */
export const defineCommand = (program: Command, name: string, description: string): Command =>
  program
    .command(name)
    .description(description)
    .option('--json', 'print the result as one JSON document')
    .addHelpText('after', exitCodeHelp);

/** Says on standard error what is wrong with how `command` was called; exit code 2. */
export const usageError = (io: CliIo, command: string, text: string): ExitCode => {
  io.stderr.write(`parcel-claims ${command}: ${text}\n`);
  return exitCodes.usage;
};

/**
 * Prints a command's result on standard output: `json` as indented JSON (bigints as decimal
 * strings) with `--json`, else the lines of `text`.
 */
export const printResult = (
  io: CliIo,
  flags: JsonFlag,
  result: { readonly json: unknown; readonly text: () => readonly string[] },
): void => {
  io.stdout.write(flags.json === true ? `${jsonText(result.json)}\n` : `${result.text().join('\n')}\n`);
};
