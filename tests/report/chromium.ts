/**
 * Finds a headless Chromium for render tests. If none is installed, tries `apt-get install -y
 * chromium` once per process (root + apt-get only); returns null with a reason when it cannot.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

let attempt: Promise<{ path: string | null; reason: string }> | undefined;

function found(): string | null {
  if (process.env.CHROMIUM && existsSync(process.env.CHROMIUM)) return process.env.CHROMIUM;
  return CANDIDATES.find((c) => existsSync(c)) ?? null;
}

export function ensureChromium(): Promise<{ path: string | null; reason: string }> {
  attempt ??= (async () => {
    const have = found();
    if (have) return { path: have, reason: 'installed' };
    if (process.platform !== 'linux' || process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
      return { path: null, reason: 'chromium is not installed and apt-get is not usable here (needs Linux, root and apt-get)' };
    }
    try {
      await run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
        timeout: 10 * 60_000,
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (err) {
      return { path: null, reason: `apt-get install -y chromium failed: ${(err as Error).message.split('\n')[0]}` };
    }
    const now = found();
    return now ? { path: now, reason: 'installed by apt-get' } : { path: null, reason: 'apt-get ran but no chromium binary was found' };
  })();
  return attempt;
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
