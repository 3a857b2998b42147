#!/usr/bin/env node
// Measures what decoding a command with very many undeclared fields costs in memory: the heap the
// input itself takes, the heap allocated while decoding it, the heap the error keeps, and the size
// of the error's message. Run after `tsc -b`, with full collections available:
//   node --expose-gc packages/core/scripts/problem-heap.mjs [fields, default 1000000]
// docs/reliability.md (C8) holds the figures of a run.
const { decodeClaimCommand } = await import(new URL('../dist/index.js', import.meta.url).href);

const fields = Number(process.argv[2] ?? 1_000_000);
if (globalThis.gc === undefined) {
  console.error('run with node --expose-gc: the figures need full collections');
  process.exit(2);
}
const settled = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};

const empty = settled();
const data = {
  commandId: '00000000-0000-4000-8000-000000000001',
  now: '2026-01-05T02:00:00.000Z',
  actor: { role: 'seller', id: 'seller-1' },
  parcelId: 'TSS-2026-000042',
  sellerId: 'seller-1',
  forwarderId: 'forwarder-1',
  origin: 'CN',
  destination: 'DE',
  contents: 'Shoes',
  goodsValue: { minorUnits: 100000, currency: 'CNY' },
  valueBasis: 'invoice',
  customsValue: null,
  carriageValue: null,
  shippingCost: { minorUnits: 9000, currency: 'CNY' },
  pieces: [
    {
      pieceId: 'P1',
      description: 'Shoes',
      goodsValue: { minorUnits: 100000, currency: 'CNY' },
      weightGrams: 1200,
    },
  ],
};
for (let index = 0; index < fields; index += 1) data[`k${index}`] = index;
const input = { type: 'BookParcel', data };
const withInput = settled();

const decoded = decodeClaimCommand(input);
const afterDecoding = process.memoryUsage().heapUsed;
const kept = settled();
if (decoded._tag !== 'Left') throw new Error('the command was not refused');
const { problems, omitted, message } = decoded.left;

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
console.log(
  JSON.stringify(
    {
      fields,
      problemsListed: problems.length,
      omitted,
      messageBytes: Buffer.byteLength(message),
      messageEnd: message.slice(-40),
      inputHeap: mb(withInput - empty),
      allocatedWhileDecoding: mb(afterDecoding - withInput),
      keptByTheError: mb(kept - withInput),
    },
    null,
    2,
  ),
);
