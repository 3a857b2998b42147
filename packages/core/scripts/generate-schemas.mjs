#!/usr/bin/env node
// Writes the JSON Schemas of every command and event type into docs/schemas/, and the pages
// docs/commands.md and docs/events.md, from the registries and codecs of the built core
// (src/codec/payload-docs.ts). `pnpm generate` builds the core and runs it; a test of the core fails
// while the files differ from what it writes.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const root = new URL('../../../', import.meta.url);
const src = new URL('../src/', import.meta.url);
const { payloadDocs } = await import(new URL('../dist/codec/payload-docs.js', import.meta.url).href);
const files = payloadDocs((path) => readFileSync(new URL(path, src), 'utf8'));
// A type taken out of a registry takes its schema with it.
rmSync(new URL('docs/schemas/', root), { recursive: true, force: true });
for (const { path, text } of files) {
  const target = new URL(path, root);
  mkdirSync(dirname(target.pathname), { recursive: true });
  writeFileSync(target, text);
}
console.log(`wrote ${files.length} files under ${new URL('docs/', root).pathname}`);
