import { foldEvents } from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import type { PickupCommand } from './commands.js';
import type { PickupEvent } from './events.js';
import { pickupPoint } from './pickup-point.js';

// A morning at the counter: each command decided on the state folded from the events so far.
const morning: readonly PickupCommand[] = [
  { type: 'ShelveParcel', data: { parcelId: 'TSS-2026-000042', shelf: 'A', at: '2026-03-02T08:00:00Z' } },
  { type: 'ShelveParcel', data: { parcelId: 'TSS-2026-000043', shelf: 'A', at: '2026-03-02T08:01:00Z' } },
  { type: 'RemindRecipient', data: { parcelId: 'TSS-2026-000043', at: '2026-03-09T08:00:00Z' } },
  { type: 'ReturnToSender', data: { parcelId: 'TSS-2026-000043', at: '2026-03-09T08:05:00Z' } },
  { type: 'HandOverParcel', data: { parcelId: 'TSS-2026-000042', at: '2026-03-09T10:30:00Z' } },
];

let history: readonly PickupEvent[] = [];
for (const command of morning) {
  const decision = pickupPoint.decide(command, foldEvents(pickupPoint, pickupPoint.initialState, history));
  if (E.isLeft(decision)) console.log(`${command.type}: refused, ${JSON.stringify(decision.left)}`);
  else {
    history = [...history, ...decision.right];
    console.log(`${command.type}: ${decision.right.map((event) => event.type).join(', ')}`);
  }
}
console.log(JSON.stringify(foldEvents(pickupPoint, pickupPoint.initialState, history), null, 2));
