/**
 * URLs as they may be shown or stored: without user name and password, and with query values that
 * look like secrets (tokens, keys, signatures, session ids) replaced, so a partner link copied
 * with its access token never reaches errors.csv, scan.json, the note or the database.
 */
const SECRET_KEY = /token|key|secret|sig|pass|pwd|auth|session|sid|code|credential|access|jwt|bearer/i;
/** A long unbroken run of letters, digits and URL-safe symbols is treated as a secret too. */
const SECRET_VALUE = /^[A-Za-z0-9+/=_\-.~%]{24,}$/;
export const REDACTED = 'REDACTED';

export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not a URL we can take apart: still drop anything that looks like user:pass@.
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
  }
  parsed.username = '';
  parsed.password = '';
  if (parsed.search) {
    const params = new URLSearchParams(parsed.search);
    for (const [name, value] of [...params]) {
      if (SECRET_KEY.test(name) || SECRET_VALUE.test(value)) params.set(name, REDACTED);
    }
    parsed.search = params.toString();
  }
  return parsed.href;
}

/** Replaces every URL in a message (e.g. an error from the network layer) with its redacted form. */
export function redactUrlsIn(text: string): string {
  return text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>()]+/gi, (u) => redactUrl(u));
}

/** The URL without its credentials, and a Basic authorization header made from them (if any). */
export function splitCredentials(url: string): { url: string; authorization?: string } {
  const parsed = new URL(url);
  if (!parsed.username && !parsed.password) return { url: parsed.href };
  const user = decodeURIComponent(parsed.username);
  const password = decodeURIComponent(parsed.password);
  parsed.username = '';
  parsed.password = '';
  return { url: parsed.href, authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
}
