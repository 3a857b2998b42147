import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../scripts/packed-install.mjs', import.meta.url));

describe('the parcel-claims command as a user installs it', () => {
  // Packs nine packages and runs npm install: half a minute, more on a busy machine.
  it('brings no test tooling and no testing kit, and runs its demo', { timeout: 300_000 }, () => {
    const result = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    const ours = [
      'audit',
      'cli',
      'core',
      'eventsourcing',
      'eventstoredb',
      'postgres',
      'projections',
      'service',
      'stores',
    ].map((name) => `@parcel-claims/${name}`);
    expect({ status: result.status, stdout: result.stdout.split('\n'), stderr: result.stderr }).toEqual({
      status: 0,
      stdout: [
        `packed: ${ours.join(', ')}`,
        `installed from them: ${ours.join(', ')}`,
        'npm ls vitest vite: (empty)',
        'parcel-claims demo --claims 7 --store memory: Wrote 118 event(s) to 8 parcel(s), from 118 command(s).',
        '',
      ],
      stderr: '',
    });
  });
});
