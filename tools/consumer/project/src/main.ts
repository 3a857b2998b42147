// What a new user writes from the README, compiled against the installed tarballs: a claims service on
// the store the first argument names, a parcel of its own sent through the typed methods, the founding
// story sent as JSON to payment, a read model, the audit's replay and the hash chains. Every line it
// prints is compared with tools/consumer/expected.txt (tools/consumer-test.mjs).
import { formatReplay, replayParcel, verifyStore } from '@parcel-claims/audit';
import { formatMoney, type Money, parcelStreamPrefix } from '@parcel-claims/core';
import { foundingStory, foundingStoryParcelId } from '@parcel-claims/core/founding-story';
import { memoryProjectionSink, projectionRunner } from '@parcel-claims/eventsourcing';
import { claimProjection, claimsBoard, listClaims } from '@parcel-claims/projections';
import { type CommandResult, createClaimsService, parcelStreamId } from '@parcel-claims/service';
import { openStore } from '@parcel-claims/stores';
// Every entry point of every installed package, through import and through require() (written by the check).
import imported from './imported.js';
import required from './required.cjs';

const [url = 'memory:', schema] = process.argv.slice(2);
const opened = await openStore(url, schema === undefined ? {} : { schema });

/** A result as one line: what was written, or why nothing was. */
const outcome = (result: CommandResult): string => {
  switch (result.kind) {
    case 'accepted':
    case 'already-applied':
      return `${result.kind}: ${result.events.map((event) => event.type).join(', ')}`;
    case 'invalid':
      return `invalid: ${result.error.message}`;
    case 'rejected':
      return `rejected: ${result.rejection.message}`;
    case 'unchanged':
      return 'unchanged';
    case 'command-id-reused':
      return `command-id-reused: ${result.message}`;
  }
};

const money = (amount: Money | null): string => (amount === null ? 'none' : formatMoney(amount));

