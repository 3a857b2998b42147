import { type EventStore, inMemoryEventStore, instrumentedStore } from '@parcel-claims/eventsourcing';
import { createClaimsService } from '@parcel-claims/service';
import type { ParcelTemplate } from '../fixtures/parcel-template.js';
import { prefill } from '../fixtures/prefill.js';
import { comparePaired } from '../measure/compare-paired.js';
import { perSecond, type TimeOptions } from '../measure/time-tasks.js';
import { atLeast, pairedFigures, type Row, roundRatioRange } from '../report/row.js';
import { commandsPerParcel, type Execute, parcelTask } from './parcel-runner.js';

export interface TelemetryOverheadOptions {
  /** Events each in-memory store is pre-filled with. */
  readonly events: number;
  readonly rounds: number;
  readonly time: TimeOptions;
}

const executeOn = (store: EventStore, telemetry: boolean): Execute => {
  const service = createClaimsService({ store, telemetry });
  return async (command) => {
    const result = await service.execute(command);
    if (result.kind !== 'accepted') throw new Error(`${command.type} was not accepted: ${result.kind}`);
  };
};

/**
 * What OpenTelemetry costs when no SDK is registered: command handling with every span and metric
 * in place (the service's and the handler's, and the store instrumented as `openStore` does),
 * against the same service and store with telemetry off, in alternating rounds on two in-memory
 * stores pre-filled alike.
 */
export const telemetryOverheadRows = async (
  template: ParcelTemplate,
  options: TelemetryOverheadOptions,
): Promise<Row[]> => {
  const instrumented = inMemoryEventStore();
  const plain = inMemoryEventStore();
  const next = await prefill(instrumented, template, 1, options.events);
  await prefill(plain, template, 1, options.events);
  let parcel = next;
  const nextParcel = () => {
    parcel += 1;
    return parcel - 1;
  };
  const paired = await comparePaired(
    parcelTask(
      'instrumented, no SDK',
      executeOn(instrumentedStore(instrumented, 'memory'), true),
      nextParcel,
    ),
    parcelTask('no instrumentation', executeOn(plain, false), nextParcel),
    options.rounds,
    options.time,
  );
  return [
    {
      id: 'telemetry-overhead',
      workload:
        'Commands through the claims service with OpenTelemetry spans and metrics but no SDK, in-memory store',
      ...pairedFigures(
        paired,
        (timing) => perSecond(timing, commandsPerParcel),
        'commands/s',
        'the same with telemetry off',
      ),
      target: atLeast('≥ 0.97× (overhead ≤ 3%)', paired.ratio, 0.97),
      details: roundRatioRange(paired),
    },
  ];
};
