/**
 * Finds a headless Chromium for render tests; returns null with a reason when none is installed
 * (the tests then skip, saying why). Tests never install system packages: `.ci/run` does.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function ensureChromium(): Promise<{ path: string | null; reason: string }> {
  const have = process.env.CHROMIUM && existsSync(process.env.CHROMIUM) ? process.env.CHROMIUM : CANDIDATES.find((c) => existsSync(c));
  return Promise.resolve(
    have
      ? { path: have, reason: 'installed' }
      : { path: null, reason: `no Chromium found (looked for ${CANDIDATES.join(', ')} and $CHROMIUM); install it (apt-get install chromium, as .ci/run does) to run these tests` },
  );
}

/** The flags the render script uses too (no network, no first-run, no GPU, throwaway profile). */
export function chromiumArgs(userDataDir: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${userDataDir}`,
  ];
}

export async function chromium(bin: string, args: string[], timeoutMs = 90_000): Promise<{ stdout: string; stderr: string }> {
  return run(bin, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
}

export function chromiumVersion(bin: string): string {
  try {
    return execFileSync(bin, ['--version'], { encoding: 'utf8', timeout: 30_000 }).trim();
  } catch {
    return 'unknown';
  }
}

/** Width and height from a PNG's IHDR chunk (throws if the bytes are not a PNG). */
export function pngSize(b: Buffer): { width: number; height: number } {
  if (b.length < 24 || b.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' || b.subarray(12, 16).toString('latin1') !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}
