import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';

/** Where the machine's own Chromium usually is (Debian's package `chromium` first). */
const systemChromiums = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Reports and screenshots are kept here after the run, for a person to look at. */
export const artifacts = fileURLToPath(new URL('../../.artifacts/', import.meta.url));

/** The Chromium a test runs, and where it came from. */
export interface ChromiumBinary {
  readonly path: string;
  /** Said in the log line and checked by a test: `CHROMIUM_PATH`, `system` or `npm @sparticuz/chromium <version>`. */
  readonly source: string;
  /** Variables the binary needs in its environment (the npm one's own libraries and fonts). */
  readonly env: Readonly<Record<string, string>>;
  /** How it renders: software GL (SwiftShader through ANGLE) for the npm one, no GPU for the others. */
  readonly graphics: readonly string[];
}

/** The machine's Chromium renders without a GPU. */
const noGpu = ['--disable-gpu'];

const require = createRequire(import.meta.url);

/** Unpacks a brotli-compressed tarball into `directory`: decompressed beside it, then the machine's tar. */
const untar = async (archive: string, directory: string): Promise<void> => {
  const tarball = join(directory, 'unpacking.tar');
  await pipeline(createReadStream(archive), createBrotliDecompress(), createWriteStream(tarball));
  await new Promise<void>((resolve, reject) => {
    const tar = spawn('tar', ['-x', '-f', tarball, '-C', directory], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    tar.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    tar.once('error', reject);
    tar.once('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`tar failed on ${archive} (exit ${code}): ${stderr}`)),
    );
  });
  await rm(tarball);
};

/**
 * The headless Chromium the npm package @sparticuz/chromium ships (brotli-compressed, with the NSS
 * libraries and fonts it needs), unpacked once into node_modules/.cache/parcel-claims-chromium/<version>.
 * Test files may unpack at the same time: each unpacks into a folder of its own and renames it into place.
 */
const npmChromium = async (): Promise<ChromiumBinary> => {
  let manifestPath: string;
  try {
    // The package exports no package.json: its entry is build/cjs/index.cjs.
    manifestPath = join(dirname(require.resolve('@sparticuz/chromium')), '..', '..', 'package.json');
  } catch {
    throw new Error(
      "No Chromium: none on this machine and the npm package @sparticuz/chromium is not installed (run pnpm install), or install Debian's chromium package, or set CHROMIUM_PATH",
    );
  }
  const manifest: unknown = require(manifestPath);
  const version =
    typeof manifest === 'object' && manifest !== null && 'version' in manifest
      ? String(manifest.version)
      : '';
  const bin = join(dirname(manifestPath), 'bin');
  const cache = fileURLToPath(
    new URL('../../../../node_modules/.cache/parcel-claims-chromium/', import.meta.url),
  );
  const folder = join(cache, version);
  if (!existsSync(join(folder, 'chromium')) || !existsSync(join(folder, 'libGLESv2.so'))) {
    await mkdir(cache, { recursive: true });
    const unpacking = await mkdtemp(join(cache, `${version}-unpacking-`));
    try {
      await pipeline(
        createReadStream(join(bin, 'chromium.br')),
        createBrotliDecompress(),
        createWriteStream(join(unpacking, 'chromium'), { mode: 0o755 }),
      );
      await untar(join(bin, 'al2023.tar.br'), unpacking);
      await untar(join(bin, 'fonts.tar.br'), unpacking);
      await untar(join(bin, 'swiftshader.tar.br'), unpacking);
      await writeFile(
        join(unpacking, 'fonts.conf'),
        `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(folder, 'fonts')}</dir>\n  <cachedir>${join(folder, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
      );
      await rename(unpacking, folder).catch((error: unknown) => {
        // Another test file unpacked it first.
        if (!existsSync(join(folder, 'chromium'))) throw error;
      });
    } catch (error) {
      throw new Error(
        `Could not unpack the npm package @sparticuz/chromium ${version} into ${cache}: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      await rm(unpacking, { recursive: true, force: true });
    }
  }
  const libraries = join(folder, 'lib');
  const inherited = process.env.LD_LIBRARY_PATH;
  return {
    path: join(folder, 'chromium'),
    source: `npm @sparticuz/chromium ${version}`,
    env: {
      LD_LIBRARY_PATH: inherited === undefined || inherited === '' ? libraries : `${libraries}:${inherited}`,
      // The machine's fonts when it has fontconfig set up, else the ones the package ships.
      ...(existsSync('/etc/fonts/fonts.conf') ? {} : { FONTCONFIG_PATH: folder }),
    },
    // The way the package's own launch arguments render: without it, one screenshot in a few failed
    // ("Unable to capture screenshot") with --disable-gpu.
    graphics: [
      '--use-gl=angle',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--in-process-gpu',
    ],
  };
};

/**
 * The Chromium the browser tests use: CHROMIUM_PATH when it names a file, else the machine's own
 * (Debian's package `chromium`), else the headless Chromium of the npm package @sparticuz/chromium.
 * A CHROMIUM_PATH that names no file goes straight to the npm one.
 */
export const chromiumBinary = async (): Promise<ChromiumBinary> => {
  const configured = process.env.CHROMIUM_PATH;
  if (configured !== undefined && configured !== '') {
    if (existsSync(configured))
      return { path: configured, source: 'CHROMIUM_PATH', env: {}, graphics: noGpu };
    return npmChromium();
  }
  const system = systemChromiums.find((path) => existsSync(path));
  return system === undefined ? npmChromium() : { path: system, source: 'system', env: {}, graphics: noGpu };
};

/** Headless Chromium, with the artifacts folder made; says which Chromium it started. */
export const launchChromium = async (): Promise<Browser> => {
  const binary = await chromiumBinary();
  await mkdir(artifacts, { recursive: true });
  const browser = await chromium.launch({
    executablePath: binary.path,
    headless: true,
    env: { ...process.env, ...binary.env },
    args: [
      '--headless',
      '--no-sandbox',
      ...binary.graphics,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  console.log(`Chromium for the tests: ${browser.version()} at ${binary.path} (${binary.source})`);
  return browser;
};
