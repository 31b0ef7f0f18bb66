import { Injectable, type NestMiddleware } from '@nestjs/common';
import { SESSION_COOKIE } from '@buurtbrug/auth';
import type { PageRequest } from './public-page-cache.js';
import { PublicPageCache } from './public-page-cache.service.js';

/** Set on a request that may fill the cache; the Apollo plugin marks it cacheable once the answer is known to be clean. */
export const PUBLIC_PAGE_TICKET = Symbol('public-page-ticket');

export interface PublicPageTicket {
  key: string;
  generation: number;
  cacheable: boolean;
}

interface HttpRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  [PUBLIC_PAGE_TICKET]?: PublicPageTicket;
}

interface HttpResponse {
  statusCode: number;
  once(event: 'close', listener: () => void): unknown;
  setHeader(name: string, value: string | number): unknown;
  getHeader(name: string): unknown;
  end(body: Buffer): unknown;
  send(body: unknown): unknown;
}

const SESSION_COOKIE_PATTERN = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=`);

/**
 * A GraphQL-over-HTTP POST from someone without credentials, in the plain shape the cache
 * understands; anything else (a token, a session cookie, batches, extensions) goes its usual way.
 */
function anonymousPageRequest(req: HttpRequest): PageRequest | null {
  if (req.method !== 'POST' || req.headers.authorization !== undefined) return null;
  const contentType = req.headers['content-type'];
  if (typeof contentType !== 'string' || !contentType.toLowerCase().startsWith('application/json')) return null;
  const cookie = req.headers.cookie;
  if (typeof cookie === 'string' && SESSION_COOKIE_PATTERN.test(cookie)) return null;
  const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown; extensions?: unknown } | undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.query !== 'string' || body.extensions !== undefined) return null;
  if (body.variables != null && (typeof body.variables !== 'object' || Array.isArray(body.variables))) return null;
  if (body.operationName != null && typeof body.operationName !== 'string') return null;
  const accept = req.headers.accept;
  return {
    query: body.query,
    operationName: (body.operationName as string | null | undefined) ?? null,
    variables: (body.variables as Record<string, unknown> | null | undefined) ?? null,
    accept: typeof accept === 'string' ? accept : '',
  };
}

/**
 * Answers anonymous public pages from the cache before GraphQL runs at all (no parsing,
 * execution or serialisation; gzipped for clients that accept it), and keeps the bytes Apollo
 * sends for a page it may cache.
 */
@Injectable()
export class PublicPageCacheMiddleware implements NestMiddleware {
  /**
   * Pages being computed now, by key. When a page expires under load, the first request
   * computes it and the others wait for that answer instead of all computing it at once.
   */
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(private readonly cache: PublicPageCache) {}

  use(req: HttpRequest, res: HttpResponse, next: () => void): void {
    const request = anonymousPageRequest(req);
    const key = request ? this.cache.store.keyOf(request) : null;
    if (key === null) return next();
    if (this.serve(key, req, res)) return;
    const computing = this.inFlight.get(key);
    if (computing) {
      void computing.then(() => {
        if (!this.serve(key, req, res)) next();
      });
      return;
    }
    this.compute(key, req, res);
    next();
  }

  private serve(key: string, req: HttpRequest, res: HttpResponse): boolean {
    const page = this.cache.store.get(key);
    if (!page) return false;
    const acceptEncoding = req.headers['accept-encoding'];
    const { body, encoding } = this.cache.store.encoded(page, typeof acceptEncoding === 'string' ? acceptEncoding : undefined);
    res.statusCode = 200;
    res.setHeader('content-type', page.contentType);
    res.setHeader('vary', 'accept-encoding');
    if (encoding) res.setHeader('content-encoding', encoding);
    res.setHeader('content-length', body.length);
    res.end(body);
    return true;
  }

  /** Lets this request fill the cache: the plugin marks it cacheable, and the bytes Apollo sends are kept. */
  private compute(key: string, req: HttpRequest, res: HttpResponse): void {
    const ticket: PublicPageTicket = { key, generation: this.cache.store.generation, cacheable: false };
    req[PUBLIC_PAGE_TICKET] = ticket;
    let done!: () => void;
    this.inFlight.set(
      key,
      new Promise<void>((resolve) => {
        done = () => {
          if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
          resolve();
        };
      }),
    );
    const flight = this.inFlight.get(key);
    res.once('close', () => done());
    const send = res.send.bind(res);
    res.send = (body: unknown) => {
      res.send = send;
      if (ticket.cacheable && res.statusCode === 200 && typeof body === 'string') {
        const contentType = res.getHeader('content-type');
        this.cache.store.set(key, Buffer.from(body), typeof contentType === 'string' ? contentType : 'application/json; charset=utf-8', ticket.generation);
      }
      const sent = send(body);
      done();
      return sent;
    };
  }
}
