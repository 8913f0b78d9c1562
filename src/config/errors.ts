import type { z } from 'zod';

/** One thing wrong with a config file, located as precisely as the file allows. */
export interface ConfigProblem {
  /** What is wrong, in the analyst's terms. */
  message: string;
  /** Where in the file's structure: "sources[3] (id: csp-north) › partner_type". */
  where?: string;
  /** 1-based line in the file. */
  line?: number;
}

/** A problem as one line, without the file: "line 12: sources[3] (id: csp-north) › partner_type: …". */
export function problemLine(p: ConfigProblem): string {
  return `${p.line !== undefined ? `line ${p.line}: ` : ''}${p.where ? `${p.where}: ` : ''}${p.message}`;
}

/**
 * The one presenter of config problems: the file first, then each problem with its line and entry
 * ("sources.yaml: line 12: sources[3] (id: csp-north) › partner_type: …"), one per line when several.
 */
export function presentConfigProblems(file: string, problems: readonly ConfigProblem[]): string {
  if (problems.length === 1) return `${file}: ${problemLine(problems[0]!)}`;
  return `${file}: ${problems.length} problems\n${problems.map((p) => `  - ${problemLine(p)}`).join('\n')}`;
}

/** sources.yaml cannot be used: the scan cannot run at all. */
export class ConfigError extends Error {
  /** Each problem as "where: what" (no file, no line), e.g. for tests and logs. */
  readonly problems: string[];
  constructor(
    readonly file: string,
    readonly issues: ConfigProblem[],
    /** What to do about it, when there is one thing to do (the CLI prints it as "hint: …"). */
    readonly hint?: string,
  ) {
    super(presentConfigProblems(file, issues));
    this.name = 'ConfigError';
    this.problems = issues.map((p) => (p.where ? `${p.where}: ${p.message}` : p.message));
  }
}

/** Finds the line of a value in the file: the nearest enclosing node that is written there. */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/**
 * Where a path points, for people: "sources[3] (id: csp-north) › partner_type". Names the entry by
 * its id when it has one, so an analyst can find it in the file.
 */
export function describePath(path: readonly PropertyKey[], root: unknown): string {
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
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return where || '(top level)';
}

/** Schema issues as problems: the entry and field by name, and the line when `lineOf` is given. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], root: unknown, lineOf?: LineOf): ConfigProblem[] {
  return issues.map((issue) => {
    const line = lineOf?.(issue.path);
    return { where: describePath(issue.path, root), message: issue.message, ...(line !== undefined ? { line } : {}) };
  });
}
