import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { foundingStoryPaidLate } from '@parcel-claims/core/founding-story';
import { openPostgresStore } from '@parcel-claims/postgres';
import { createClaimsService } from '@parcel-claims/service';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/index.js';
import { artifacts, launchChromium } from './support/chromium.js';
import { memoryIo } from './support/memory-io.js';
import { dropSchema, pgUrl, testSchema } from './support/pg.js';

const parcel = 'TSS-2026-000042';

const onTime = testSchema('report');
const late = testSchema('report_late');
let browser: Browser;

/** Writes the report with the `report` command and returns the file it wrote. */
const report = async (schema: string, name: string): Promise<string> => {
  const captured = memoryIo();
  const code = await run(
    ['report', parcel, '--store', pgUrl, '--schema', schema, '--html', name],
    captured.io,
  );
  expect([code, captured.stderr()]).toEqual([0, '']);
  const path = `${artifacts}${name}`;
  await writeFile(path, captured.files.get(name) ?? '');
  return path;
};

const open = async (path: string): Promise<Page> => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(pathToFileURL(path).href);
  return page;
};

/** Centre x of each element matching `selector`, in document order. */
const centres = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) =>
    elements.map((e) => {
      const box = e.getBoundingClientRect();
      return box.left + box.width / 2;
    }),
  );

const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).boundingBox();
  if (found === null) throw new Error(`${selector} is not shown`);
  return found;
};

const rows = (page: Page, table: string) =>
  page
    .locator(`#${table} tbody tr`)
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));