try {
  // Each entry point is one module whichever way it is loaded: no second copy of a class or a registry.
  const differing = Object.keys(imported).filter((specifier) => required[specifier] !== imported[specifier]);
  if (differing.length > 0)
    throw new Error(`import and require() give other modules: ${differing.join(', ')}`);
  console.log(
    `entry points: ${Object.keys(imported).length}, each the same module through import and require()`,
  );
  // recordedAt comes from the service's clock: a fixed one, so that every run stores the same hashes.
  const service = createClaimsService({ store: opened.store, clock: () => '2026-04-01T00:00:00.000Z' });

  // A parcel of one's own, through the typed methods: book, insure, ship, hand over, open an inquiry.
  const parcelId = 'SHOP-2026-0001';
  const seller = { role: 'seller', id: 'shop-seller' } as const;
  const forwarder = { role: 'forwarder', id: 'shop-forwarder' } as const;
  const yuan = (minorUnits: number) => ({ minorUnits, currency: 'CNY' as const });
  const id = (n: number) => `5b0e7a52-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const sent: [string, CommandResult][] = [
    [
      'bookParcel',
      await service.bookParcel({
        commandId: id(1),
        now: '2026-03-02T02:00:00.000Z',
        actor: seller,
        parcelId,
        sellerId: 'shop-seller',
        forwarderId: 'shop-forwarder',
        origin: 'CN',
        destination: 'FR',
        contents: 'Drone with two batteries',
        goodsValue: yuan(450_000),
        valueBasis: 'invoice',
        customsValue: yuan(450_000),
        carriageValue: null,
        shippingCost: yuan(9_000),
        pieces: [
          { pieceId: 'D1', description: 'Drone', goodsValue: yuan(380_000), weightGrams: 900 },
          { pieceId: 'D2', description: 'Two batteries', goodsValue: yuan(70_000), weightGrams: 400 },
        ],
      }),
    ],
    [
      'purchaseInsurance',
      await service.purchaseInsurance({
        commandId: id(2),
        now: '2026-03-02T02:05:00.000Z',
        actor: seller,
        parcelId,
        insurerId: 'pacific-insurance',
        policy: { id: 'parcel-standard', version: 1 },
        insuredValue: yuan(450_000),
        valueBasis: 'invoice',
        coversShippingCost: false,
        premium: yuan(4_500),
        payerCalendar: 'cn-mainland',
        rates: [],
      }),
    ],
    [
      'recordPickup',
      await service.recordPickup({
        commandId: id(3),
        now: '2026-03-02T08:00:00.000Z',
        actor: forwarder,
        parcelId,
      }),
    ],
    [
      'recordHubArrival',
      await service.recordHubArrival({
        commandId: id(4),
        now: '2026-03-02T11:00:00.000Z',
        actor: forwarder,
        parcelId,
        hubId: 'szx-processing-centre',
      }),
    ],
    [
      'shipParcel',
      await service.shipParcel({
        commandId: id(5),
        now: '2026-03-02T15:00:00.000Z',
        actor: forwarder,
        parcelId,
        hubId: 'szx-processing-centre',
        cargoReference: 'MAWB 784-0000 0011',
      }),
    ],
    [
      'handOverToCarrier',
      await service.handOverToCarrier({
        commandId: id(6),
        now: '2026-03-03T03:00:00.000Z',
        actor: forwarder,
        parcelId,
        carrierId: 'sky-cargo',
        trackingNumber: 'SC784000011CN',
        boxes: [
          { pieceId: 'D1', airBoxNumber: 'AIRBOX-0001', customsBoxNumber: 'CUSTOMS-0001' },
          { pieceId: 'D2', airBoxNumber: 'AIRBOX-0001', customsBoxNumber: 'CUSTOMS-0001' },
        ],
      }),
    ],
    [
      'openInquiry too early',
      await service.openInquiry({
        commandId: id(7),
        now: '2026-03-09T03:00:00.000Z',
        actor: seller,
        parcelId,
        claimId: 'SHOP-CLAIM-1',
        claimType: 'loss',
        pieceIds: null,
      }),
    ],
    [
      'openInquiry',
      await service.openInquiry({
        commandId: id(8),
        now: '2026-03-17T03:00:00.000Z',
        actor: seller,
        parcelId,
        claimId: 'SHOP-CLAIM-1',
        claimType: 'loss',
        pieceIds: null,
      }),
    ],
    // Untrusted JSON goes through execute: refused at the edge, with the path of each problem.
    ['execute malformed', await service.execute({ type: 'OpenInquiry', data: { parcelId, claimType: 7 } })],
  ];
  for (const [what, result] of sent) console.log(`${parcelId} ${what}: ${outcome(result)}`);

  // The founding story as the JSON commands a caller sends, to payment.
  const results = [];
  for (const command of foundingStory) results.push(await service.execute(command));
  console.log(
    `${foundingStoryParcelId}: ${results.length} commands, ${results.filter((result) => result.kind === 'accepted').length} accepted`,
  );
  const history = await service.history(foundingStoryParcelId);
  console.log(`${foundingStoryParcelId}: ${history.map((record) => record.event.type).join(', ')}`);
  const again = await service.execute(foundingStory[0]);
  console.log(`${foundingStoryParcelId} first command again: ${outcome(again)}`);

  // The claims board, kept by a projection runner over the store's global log.
  const board = memoryProjectionSink(claimProjection(claimsBoard));
  const runner = projectionRunner({
    store: opened.store,
    sink: board,
    name: 'claims-board',
    filter: { streamPrefix: parcelStreamPrefix },
  });
  await runner.catchUp();
  for (const claim of listClaims(board.readModel()))
    console.log(
      `board: ${claim.parcelId} ${claim.claimId} ${claim.claimType} ${claim.status}, pieces ${claim.pieceIds.join(' ')}, insured ${money(claim.insuredValue)}, approved ${money(claim.approvedAmount)}, paid ${money(claim.paidAmount)}`,
    );

  // The audit: the replay's last events as text, and the hash chain of every stream.
  const replay = replayParcel(history);
  for (const line of formatReplay(replay).slice(-3)) console.log(`audit: ${line}`);
  console.log(`audit: ${replay.violations.length} rule violations`);
  const verified = await verifyStore(opened.store, {
    streams: [parcelStreamId(parcelId), parcelStreamId(foundingStoryParcelId)],
  });
  console.log(
    `verify: ${verified.streams} streams, ${verified.events} events, ${verified.broken.length} broken, last hash ${history.at(-1)?.metadata.hash}`,
  );
} finally {
  await opened.close();
}
