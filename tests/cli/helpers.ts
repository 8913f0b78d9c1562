import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliResult } from '../run/helpers.js';

/**
 * The CLI run in this process, its stdout and stderr captured: no node start-up per call (tests
 * that need the real launcher use runCli from tests/run/helpers.ts). Paths are relative to the
 * test process's cwd, so pass absolute ones.
 */
export async function cli(args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true));
  try {
    const code = await main(args);
    return { code, signal: null, stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}
