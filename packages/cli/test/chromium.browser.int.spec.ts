import { chromium } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumBinary } from './support/chromium.js';

const configured = process.env.CHROMIUM_PATH;

afterEach(() => {
  if (configured === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = configured;
});

describe('the Chromium of the browser tests', () => {
  it('is the npm-shipped headless Chromium when CHROMIUM_PATH names no file, and renders a page', async () => {
    process.env.CHROMIUM_PATH = '/nonexistent';
    const binary = await chromiumBinary();
    expect(binary.source).toMatch(/^npm @sparticuz\/chromium \d+\.\d+\.\d+$/);
    expect(binary.path).toMatch(/node_modules\/\.cache\/parcel-claims-chromium\/\d+\.\d+\.\d+\/chromium$/);
    const browser = await chromium.launch({
      executablePath: binary.path,
      headless: true,
      env: { ...process.env, ...binary.env },
      args: [
        '--no-sandbox',
        ...binary.graphics,
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
    try {
      const page = await browser.newPage();
      await page.setContent('<p id="claim">Claim TSS-2026-000042 paid</p>');
      expect(await page.textContent('#claim')).toBe('Claim TSS-2026-000042 paid');
      expect((await page.screenshot()).length).toBeGreaterThan(0);
    } finally {
      await browser.close();
    }
  });

  it('is the file CHROMIUM_PATH names when there is one', async () => {
    process.env.CHROMIUM_PATH = process.execPath;
    expect(await chromiumBinary()).toEqual({
      path: process.execPath,
      source: 'CHROMIUM_PATH',
      env: {},
      graphics: ['--disable-gpu'],
    });
  });
});
