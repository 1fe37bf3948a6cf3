// @ts-check
/**
 * Locates a Chromium for tests and benchmarks; nothing is ever downloaded. A system Chrome or
 * Chromium comes first (`CHROME_PATH`, then the usual install paths). Without one, the headless
 * Chromium that the `@sparticuz/chromium` dev dependency ships inside its npm tarball (x64 Linux,
 * Brotli-packed) is unpacked to the temporary directory, so `npm install && npm test` needs no
 * other step. `INBOX_BROWSER=packaged` skips the system browsers (to check that path).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags that keep Chromium from reaching for the network on a closed machine. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @returns {Promise<string>} the browser's executable */
export async function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no browser is there.`);
  }
  const found = process.env.INBOX_BROWSER === 'packaged' ? undefined : CANDIDATES.find((candidate) => existsSync(candidate));
  return found ?? packagedChromium();
}

async function packagedChromium() {
  /** @type {typeof import('@sparticuz/chromium').default} */
  let chromium;
  try {
    ({ default: chromium } = await import('@sparticuz/chromium'));
  } catch {
    throw new Error(
      'No Chromium found, and no packaged one installed (`npm install` brings @sparticuz/chromium on x64 Linux). ' +
        'Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or point CHROME_PATH at a Chrome/Chromium executable.',
    );
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error('No Chromium found; the packaged one runs on x64 Linux only. Install Chrome or Chromium, or point CHROME_PATH at one.');
  }
  const executable = await chromium.executablePath();
  await provideLibraries();
  return executable;
}

/**
 * The package also ships the few libraries its Chromium needs beyond glibc (NSS, NSPR, expat),
 * which a minimal Linux lacks, but unpacks them only on AWS Lambda: this unpacks them and adds
 * their folder to `LD_LIBRARY_PATH`, which the browser process inherits.
 */
async function provideLibraries() {
  const dir = path.join(tmpdir(), 'inbox-chromium-libs');
  if (!existsSync(path.join(dir, 'lib', 'libnss3.so'))) {
    // The package's bin/ folder, beside build/esm/index.js.
    const packed = fileURLToPath(new URL('../../bin/al2023.tar.br', import.meta.resolve('@sparticuz/chromium')));
    await extractTar(brotliDecompressSync(await readFile(packed)), dir);
  }
  const libraries = path.join(dir, 'lib');
  const current = process.env.LD_LIBRARY_PATH?.split(':').filter(Boolean) ?? [];
  if (!current.includes(libraries)) process.env.LD_LIBRARY_PATH = [...current, libraries].join(':');
  // A machine without fontconfig gets the fonts (and fonts.conf) executablePath() unpacked to /tmp/fonts.
  if (!process.env.FONTCONFIG_PATH && !existsSync('/etc/fonts/fonts.conf')) process.env.FONTCONFIG_PATH = path.join(tmpdir(), 'fonts');
}

/**
 * Writes the regular files of a tar archive under `dir` (the archive holds nothing else).
 * @param {Buffer} tar
 * @param {string} dir
 */
async function extractTar(tar, dir) {
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    const name = header.toString('utf8', 0, 100).replace(/\0.*$/s, '');
    if (!name) break;
    const size = parseInt(header.toString('utf8', 124, 136).replace(/\0.*$/s, '').trim() || '0', 8);
    const type = String.fromCharCode(header[156]);
    const target = path.resolve(dir, name);
    if ((type === '0' || type === '\0') && target.startsWith(dir + path.sep)) {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, tar.subarray(offset + 512, offset + 512 + size));
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}
