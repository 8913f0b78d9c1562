import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execFileSync } from 'node:child_process';
import { hostname } from 'node:os';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchSource, parseSource } from '../../src/ingest/index.js';
import { entry, expectDocError, makePlanPdf } from './helpers.js';

/** A local server that serves good files and misbehaves on purpose, counting hits per path. */
let server: Server;
let origin: string;
let pdf: Buffer;
const hits = new Map<string, number>();

function route(req: IncomingMessage, res: ServerResponse): void {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const n = (hits.get(path) ?? 0) + 1;
  hits.set(path, n);
  switch (path) {
    case '/plan.pdf':
      res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
      return;
    case '/page.html':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>CSP plan</h1><p>Knife crime is a priority.</p>');
      return;
    case '/hang':
      return; // never answers
    case '/slow-body':
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('first part of the body... '); // then stalls
      return;
    case '/flaky':
      if (n === 1) res.writeHead(500).end('try again');
      else res.writeHead(200, { 'content-type': 'text/plain' }).end('Second time lucky.');
      return;
    case '/down':
      res.writeHead(503).end();
      return;
    case '/gone':
      res.writeHead(404).end('not found');
      return;
    case '/loop':
      res.writeHead(302, { location: '/loop' }).end();
      return;
    case '/moved':
      res.writeHead(301, { location: `${origin}/page.html` }).end();
      return;
    case '/to-ftp':
      res.writeHead(302, { location: 'ftp://example.org/plan.pdf' }).end();
      return;
    case '/image':
      res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(10));
      return;
    case '/truncated':
      // Promises 1,000 bytes, sends 100, then drops the connection.
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '1000' });
      res.write('x'.repeat(100), () => res.destroy());
      return;
    case '/huge-declared':
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(50 * 1024 * 1024) });
      res.write('%PDF-1.4'); // the client must not wait for the rest
      return;
    case '/huge-streamed': {
      res.writeHead(200, { 'content-type': 'text/plain' }); // chunked: no length to check up front
      const chunk = 'y'.repeat(64 * 1024);
      let sent = 0;
      const pump = (): void => {
        while (sent < 64) {
          sent++;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      pump();
      return;
    }
    case '/private':
      if (req.headers.authorization === `Basic ${Buffer.from('analyst:s3cret').toString('base64')}`) res.writeHead(200, { 'content-type': 'text/plain' }).end('Members only: knife crime is a priority.');
      else res.writeHead(401, { 'www-authenticate': 'Basic realm="x"' }).end('login');
      return;
    case '/redirect-away':
      // Sends the client to another origin (localhost by name): the credentials must not follow.
      res.writeHead(302, { location: `http://localhost:${(server.address() as AddressInfo).port}/private` }).end();
      return;
    case '/empty':
      res.writeHead(200, { 'content-type': 'text/plain' }).end();
      return;
    default:
      res.writeHead(404).end();
  }
}

