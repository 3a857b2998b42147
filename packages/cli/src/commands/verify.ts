import { escapeForDisplay, verifyStore } from '@parcel-claims/audit';
import type { EventStore } from '@parcel-claims/eventsourcing';
import { parcelStreamId } from '@parcel-claims/service';
import { exitCodes } from '../exit-codes.js';
import { type CliIo, painterFor } from '../io.js';
import { progressBar } from '../progress.js';
import { describeBreak } from './load-parcel.js';

/**
 * `verify <parcelId>` or `verify --all`: checks hash chains. Exit 0 when every chain is intact, 1
 * naming the first broken event of each broken stream (or when the parcel has no events).
 */
export const verifyCommand = async (
  store: EventStore,
  io: CliIo,
  target: { readonly parcelId: string } | { readonly all: true },
): Promise<number> => {
  const progress = progressBar(io, 'verify', 'events');
  const report = await verifyStore(store, {
    ...('parcelId' in target ? { streams: [parcelStreamId(target.parcelId)] } : {}),
    onProgress: (p) => progress.update(p.eventsDone, p.eventsTotal),
  });
  const rate = progress.stop();
  const paint = painterFor(io.stdout, io.env);
  if ('parcelId' in target && report.events === 0) {
    io.stderr.write(
      `parcel-claims verify: no events recorded for parcel ${escapeForDisplay(target.parcelId)}\n`,
    );
    return exitCodes.findings;
  }
  for (const broken of report.broken) io.stdout.write(`${paint('red', 'BROKEN')} ${describeBreak(broken)}\n`);
  const summary = `${report.streams} stream(s), ${report.events} event(s) checked (${Math.round(rate)} events/s)`;
  if (report.broken.length === 0) {
    io.stdout.write(`${paint('green', 'OK')} ${summary}: every hash chain intact.\n`);
    return exitCodes.ok;
  }
  io.stdout.write(`${summary}: ${report.broken.length} broken stream(s).\n`);
  return exitCodes.findings;
};
