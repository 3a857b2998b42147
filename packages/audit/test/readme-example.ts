// README:start
import { writeFile } from 'node:fs/promises';
import { formatReplay, renderHtmlReport, replayParcel, verifyStore } from '@parcel-claims/audit';
import type { EventStore } from '@parcel-claims/eventsourcing';
import { type ClaimsService, parcelStreamId } from '@parcel-claims/service';

/** Writes the HTML report of a parcel as it stood at revision 8 and returns its text timeline. */
export const auditParcel = async (
  service: ClaimsService,
  store: EventStore,
  parcelId: string,
  file: string,
) => {
  const replay = replayParcel(await service.history(parcelId), { asOf: { revision: 8n } });
  const { broken } = await verifyStore(store, { streams: [parcelStreamId(parcelId)] });
  await writeFile(file, renderHtmlReport(replay, { chain: broken[0] ?? null }));
  return formatReplay(replay); // one line per event, deadlines, rules, verdicts
};
// README:end