beforeAll(async () => {
  browser = await launchChromium();
  const demo = memoryIo();
  expect(await run(['demo', '--store', pgUrl, '--schema', onTime], demo.io)).toBe(0);
  const opened = await openPostgresStore(pgUrl, { schema: late });
  try {
    let now = '';
    const service = createClaimsService({ store: opened.store, clock: () => now });
    for (const command of foundingStoryPaidLate) {
      now = String(command.data.now);
      expect((await service.execute(command)).kind).toBe('accepted');
    }
  } finally {
    await opened.close();
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await dropSchema(onTime);
  await dropSchema(late);
});

describe('the HTML audit report in Chromium', () => {
  it('shows the founding story: events in time order, document, decision and payout bands, no breach', async () => {
    const page = await open(await report(onTime, 'founding-story-report.html'));
    expect(await page.title()).toBe(`Audit report: parcel ${parcel}`);
    expect(await page.locator('#chain').textContent()).toBe('Hash chain intact.');
    expect(await page.locator('#violations').textContent()).toBe('Every rule of the catalogue holds.');

    const events = await centres(page, '#timeline circle.event[data-type]');
    expect(events.length).toBe(18);
    expect(events).toEqual([...events].sort((a, b) => a - b));
    const chart = await box(page, '#timeline');
    expect(events.every((x) => x > chart.x && x < chart.x + chart.width)).toBe(true);

    expect(
      await page
        .locator('#timeline g.band[data-lane]')
        .evaluateAll((gs) => gs.map((g) => [g.getAttribute('class'), g.getAttribute('data-lane')])),
    ).toEqual([
      ['band document-grace', 'outbound-record'],
      ['band document-grace', 'proof-of-value'],
      ['band document-grace', 'proof-of-handover'],
      ['band document-grace', 'buyer-dispute-evidence'],
      ['band document-grace', 'loss-confirmation'],
      ['band decision-window', 'decision'],
      ['band payout-sla', 'payout'],
    ]);
    // The payout window starts at the acceptance and the payment falls inside it.
    const payout = await box(page, '#timeline g.payout-sla[data-lane] rect');
    const [accepted] = await centres(page, '#timeline circle[data-type="ClaimAccepted"]');
    const [paid] = await centres(page, '#timeline circle[data-type="ClaimPaid"]');
    expect(Math.abs(payout.x - (accepted ?? 0))).toBeLessThan(1);
    expect((paid ?? 0) > payout.x && (paid ?? 0) < payout.x + payout.width).toBe(true);
    expect(await page.locator('#timeline g.breach[data-lane]').count()).toBe(0);

    expect(await rows(page, 'documents')).toEqual([
      [
        'outbound-record',
        'forwarder',
        '2026-03-20 (60 calendar-days)',
        'attached',
        'forwarder',
        '2026-01-20 10:10',
        'dossier/TSS-CLAIM-0001/outbound-record.pdf',
      ],
      [
        'proof-of-value',
        'seller',
        '2026-02-18 (30 calendar-days)',
        'attached',
        'forwarder',
        '2026-01-23 09:30',
        'dossier/TSS-CLAIM-0001/proof-of-value.pdf',
      ],
      [
        'proof-of-handover',
        'forwarder',
        '2026-03-20 (60 calendar-days)',
        'attached',
        'forwarder',
        '2026-01-20 10:20',
        'dossier/TSS-CLAIM-0001/proof-of-handover.pdf',
      ],
      [
        'buyer-dispute-evidence',
        'seller',
        '2026-02-18 (30 calendar-days)',
        'attached',
        'seller',
        '2026-01-28 16:00',
        'dossier/TSS-CLAIM-0001/buyer-dispute-evidence.pdf',
      ],
      [
        'loss-confirmation',
        'carrier',
        '2026-03-20 (60 calendar-days)',
        'attached',
        'forwarder',
        '2026-02-09 10:00',
        'dossier/TSS-CLAIM-0001/loss-confirmation.pdf',
      ],
    ]);
    expect(await rows(page, 'parties')).toEqual([
      ['seller', 'seller-a'],
      ['forwarder', 'takesendship'],
      ['insurer', 'pacific-insurance'],
      ['carrier (took the parcel)', 'sky-cargo'],
    ]);
    expect(await rows(page, 'pieces')).toEqual([
      [
        'P1',
        'Mirrorless camera body',
        'CNY 12,800.00',
        '1,200 g',
        'AIRBOX-5531',
        'CUSTOMS-0917',
        'no',
        'TSS-CLAIM-0001',
      ],
    ]);
    expect(await rows(page, 'amounts')).toEqual([
      ['goods value', 'CNY 12,800.00 (invoice)'],
      ['customs value', 'CNY 12,800.00'],
      ['carriage value', '—'],
      ['shipping cost', 'CNY 180.00'],
      ['insured value', 'CNY 12,800.00'],
      ['premium', 'CNY 128.00'],
      ['deductible rule', 'none'],
      ['sum insured', 'CNY 12,800.00'],
      ['insured share', '—'],
      ['proven loss', 'CNY 12,980.00'],
      ['covered shipping cost', 'CNY 180.00'],
      ['limit', 'CNY 12,800.00'],
      ['deductible', 'CNY 0.00'],
      ['carrier settlement', 'CNY 0.00'],
      ['cap', 'CNY 12,800.00'],
      ['approved', 'CNY 12,800.00'],
      ['paid', 'CNY 12,800.00'],
    ]);
    expect((await rows(page, 'events')).map((row) => [row[0], row[2], row[4]])).toEqual([
      ['0', 'ParcelBooked', 'L1, C1, P1'],
      ['1', 'InsurancePurchased', 'R3, C1, P1'],
      ['2', 'ParcelPickedUp', 'L1, P1'],
      ['3', 'ParcelReceivedAtHub', 'L1, P1'],
      ['4', 'ParcelShipped', 'L1, P1'],
      ['5', 'ParcelHandedToCarrier', 'L1, P1'],
      ['6', 'TrackingUpdated', 'L1, P1'],
      ['7', 'InquiryOpened', 'R4, R5, R3, D1, P1'],
      ['8', 'DocumentAttached', 'D1, P1'],
      ['9', 'DocumentAttached', 'D1, P1'],
      ['10', 'DocumentAttached', 'D1, P1'],
      ['11', 'DocumentRejected', 'D1, D2, P1'],
      ['12', 'DocumentAttached', 'D1, P1'],
      ['13', 'DocumentAttached', 'D1, P1'],
      ['14', 'LossConfirmed', 'D1, P1'],
      ['15', 'ClaimSubmitted', 'R6, K1, P1'],
      ['16', 'ClaimAccepted', 'R7, R9, K1, E1, P1'],
      ['17', 'ClaimPaid', 'R8, E1, P1'],
    ]);
    await page.screenshot({ path: `${artifacts}founding-story-report.png`, fullPage: true });
    await page.close();
  }, 60_000);

  it('marks a late payout as a breach past the end of the payout window', async () => {
    const page = await open(await report(late, 'late-payout-report.html'));
    const breaches = page.locator('#timeline g.breach[data-lane]');
    expect(
      await breaches.evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-lane'), g.textContent])),
    ).toEqual([['payout', 'payout overdue: met late (2026-02-26 10:00)']]);
    const payout = await box(page, '#timeline g.payout-sla[data-lane] rect');
    const breach = await box(page, '#timeline g.breach[data-lane] path');
    expect(breach.x + breach.width / 2).toBeGreaterThan(payout.x + payout.width);
    expect((await rows(page, 'events')).map((row) => row[2]).slice(16)).toEqual([
      'ClaimAccepted',
      'PayoutOverdue',
      'ClaimPaid',
    ]);
    await page.screenshot({ path: `${artifacts}late-payout-report.png`, fullPage: true });
    await page.close();
  }, 60_000);
});
