import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, fetch, type Response } from 'undici';
import { redactUrl, redactUrlsIn, splitCredentials } from '../util/url.js';
import { isPrivateAddress, PRIVATE_ADDRESS, publicOnlyLookup } from './address.js';
import type { SourceEntry } from '../schema/index.js';
import { DocumentError } from '../schema/index.js';
import { sourceLabel } from './label.js';
import { DEFAULT_MAX_BYTES, DEFAULT_RETRIES, DEFAULT_TIMEOUT_MS, type IngestOptions } from './types.js';

export const MAX_REDIRECTS = 5;
/** First retry waits this long; each later one twice as long. */
export const BACKOFF_MS = 250;

/**
 * Media types a partner document can arrive as. Council and NHS sites often mislabel downloads
 * (octet-stream or force-download for PDFs, zip for .docx, ms-excel for CSV); the bytes are sniffed
 * anyway, so these generic types are let through. Images, video, JSON and the like are refused.
 */
const ACCEPTED_TYPES = [
  'application/pdf', 'application/x-pdf', 'text/html', 'application/xhtml+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain', 'text/markdown', 'text/x-markdown', 'text/csv', 'application/csv', 'application/vnd.ms-excel',
  'application/octet-stream', 'binary/octet-stream', 'application/force-download', 'application/download',
  'application/zip', 'application/x-zip-compressed',
];

export interface FetchedUrl {
  bytes: Buffer;
  contentType?: string;
  finalUrl: string;
}

/**
 * undici (the library behind Node's fetch, used directly for its connect options): one agent
 * refuses private addresses when the socket connects, the other is for `allowPrivateUrls`.
 */
let publicAgent: Agent | undefined;
let anyAgent: Agent | undefined;
function agentFor(opts: IngestOptions): Agent {
  if (opts.allowPrivateUrls) return (anyAgent ??= new Agent());
  return (publicAgent ??= new Agent({ connect: { lookup: publicOnlyLookup as never } }));
}

/** Closes the agents' idle connections (the pool restarts on next use). */
export async function closeAgents(): Promise<void> {
  const agents = [publicAgent, anyAgent];
  publicAgent = anyAgent = undefined;
  await Promise.all(agents.map((a) => a?.close()));
}

/** A failed attempt, and whether another attempt could succeed (5xx, dropped connection). */
class AttemptError extends Error {
  constructor(
    readonly error: DocumentError,
    readonly retryable: boolean,
  ) {
    super(error.message);
  }
}

/** GET a URL with a time limit, retries with back-off, a redirect limit and a streaming size cap. */
export async function fetchUrl(entry: SourceEntry, url: string, opts: IngestOptions): Promise<FetchedUrl> {
  const retries = opts.retries ?? DEFAULT_RETRIES;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(entry, url, opts);
    } catch (error) {
      if (!(error instanceof AttemptError)) throw error;
      if (!error.retryable || attempt >= retries) throw error.error;
      await sleep(BACKOFF_MS * 2 ** attempt);
    }
  }
}

