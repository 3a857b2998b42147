import { defaultSchema } from '@parcel-claims/postgres';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { auditCommand } from './commands/audit.js';
import { demoCommand } from './commands/demo.js';
import { keygenCommand } from './commands/keygen.js';
import { readModelNames, rebuildCommand } from './commands/rebuild.js';
import { reportCommand } from './commands/report.js';
import { verifyCommand } from './commands/verify.js';
import { exitCodes } from './exit-codes.js';
import { type CliIo, redacting } from './io.js';
import { defaultStoreUrl, type StoreAccess, withStore } from './open.js';
import { parserErrorText } from './parser-error.js';
import { secretsOf } from './secrets.js';

const exitCodeHelp = `
Exit codes:
  0  done; for audit and verify: nothing wrong found
  1  something is wrong: a broken hash chain, a rule violation, a parcel without events
  2  wrong usage, a store that cannot be opened or read, or is not there (audit, verify and
     report only read: they never create a store), a file that cannot be written`;

const wholeNumber =
  (name: string) =>
  (value: string): number => {
    if (!/^\d{1,9}$/.test(value)) throw new InvalidArgumentError(`${name} must be a whole number from 0`);
    return Number(value);
  };

/** The URL a command was given in `--store` (or the default). */
const storeOptions = (command: Command): Command =>
  command
    .addOption(
      new Option('--store <url>', 'memory:, pglite:<dir>, postgres://… or esdb://…').default(defaultStoreUrl),
    )
    .option('--schema <name>', 'PostgreSQL schema of the events (and read models)', defaultSchema);

interface StoreFlags {
  readonly store: string;
  readonly schema: string;
}

/** The store of a command that only reads: nothing is created, migrated or written. */
const reading = (flags: StoreFlags): StoreAccess => ({
  url: flags.store,
  schema: flags.schema,
  readOnly: true,
});

/** The store of a command that writes: created and migrated if need be. */
const writing = (flags: StoreFlags): StoreAccess => ({
  url: flags.store,
  schema: flags.schema,
  readOnly: false,
});

const asOfOptions = (command: Command): Command =>
  command
    .option('--as-of <instant>', 'only events recorded up to this ISO 8601 UTC instant')
    .option('--revision <n>', 'only events up to this stream revision (0-based)')
    .option('--zone <zone>', 'IANA time zone times are shown in (default: the payer calendar)');

/**
 * Runs the `parcel-claims` command with the given arguments (without `node` and the script) and
 * returns its exit code. Everything it prints goes to `io`, with passwords of store URLs removed.
 *
 * @example
 * process.exitCode = await run(process.argv.slice(2), processIo());
 */
