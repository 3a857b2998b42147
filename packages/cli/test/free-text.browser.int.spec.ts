import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { foundingStoryParcelId as parcel } from '@parcel-claims/core/founding-story';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../src/commands/report.js';
import { artifacts, launchChromium } from './support/chromium.js';
import { rawCharacter as raw, writeHostileStory } from './support/hostile-story.js';
import { memoryIo } from './support/memory-io.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('free text in the HTML audit report, in Chromium', () => {
  it('shows every hostile text as escapes, with nothing for the browser to reorder or hide', async () => {
    const out = memoryIo();
    expect(
      await reportCommand(await writeHostileStory(), 'memory:', out.io, parcel, { html: 'r.html' }),
    ).toBe(0);
    const path = `${artifacts}hostile-text-report.html`;
    await writeFile(path, out.files.get('r.html') ?? '');
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(pathToFileURL(path).href);

    const cells = (table: string) =>
      page
        .locator(`#${table} tbody tr`)
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
        );
    expect((await cells('documents')).map((row) => row[6])).toEqual([
      'dossier/TSS-CLAIM-0001/outbound-record.pdf',
      String.raw`dossier/\u202efdp.exe`,
      'dossier/TSS-CLAIM-0001/proof-of-handover.pdf',
      'dossier/TSS-CLAIM-0001/buyer-dispute-evidence.pdf',
      'dossier/TSS-CLAIM-0001/loss-confirmation.pdf',
    ]);
    const happened = (await cells('events')).map((row) => row[3]);
    expect([0, 4, 5, 6, 11, 17].map((revision) => happened[revision])).toEqual([
      [
        String.raw`Mirrorless camera body\u001b[2J\u001b[H, CN → DE, goods CNY 12,800.00, 1 piece(s)`,
        'parties: seller seller-a, forwarder takesendship',
        'values: goods CNY 12,800.00 (invoice), customs CNY 12,800.00, carriage not declared, shipping CNY 180.00',
        'piece P1: Mirrorless camera body, goods CNY 12,800.00, 1,200 g',
      ].join('\n'),
      String.raw`left szx-processing-centre, cargo MAWB \u202e5765 4321-487`,
      [
        'handed to sky-cargo, tracking SC784123456CN, 1 piece(s) boxed',
        String.raw`piece P1: air box AIRBOX-5531\u2028\u2066, customs box CUSTOMS-0917`,
      ].join('\n'),
      String.raw`\u001b]8;;https://evil.example/\u001b\\Departed\u001b]8;;\u001b\\ typed \\u001b at Shenzhen\r\u001b[32mEvery rule of the catalogue holds.\u001b[39m`,
      String.raw`proof-of-value rejected: x\nHash chain intact.\n`,
      [
        String.raw`paid CNY 12,800.00, reference PI\u0000\u001b[8m-hidden`,
        'to the seller seller-a, by bank-transfer',
      ].join('\n'),
    ]);

    // What a person reads: the page's rendered text, tabs and newlines of the table layout aside.
    // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered is what is checked
    const shown = await page.locator('body').innerText();
    expect(shown.replace(/[\n\t]/g, '')).not.toMatch(raw);
    expect(shown.split('\n').filter((line) => line.includes('Hash chain intact.'))).toEqual([
      'Hash chain intact.',
      expect.stringContaining(String.raw`rejected: x\nHash chain intact.\n`),
    ]);
    const titles = await page.locator('#timeline title').allTextContents();
    expect(titles.filter((title) => raw.test(title))).toEqual([]);
    await page.screenshot({ path: `${artifacts}hostile-text-report.png`, fullPage: true });
    await page.close();
  }, 60_000);
});
