import type { z } from 'zod';

/** sources.yaml cannot be used: the scan cannot run at all. */
export class ConfigError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`${file}: ${problems.length === 1 ? problems[0] : `${problems.length} problems\n  - ${problems.join('\n  - ')}`}`);
    this.name = 'ConfigError';
  }
}

/**
 * One presenter for schema issues: "sources[3] (id: csp-north) › partner_type: expected one of …".
 * Names the entry by its id when it has one, so an analyst can find it in the file.
 */
export function describeIssues(issues: z.core.$ZodIssue[], root: unknown): string[] {
  return issues.map((issue) => {
    const path = issue.path;
    let where = '';
    let node: unknown = root;
    for (const [i, key] of path.entries()) {
      if (typeof key === 'number') {
        const entry = Array.isArray(node) ? node[key] : undefined;
        const id = entry && typeof entry === 'object' && 'id' in entry ? String((entry as { id: unknown }).id) : undefined;
        where += `[${key}]${id ? ` (id: ${id})` : ''}`;
      } else {
        where += (i === 0 ? '' : i === path.length - 1 && where ? ' › ' : '.') + String(key);
      }
      node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
    }
    return `${where || '(top level)'}: ${issue.message}`;
  });
}
