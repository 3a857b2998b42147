import { foundingStory } from '@parcel-claims/core/founding-story';
import { type EventStore, inMemoryEventStore, type RecordedEvent } from '@parcel-claims/eventsourcing';
import { createClaimsService, parcelStreamPrefix } from '@parcel-claims/service';
import { describe, expect, it } from 'vitest';
import { run } from '../src/index.js';
import { memoryIo } from './support/memory-io.js';

/** Runs `demo` on the given in-memory store; its exit code and outputs. */
const demo = async (store: EventStore, args: readonly string[]) => {
  const captured = memoryIo({ store });
  const code = await run(['demo', '--store', 'memory:', ...args], captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
};

const allEvents = async (store: EventStore): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for await (const batch of store.readAll()) events.push(...batch);
  return events;
};

/** The order the demo names claim statuses in. */
const statusOrder = [
  'paid',
  'rejected',
  'lapsed',
  'withdrawn',
  'accepted',
  'approved-partial',
  'submitted',
  'needs-action',
  'gathering-documents',
];

/** What a store holds, counted from the store itself: the facts the demo's report must state. */
const storeFacts = async (store: EventStore) => {
  const events = await allEvents(store);
  const parcels = [...new Set(events.map((event) => event.streamId.slice(parcelStreamPrefix.length)))];
  const service = createClaimsService({ store });
  const claims = new Map<string, number>(statusOrder.map((status) => [status, 0]));
  for (const parcelId of parcels) {
    const state = await service.getParcel(parcelId);
    for (const claim of [...(state?.earlierClaims ?? []), ...(state?.claim ? [state.claim] : [])])
      claims.set(claim.status, (claims.get(claim.status) ?? 0) + 1);
  }
  return {
    parcels: parcels.length,
    events: events.length,
    commands: new Set(events.map((event) => event.metadata.commandId)).size,
    claims: Object.fromEntries(claims),
  };
};

describe('demo', () => {
  it('says exactly what it wrote of the founding story', async () => {
    const store = inMemoryEventStore();
    expect(await demo(store, [])).toEqual({
      code: 0,
      stdout: [
        'Store: memory:',
        'Wrote 18 event(s) to 1 parcel(s), from 18 command(s).',
        'Claims of those parcels: 1 paid.',
        'Founding story: parcel TSS-2026-000042. Try: parcel-claims audit TSS-2026-000042',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('reports, on a fresh store, the parcels, events and claims the store then holds, and no repeats', async () => {
    const store = inMemoryEventStore();
    const written = await demo(store, ['--claims', '30', '--seed', '7']);
    const facts = await storeFacts(store);
    const outcomes = Object.entries(facts.claims)
      .filter(([, count]) => count > 0)
      .map(([status, count]) => `${count} ${status}`)
      .join(', ');
    expect(written).toEqual({
      code: 0,
      stdout: [
        'Store: memory:',
        `Wrote ${facts.events} event(s) to ${facts.parcels} parcel(s), from ${facts.commands} command(s).`,
        `Claims of those parcels: ${outcomes}.`,
        'Founding story: parcel TSS-2026-000042. Try: parcel-claims audit TSS-2026-000042',
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(facts.parcels).toBe(31);
  });

  it('prints the same counts as JSON', async () => {
    const store = inMemoryEventStore();
    const written = await demo(store, ['--claims', '9', '--json']);
    const facts = await storeFacts(store);
    expect([written.code, written.stderr, JSON.parse(written.stdout)]).toEqual([
      0,
      '',
      {
        store: 'memory:',
        parcels: facts.parcels,
        events: facts.events,
        commands: { accepted: facts.commands, alreadyApplied: 0, unchanged: 0 },
        claims: facts.claims,
        foundingStory: 'TSS-2026-000042',
      },
    ]);
  });

  it('run again on the same store, writes nothing and says every command was already there', async () => {
    const store = inMemoryEventStore();
    await demo(store, ['--claims', '7']);
    const before = await allEvents(store);
    const facts = await storeFacts(store);
    expect(await demo(store, ['--claims', '7'])).toEqual({
      code: 0,
      stdout: [
        'Store: memory:',
        'Wrote nothing.',
        `${facts.commands} command(s) already in the store (written by an earlier run): not written again.`,
        'Founding story: parcel TSS-2026-000042. Try: parcel-claims audit TSS-2026-000042',
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(await allEvents(store)).toEqual(before);
  });

  it('after a run cut short, writes the rest and counts what was there as already applied', async () => {
    const store = inMemoryEventStore();
    let now = '';
    const service = createClaimsService({ store, clock: () => now });
    for (const command of foundingStory.slice(0, 10)) {
      now = String(command.data.now);
      expect((await service.execute(command)).kind).toBe('accepted');
    }
    expect(await demo(store, [])).toEqual({
      code: 0,
      stdout: [
        'Store: memory:',
        'Wrote 8 event(s) to 1 parcel(s), from 8 command(s).',
        'Claims of those parcels: 1 paid.',
        '10 command(s) already in the store (written by an earlier run): not written again.',
        'Founding story: parcel TSS-2026-000042. Try: parcel-claims audit TSS-2026-000042',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it("records each event at its command's own time, so two runs write the very same events", async () => {
    const first = inMemoryEventStore();
    const second = inMemoryEventStore();
    await demo(first, ['--claims', '7']);
    await demo(second, ['--claims', '7']);
    const events = await allEvents(first);
    expect(await allEvents(second)).toEqual(events);
    expect(events.slice(0, foundingStory.length).map((event) => event.metadata.recordedAt)).toEqual(
      foundingStory.map((command) => command.data.now),
    );
  });
});
