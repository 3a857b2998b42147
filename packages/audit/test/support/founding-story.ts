import { type EventStore, inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { type ClaimRecord, createClaimsService } from '@parcel-claims/service';
import { type CommandJson, foundingStory, foundingStoryParcelId } from '@parcel-claims/testing/fixtures';

/** Writes commands to a store, each event recorded at the time of its command; every one must be accepted. */
export const writeStory = async (
  commands: readonly CommandJson[],
  store: EventStore = inMemoryEventStore(),
) => {
  let now = '';
  const service = createClaimsService({ store, clock: () => now });
  for (const command of commands) {
    now = String(command.data.now);
    const result = await service.execute(command);
    if (result.kind !== 'accepted') throw new Error(`story step refused: ${JSON.stringify(result)}`);
  }
  const records: readonly ClaimRecord[] = await service.history(foundingStoryParcelId);
  return { store, service, records };
};

/** Writes the founding story (a loss claim paid on time). */
export const writeFoundingStory = (store?: EventStore) => writeStory(foundingStory, store);

const later = (
  n: number,
  now: string,
  type: string,
  role: string,
  fields: Record<string, unknown>,
): CommandJson => ({
  type,
  data: {
    commandId: `7f1d0c3e-0000-4000-8000-${String(n).padStart(12, '0')}`,
    now,
    actor: { role, id: role === 'system' ? 'deadline-clock' : 'pacific-insurance' },
    parcelId: foundingStoryParcelId,
    ...fields,
  },
});

/** The founding story with the payout late: the deadline check finds it overdue, the payment follows. */
export const latePayoutStory: readonly CommandJson[] = [
  ...foundingStory.slice(0, 17),
  later(101, '2026-02-26T00:00:00.000Z', 'CheckDeadlines', 'system', {}),
  later(102, '2026-02-26T02:00:00.000Z', 'PayClaim', 'insurer', {
    claimId: 'TSS-CLAIM-0001',
    amount: { minorUnits: 1_298_000, currency: 'CNY' },
    paymentReference: 'PI-PAYOUT-2026-0226-01',
  }),
];