beforeAll(async () => {
  pdf = await makePlanPdf();
  server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => hits.clear());

// The test server is on loopback, so these tests allow private addresses; the policy has its own tests.
const opts = { baseDir: '/', timeoutMs: 2000, retries: 2, allowPrivateUrls: true };
const at = (path: string) => entry({ url: `${origin}${path}` });

describe('fetchSource from a URL', () => {
  it('downloads a PDF, keeps its content type and hash, and it parses', async () => {
    const r = await fetchSource(at('/plan.pdf'), opts);
    expect(r.bytes.equals(pdf)).toBe(true);
    expect(r.contentType).toBe('application/pdf');
    expect(r.finalUrl).toBe(`${origin}/plan.pdf`);
    expect(r.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const doc = await parseSource(r, opts);
    expect(doc.pages).toBe(3);
  });

  it('follows a redirect and reports the final URL; a page without an extension is sniffed as HTML', async () => {
    const r = await fetchSource(at('/moved'), opts);
    expect(r.finalUrl).toBe(`${origin}/page.html`);
    const doc = await parseSource(r, opts);
    expect(doc.format).toBe('html');
  });

  it('times out on a server that never answers, and on a body that stalls', async () => {
    const error = await expectDocError(fetchSource(at('/hang'), { ...opts, timeoutMs: 300 }), 'http-timeout');
    expect(error.stage).toBe('fetch');
    expect(error.message).toContain('/hang');
    expect(hits.get('/hang')).toBe(1); // a hang is not retried
    await expectDocError(fetchSource(at('/slow-body'), { ...opts, timeoutMs: 300 }), 'http-timeout');
  });

  it('retries after a 500 and succeeds', async () => {
    const r = await fetchSource(at('/flaky'), opts);
    expect(r.bytes.toString()).toBe('Second time lucky.');
    expect(hits.get('/flaky')).toBe(2);
  });

  it('gives up on a persistent 5xx after the configured retries', async () => {
    const error = await expectDocError(fetchSource(at('/down'), opts), 'http-status');
    expect(error.message).toContain('503');
    expect(hits.get('/down')).toBe(3);
  });

  it('does not retry a 404', async () => {
    const error = await expectDocError(fetchSource(at('/gone'), opts), 'http-status');
    expect(error.message).toContain('404');
    expect(hits.get('/gone')).toBe(1);
  });

  it('stops a redirect loop', async () => {
    await expectDocError(fetchSource(at('/loop'), opts), 'http-redirects');
    expect(hits.get('/loop')).toBe(6); // the first request and five redirects
  });

  it('refuses non-http schemes, directly or by redirect', async () => {
    await expectDocError(fetchSource(entry({ url: 'ftp://example.org/plan.pdf' }), opts), 'bad-scheme');
    await expectDocError(fetchSource(entry({ url: 'file:///etc/passwd' }), opts), 'bad-scheme');
    await expectDocError(fetchSource(at('/to-ftp'), opts), 'bad-scheme');
  });

  it('refuses an unexpected content type', async () => {
    const error = await expectDocError(fetchSource(at('/image'), opts), 'http-content-type');
    expect(error.message).toContain('image/png');
  });

  it('reports a body cut short of its Content-Length as a network error, after retrying', async () => {
    await expectDocError(fetchSource(at('/truncated'), opts), 'network');
    expect(hits.get('/truncated')).toBe(3);
  });

  it('enforces the size cap from Content-Length and while streaming', async () => {
    await expectDocError(fetchSource(at('/huge-declared'), { ...opts, maxBytes: 1024 * 1024 }), 'http-too-large');
    await expectDocError(fetchSource(at('/huge-streamed'), { ...opts, maxBytes: 1024 * 1024 }), 'http-too-large');
    const r = await fetchSource(at('/huge-streamed'), { ...opts, maxBytes: 8 * 1024 * 1024 });
    expect(r.bytes.length).toBe(64 * 64 * 1024);
  });

  it('reports an empty body', async () => {
    await expectDocError(fetchSource(at('/empty'), opts), 'empty-file');
  });

  it('reports a refused connection as a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await expectDocError(fetchSource(entry({ url: `http://127.0.0.1:${port}/plan.pdf` }), { ...opts, retries: 0 }), 'network');
    expect(error.message).toContain(`127.0.0.1:${port}`);
  });
});

describe('fetch policy: private addresses and credentials', () => {
  const strict = { baseDir: '/', timeoutMs: 2000, retries: 2 };
  const port = () => (server.address() as AddressInfo).port;

  it('refuses loopback, link-local and private addresses unless allowPrivateUrls, before any request', async () => {
    for (const url of [
      `${origin}/plan.pdf`,
      `http://[::1]:${port()}/plan.pdf`,
      `http://[::ffff:127.0.0.1]:${port()}/plan.pdf`,
      'http://169.254.169.254/latest/meta-data/',
      'http://10.1.2.3/plan.pdf',
      `http://localhost:${port()}/plan.pdf`,
    ]) {
      const error = await expectDocError(fetchSource(entry({ url }), strict), 'private-address');
      expect(error.hint).toMatch(/--allow-private-urls/);
    }
    expect(hits.get('/plan.pdf')).toBeUndefined();
  });

  it('checks the address a name resolves to, at connect time (not only literal hosts)', async () => {
    // The machine's own name is not caught by the literal check; it resolves to a local or private address.
    const error = await expectDocError(fetchSource(entry({ url: `http://${hostname()}:${port()}/plan.pdf` }), { ...strict, retries: 0 }), 'private-address');
    expect(error.message).toMatch(/resolves to [0-9a-f.:]+, a private or local address/);
    expect(hits.get('/plan.pdf')).toBeUndefined();
  });

  it('sends user:pass as Basic authorization to that origin only, and never shows it', async () => {
    const r = await fetchSource(entry({ url: `http://analyst:s3cret@127.0.0.1:${port()}/private` }), opts);
    expect(r.bytes.toString()).toMatch(/Members only/);
    expect(r.finalUrl).not.toMatch(/s3cret|analyst/);
    // After a redirect to another origin the credentials are dropped: the server answers 401.
    const away = await expectDocError(fetchSource(entry({ url: `http://analyst:s3cret@127.0.0.1:${port()}/redirect-away` }), opts), 'http-auth');
    expect(away.message).not.toMatch(/s3cret/);
  });

  it('a 401 is an access failure, not a retryable network error; messages carry no password or token', async () => {
    const error = await expectDocError(fetchSource(entry({ url: `http://analyst:wrong-password@127.0.0.1:${port()}/private?token=abc123&page=2` }), opts), 'http-auth');
    expect(hits.get('/private')).toBe(1); // not retried
    expect(error.message).not.toMatch(/wrong-password|abc123/);
    expect(error.message).toMatch(/token=REDACTED&page=2/);
    const gone = await expectDocError(fetchSource(entry({ url: `http://analyst:wrong-password@127.0.0.1:${port()}/gone` }), opts), 'http-status');
    expect(gone.message).not.toMatch(/wrong-password/);
  });
});

/**
 * Redirects from a public address to private ones, for real: as root, a documentation-range
 * address (TEST-NET-3, 203.0.113.5) is added to the loopback interface and stands in for a public
 * web server; where that is not allowed the block is skipped (the literal and DNS checks above
 * use the same code path for every hop).
 */
const PUBLIC_IP = '203.0.113.5';
function tryIp(args: string[]): boolean {
  try {
    execFileSync('ip', args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const canAddAddress = process.getuid?.() === 0 && tryIp(['addr', 'add', `${PUBLIC_IP}/32`, 'dev', 'lo']);

describe.runIf(canAddAddress)('redirects from a public address', () => {
  let publicServer: Server;
  let publicOrigin: string;
  const secretHits = () => hits.get('/page.html') ?? 0;

  beforeAll(async () => {
    publicServer = createServer((req, res) => {
      const to: Record<string, string> = {
        '/doc.html': '',
        '/to-loopback': `${origin}/page.html`,
        '/to-metadata': 'http://169.254.169.254/latest/meta-data/',
        '/to-local-name': `http://${hostname()}:${(server.address() as AddressInfo).port}/page.html`,
      };
      const target = to[req.url ?? ''];
      if (target === '') res.writeHead(200, { 'content-type': 'text/plain' }).end('A public partner document.');
      else if (target) res.writeHead(302, { location: target }).end();
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => publicServer.listen(0, PUBLIC_IP, resolve));
    publicOrigin = `http://${PUBLIC_IP}:${(publicServer.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    publicServer.closeAllConnections();
    await new Promise<void>((resolve) => publicServer.close(() => resolve()));
    tryIp(['addr', 'del', `${PUBLIC_IP}/32`, 'dev', 'lo']);
  });

  const strict = { baseDir: '/', timeoutMs: 2000, retries: 0 };

  it('a public address is fetched under the default policy', async () => {
    const r = await fetchSource(entry({ url: `${publicOrigin}/doc.html` }), strict);
    expect(r.bytes.toString()).toBe('A public partner document.');
  });

  it('a redirect to loopback, to cloud metadata or to a name resolving locally is refused, and never requested', async () => {
    for (const path of ['/to-loopback', '/to-metadata', '/to-local-name']) {
      const error = await expectDocError(fetchSource(entry({ url: `${publicOrigin}${path}` }), strict), 'private-address');
      expect(error.hint).toMatch(/--allow-private-urls/);
    }
    expect(secretHits()).toBe(0);
    // Allowed on purpose, the same redirect is followed.
    const r = await fetchSource(entry({ url: `${publicOrigin}/to-loopback` }), { ...strict, allowPrivateUrls: true });
    expect(r.finalUrl).toBe(`${origin}/page.html`);
  });
});
