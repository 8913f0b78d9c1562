import { SourcesFile } from '../schema/source.js';
import { ConfigError, describeIssues, type ConfigProblem, type LineOf } from './errors.js';
import { parseYaml, readSourcesText } from './read.js';

export interface CheckedSources {
  /** The file as the schema reads it (defaults filled in); absent when it has problems. */
  config?: SourcesFile;
  problems: ConfigProblem[];
  lineOf: LineOf;
}

/**
 * The one checker of a sources file's text: YAML syntax, then the SourcesFile schema (the one
 * source of truth for its shape, ids and references), each problem with its entry and line.
 */
export function checkSourcesText(text: string): CheckedSources {
  const yaml = parseYaml(text);
  if (yaml.problems.length > 0) return { problems: yaml.problems, lineOf: yaml.lineOf };
  const parsed = SourcesFile.safeParse(yaml.value);
  if (!parsed.success) return { problems: describeIssues(parsed.error.issues, yaml.value, yaml.lineOf), lineOf: yaml.lineOf };
  return { config: parsed.data, problems: [], lineOf: yaml.lineOf };
}

/** Reads and checks a sources file (path, size, encoding, YAML, schema); throws one ConfigError listing every problem. */
export function readSources(file: string): { config: SourcesFile; lineOf: LineOf } {
  const checked = checkSourcesText(readSourcesText(file));
  if (!checked.config) throw new ConfigError(file, checked.problems);
  return { config: checked.config, lineOf: checked.lineOf };
}
