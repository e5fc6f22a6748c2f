// The one way the tests, screenshots and Lighthouse get a headless Chromium:
//
//   1. CHROMIUM_PATH, when set (CHROMIUM_PATH=bundled picks 3. even where 2. exists);
//   2. a Chromium or Chrome installed on the machine, at its usual place;
//   3. on Linux x64, the Chromium inside the devDependency @sparticuz/chromium (a headless shell,
//      shipped compressed in the npm package: nothing is downloaded), unpacked once per version into
//      the temporary directory.
//
// Where none of them is there, findChromium() fails at once with one line that says what to install.
import { spawn } from 'node:child_process';
import {
  accessSync,
  constants,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { chromium } from 'playwright-core';

/** The flags every headless run here uses: no sandbox in containers, no GPU, no traffic or first-run UI of its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

/** Where Linux distributions and macOS put Chromium or Chrome, in the order tried. */
export const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const INSTALL_HINT =
  'install Chromium or Google Chrome (Debian/Ubuntu: apt install chromium; macOS: Google Chrome), or set CHROMIUM_PATH to one';

/** One line, no stack: what is missing and what to do. */
class NoChromium extends Error {
  constructor(message) {
    super(message);
    this.name = 'NoChromium';
    this.stack = message;
  }
}

const executable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The @sparticuz/chromium package's folder, or null when it is not installed. */
function bundledPackage() {
  try {
    // its entry is build/index.js; the compressed binaries are in bin/ beside build/ (resolved the
    // CommonJS way: import.meta.resolve is not there when Vitest runs this file)
    return path.resolve(path.dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..');
  } catch {
    return null;
  }
}

/** Brotli-compressed `file` into `to` (a file), or, for a .tar.br, unpacked into the folder `to` by tar. */
async function inflate(file, to) {
  const source = createReadStream(file);
  if (!file.endsWith('.tar.br'))
    return pipeline(source, createBrotliDecompress(), createWriteStream(to, { mode: 0o755 }));
  const tar = spawn('tar', ['-x', '--no-same-owner', '-f', '-', '-C', to], { stdio: ['pipe', 'ignore', 'pipe'] });
  let err = '';
  tar.stderr.on('data', (d) => (err += d));
  const done = new Promise((resolve, reject) =>
    tar.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`tar ${file}: ${err.trim()}`)))),
  );
  await pipeline(source, createBrotliDecompress(), tar.stdin);
  await done;
}

/**
 * The bundled Chromium, unpacked into `<tmp>/pandameter-chromium-<version>/` (binary, its SwiftShader
 * libraries, Open Sans and a fonts.conf). Unpacked beside it and renamed into place, so that test
 * files starting at once never see half a binary, and an interrupted unpack leaves nothing behind.
 * (The package's own executablePath() writes to a fixed /tmp/chromium shared by every project.)
 */
async function unpackBundled(pkg) {
  const { version } = JSON.parse(readFileSync(path.join(pkg, 'package.json'), 'utf8'));
  const dir = path.join(tmpdir(), `pandameter-chromium-${version}`);
  const binary = path.join(dir, 'chromium');
  if (existsSync(binary)) return { binary, dir };
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  try {
    const bin = path.join(pkg, 'bin');
    await Promise.all([
      inflate(path.join(bin, 'chromium.br'), path.join(partial, 'chromium')),
      inflate(path.join(bin, 'swiftshader.tar.br'), partial),
      inflate(path.join(bin, 'fonts.tar.br'), partial),
    ]);
    // The package's fonts.conf names Lambda's folders; this one names the Open Sans just unpacked and
    // the machine's own fonts, where it has any (Japanese, Arabic, … are not in Open Sans).
    const dirs = [
      path.join(dir, 'fonts'),
      '/usr/share/fonts',
      '/usr/local/share/fonts',
      path.join(homedir(), '.local/share/fonts'),
      path.join(homedir(), '.fonts'),
    ];
    writeFileSync(
      path.join(partial, 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n${dirs
        .map((d) => `  <dir>${d}</dir>\n`)
        .join('')}  <cachedir>${path.join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
    );
    renameSync(partial, dir);
  } catch (e) {
    rmSync(partial, { recursive: true, force: true });
    // another process renamed its unpack into place first: use that one
    if (!existsSync(binary)) throw e;
  }
  return { binary, dir };
}

async function bundled() {
  if (process.platform !== 'linux' || process.arch !== 'x64') return null;
  const pkg = bundledPackage();
  if (!pkg) return null;
  const { binary, dir } = await unpackBundled(pkg);
  return { path: binary, source: 'bundled', env: { FONTCONFIG_FILE: path.join(dir, 'fonts.conf') } };
}

/**
 * The Chromium to run: `{ path, source: 'CHROMIUM_PATH' | 'system' | 'bundled', env }`, where `env` is
 * what its process needs besides the environment it inherits. Throws one line when there is none.
 */
export async function findChromium() {
  const given = process.env.CHROMIUM_PATH;
  if (given === 'bundled') {
    const b = await bundled();
    if (!b)
      throw new NoChromium(
        `CHROMIUM_PATH=bundled, but @sparticuz/chromium (Linux x64 only) is not installed here: run npm ci, or ${INSTALL_HINT}.`,
      );
    return b;
  }
  if (given) {
    if (!executable(given))
      throw new NoChromium(`CHROMIUM_PATH is ${given}, which is not an executable file: ${INSTALL_HINT}.`);
    return { path: given, source: 'CHROMIUM_PATH', env: {} };
  }
  const system = SYSTEM_CHROMIUMS.find(executable);
  if (system) return { path: system, source: 'system', env: {} };
  const b = await bundled();
  if (b) return b;
  throw new NoChromium(`No Chromium found for the browser tests: ${INSTALL_HINT}.`);
}

/** Headless Chromium with a fresh profile (Playwright gives each launch a new --user-data-dir). */
export async function launchChromium() {
  const found = await findChromium();
  return chromium.launch({
    executablePath: found.path,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, ...found.env },
  });
}
