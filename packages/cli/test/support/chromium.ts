import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium (package `chromium`); another binary with CHROMIUM_PATH. */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Reports and screenshots are kept here after the run, for a person to look at. */
export const artifacts = fileURLToPath(new URL('../../.artifacts/', import.meta.url));

/** Headless Chromium, with the artifacts folder made; fails with what to install when it is missing. */
export const launchChromium = async (): Promise<Browser> => {
  if (!existsSync(chromiumPath))
    throw new Error(
      `Chromium is not at ${chromiumPath}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  await mkdir(artifacts, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
};
