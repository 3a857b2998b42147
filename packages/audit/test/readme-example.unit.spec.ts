import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { foundingStoryParcelId } from '@parcel-claims/core/founding-story';
import { describe, expect, it } from 'vitest';
import { auditParcel } from './readme-example.js';
import { writeFoundingStory } from './support/founding-story.js';

const between = (text: string): string =>
  text
    .slice(text.indexOf('// README:start') + '// README:start'.length, text.indexOf('// README:end'))
    .trim();

describe('README example', () => {
  it('is the text of test/readme-example.ts, in the package README and docs/audit.md', () => {
    const example = `\`\`\`ts\n${between(readFileSync(new URL('./readme-example.ts', import.meta.url), 'utf8'))}\n\`\`\``;
    expect(readFileSync(new URL('../README.md', import.meta.url), 'utf8')).toContain(example);
    expect(readFileSync(new URL('../../../docs/audit.md', import.meta.url), 'utf8')).toContain(example);
  });

  it('writes the report as of revision 8 and returns the timeline up to it', async () => {
    const { service, store } = await writeFoundingStory();
    const dir = await mkdtemp(join(tmpdir(), 'parcel-claims-audit-'));
    try {
      const lines = await auditParcel(service, store, foundingStoryParcelId, join(dir, 'report.html'));
      expect(lines[0]).toBe(
        'Parcel TSS-2026-000042: parcel-TSS-2026-000042, times in Asia/Shanghai, as of revision 8 (9 of 18 events)',
      );
      const html = await readFile(join(dir, 'report.html'), 'utf8');
      expect([
        html.match(/ data-type=/g)?.length,
        html.includes('<p id="chain" class="ok">Hash chain intact.</p>'),
      ]).toEqual([9, true]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