async function fetchOnce(entry: SourceEntry, url: string, opts: IngestOptions): Promise<FetchedUrl> {
  const label = sourceLabel(entry);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Messages name URLs without credentials or secret-looking query values.
  const fail = (code: string, message: string, hint: string, retryable = false): AttemptError =>
    new AttemptError(new DocumentError('fetch', code, `${label}: ${redactUrlsIn(message)}`, hint), retryable);

  // One deadline for the whole attempt: redirects, headers and the body.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  // user:pass@ in a link is sent as Basic authorization, to that origin only (never after a redirect elsewhere).
  const first = splitCredentials(checkUrl(url, label, opts));
  let current = first.url;
  const origin = new URL(current).origin;
  try {
    for (let hops = 0; ; hops++) {
      const authorization = first.authorization && new URL(current).origin === origin ? { authorization: first.authorization } : {};
      const response = await fetch(current, {
        redirect: 'manual',
        signal: controller.signal,
        dispatcher: agentFor(opts),
        headers: { 'user-agent': 'planscan (partner document scan)', accept: '*/*', ...authorization },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (hops >= MAX_REDIRECTS) throw fail('http-redirects', `more than ${MAX_REDIRECTS} redirects (last: ${current})`, 'The link loops or points at a login page; find the direct document link.');
        current = splitCredentials(checkUrl(new URL(location, current).href, label, opts)).url;
        continue;
      }
      if (response.status === 401 || response.status === 403 || response.status === 407) {
        await response.body?.cancel();
        throw fail('http-auth', `HTTP ${response.status} ${response.statusText} from ${current}: the server wants a login or refuses access`,
          'The document is not public; ask the partner for a public link or a copy, and list the file as `path`.');
      }
      if (!response.ok) {
        await response.body?.cancel();
        const retryable = response.status >= 500;
        throw fail('http-status', `HTTP ${response.status} ${response.statusText} from ${current}`, retryable ? 'The server failed; try again later.' : 'Check the URL; the document may have moved or been removed.', retryable);
      }
      const contentType = response.headers.get('content-type') ?? undefined;
      const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
      if (mediaType && !ACCEPTED_TYPES.includes(mediaType)) {
        await response.body?.cancel();
        throw fail('http-content-type', `unexpected content type ${mediaType} from ${current}`, 'Expected a PDF, Word, HTML, text or CSV document.');
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (declared > maxBytes) {
        await response.body?.cancel();
        throw fail('http-too-large', `${current} is ${declared} bytes, over the ${maxBytes}-byte limit`, 'Raise maxBytes if the document is genuine.');
      }
      const bytes = await readCapped(response, maxBytes, () =>
        fail('http-too-large', `${current} sent more than ${maxBytes} bytes`, 'Raise maxBytes if the document is genuine.'),
      );
      return { bytes, finalUrl: current, ...(contentType ? { contentType } : {}) };
    }
  } catch (error) {
    if (error instanceof AttemptError || error instanceof DocumentError) throw error;
    if (controller.signal.aborted) {
      // Not retried: a server that hung once usually hangs again, and each try costs timeoutMs.
      throw fail('http-timeout', `no complete response from ${current} within ${timeoutMs} ms`, 'The server is slow or not responding; try again later or raise timeoutMs.');
    }
    if (error instanceof Error && (error.cause as NodeJS.ErrnoException | undefined)?.code === PRIVATE_ADDRESS) {
      throw fail('private-address', `${current}: ${(error.cause as Error).message}; not fetched`, PRIVATE_HINT);
    }
    // fetch reports DNS, refused and dropped connections (incl. a body cut short) as TypeError.
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    const message = error instanceof Error ? error.message : String(error);
    throw fail('network', `request to ${current} failed (${message}${cause})`, 'Check the address and the network connection.', true);
  } finally {
    clearTimeout(timer);
  }
}

/** Read the body, giving up as soon as it passes the cap rather than after buffering it all. */
async function readCapped(response: Response, maxBytes: number, tooLarge: () => AttemptError): Promise<Buffer> {
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

const PRIVATE_HINT = 'Partner documents are fetched from public addresses only; run with --allow-private-urls to read an intranet copy on purpose.';

/** http(s) only, and (unless allowed) not a literal private or local address; names are checked when they resolve. */
function checkUrl(url: string, label: string, opts: IngestOptions): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DocumentError('fetch', 'bad-scheme', `${label}: ${redactUrl(url)} is not a valid URL`, 'Give a full http:// or https:// address.');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new DocumentError('fetch', 'bad-scheme', `${label}: ${redactUrl(url)} uses ${parsed.protocol}, only http and https are fetched`, 'Download the file and give it as `path` instead.');
  }
  const host = parsed.hostname.toLowerCase();
  if (!opts.allowPrivateUrls && (isPrivateAddress(host) || host === 'localhost' || host.endsWith('.localhost'))) {
    throw new DocumentError('fetch', 'private-address', `${label}: ${redactUrl(parsed.href)} is a private or local address; not fetched`, PRIVATE_HINT);
  }
  return parsed.href;
}
