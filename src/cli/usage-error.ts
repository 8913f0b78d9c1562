/** A bad flag or flag value: reported in one line with exit code 2, like a config error. */
export class UsageError extends Error {
  override name = 'UsageError';
}