export const run = async (argv: readonly string[], io: CliIo): Promise<number> => {
  const secrets = argv.flatMap(secretsOf);
  const out = { ...io, stdout: redacting(io.stdout, secrets), stderr: redacting(io.stderr, secrets) };
  let code: number = exitCodes.ok;

  const program = new Command('parcel-claims')
    .description('Audit parcel insurance claims recorded with parcel-claims: replay, verify, report.')
    .showHelpAfterError()
    .addHelpText('after', exitCodeHelp)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => out.stdout.write(text),
      writeErr: (text) => out.stderr.write(text),
      outputError: (text, write) => write(parserErrorText(text)),
    });

  storeOptions(
    program
      .command('demo')
      .description('write the founding story, and generated realistic claims, to the store'),
  )
    .option('--claims <n>', 'also write this many generated claims', wholeNumber('--claims'), 0)
    .option('--seed <n>', 'seed of the generated claims (same seed, same claims)', wholeNumber('--seed'), 42)
    .addHelpText('after', exitCodeHelp)
    .action(async (options: StoreFlags & { claims: number; seed: number }) => {
      code = await withStore(out, writing(options), (opened) =>
        demoCommand(opened.store, opened.url, out, { claims: options.claims, seed: options.seed }),
      );
    });

  asOfOptions(
    storeOptions(
      program
        .command('audit')
        .description("a parcel's timeline: each event, the deadlines in force, the rules that allowed it")
        .argument('<parcelId>', 'the parcel to audit')
        .option('--json', 'print the replay as JSON')
        .option('--changes', 'also list what each event changed in the state'),
    ),
  )
    .addHelpText('after', exitCodeHelp)
    .action(
      async (
        parcelId: string,
        options: StoreFlags & {
          json?: boolean;
          changes?: boolean;
          asOf?: string;
          revision?: string;
          zone?: string;
        },
      ) => {
        code = await withStore(out, reading(options), (opened) =>
          auditCommand(opened.store, out, parcelId, options),
        );
      },
    );

  storeOptions(
    program
      .command('verify')
      .description('check the hash chains of a parcel, or of every stream with --all')
      .argument('[parcelId]', 'the parcel to verify')
      .option('--all', 'verify every stream in the store'),
  )
    .addHelpText('after', exitCodeHelp)
    .action(async (parcelId: string | undefined, options: StoreFlags & { all?: boolean }) => {
      if ((parcelId === undefined) === (options.all !== true)) {
        out.stderr.write('parcel-claims verify: give a parcel id or --all (not both)\n');
        code = exitCodes.failure;
        return;
      }
      const target = parcelId === undefined ? { all: true as const } : { parcelId };
      code = await withStore(out, reading(options), (opened) => verifyCommand(opened.store, out, target));
    });

  storeOptions(
    program
      .command('rebuild')
      .description('empty a read model and replay every parcel into it')
      .argument('<projection>', `${[...readModelNames, 'all'].join(', ')}`)
      .option(
        '--read-models <url>',
        'the pglite: or postgres:// database of the read models (default: the store, when it is one)',
      ),
  )
    .addHelpText('after', exitCodeHelp)
    .action(async (projection: string, options: StoreFlags & { readModels?: string }) => {
      // Into the store's own database, rebuild writes there (and creates the store like demo);
      // into another database, it only reads the events.
      const events = options.readModels === undefined ? writing(options) : reading(options);
      code = await withStore(out, events, async (opened) => {
        if (options.readModels === undefined) {
          if (opened.sql === null) {
            out.stderr.write(
              `parcel-claims rebuild: a ${opened.kind} store keeps no read models; give --read-models pglite:<dir> or postgres://…\n`,
            );
            return exitCodes.failure;
          }
          return rebuildCommand(
            opened.store,
            { executor: opened.sql, schema: options.schema },
            out,
            projection,
          );
        }
        return withStore(out, { ...writing(options), url: options.readModels }, async (models) => {
          if (models.sql === null) {
            out.stderr.write(`parcel-claims rebuild: --read-models must be a pglite: or postgres:// URL\n`);
            return exitCodes.failure;
          }
          return rebuildCommand(
            opened.store,
            { executor: models.sql, schema: options.schema },
            out,
            projection,
          );
        });
      });
    });

  asOfOptions(
    storeOptions(
      program
        .command('report')
        .description('write a self-contained HTML audit report of a parcel')
        .argument('<parcelId>', 'the parcel to report on')
        .requiredOption('--html <file>', 'where to write the report'),
    ),
  )
    .addHelpText('after', exitCodeHelp)
    .action(
      async (
        parcelId: string,
        options: StoreFlags & { html: string; asOf?: string; revision?: string; zone?: string },
      ) => {
        code = await withStore(out, reading(options), (opened) =>
          reportCommand(opened.store, opened.url, out, parcelId, options),
        );
      },
    );

  program
    .command('keygen')
    .description('make an Ed25519 key pair for signing checkpoints of the log')
    .requiredOption('--name <origin>', "the key's name: the origin of the log it signs for")
    .requiredOption('--out <prefix>', 'write <prefix>.key (owner only) and <prefix>.pub; never overwrites')
    .addHelpText('after', exitCodeHelp)
    .action(async (options: { name: string; out: string }) => {
      code = await keygenCommand(out, options.name, options.out);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.help' ||
        error.code === 'commander.version'
        ? exitCodes.ok
        : exitCodes.failure;
    }
    throw error;
  }
};
