#!/usr/bin/env node
// Writes packages/core/src/codec/claim-checks.ts from the event and command codecs of the built
// core: for each type, the check its codec's `is` makes, written out. `pnpm generate` builds the
// core and runs it; do so after changing a codec: a test of the core fails while the file differs
// from what it writes.
import { writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const { checkedModules, checksSource, claimUnions } = await import(
  new URL('codec/checks-source.js', dist).href
);
const modules = await Promise.all(
  checkedModules.map(async (path) => ({ path, exports: await import(new URL(path, dist).href) })),
);
const target = new URL('../src/codec/claim-checks.ts', import.meta.url);
writeFileSync(target, checksSource(modules, claimUnions));
console.log(`wrote ${target.pathname}`);
