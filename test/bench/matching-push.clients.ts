/**
 * The graphql-ws clients of the matching push benchmark, in a child process of their own: the
 * server's memory is then measured without theirs, and each side of 10,000 sockets stays under
 * the open-file limit. Driven over IPC by matching-push.bench.ts. Loopback only.
 */
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export type ClientCommand =
  | { type: 'connect'; url: string; credentials: Record<string, string>[]; query: string; concurrency: number }
  | { type: 'close' };

export interface Receipt {
  index: number;
  at: number;
  id: string | null;
  error: string | null;
}

export type ClientReport =
  | { type: 'progress'; done: number }
  | { type: 'connected'; failed: number; firstError: string | null }
  | { type: 'received'; receipts: Receipt[] }
  | { type: 'closed' };

/** Wall-clock milliseconds with sub-millisecond precision, comparable between processes on one machine. */
const now = () => performance.timeOrigin + performance.now();
const send = (report: ClientReport) => process.send!(report);

let clients: Client[] = [];

/**
 * Receipts go to the server's process in batches: one IPC message per push would make the
 * process under test handle a thousand extra messages in the middle of the burst it is timed on.
 * The times are taken here, on arrival, so batching does not change them.
 */
let pending: Receipt[] = [];
setInterval(() => {
  if (pending.length === 0) return;
  send({ type: 'received', receipts: pending });
  pending = [];
}, 50).unref();

async function connect(command: Extract<ClientCommand, { type: 'connect' }>): Promise<void> {
  const url = new URL(command.url);
  if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') throw new Error('the clients only talk to loopback');
  let next = 0;
  let done = 0;
  let failed = 0;
  let firstError: string | null = null;
  const one = (index: number) =>
    new Promise<void>((resolve) => {
      const client = createClient({
        url: command.url,
        webSocketImpl: WebSocket,
        connectionParams: command.credentials[index],
        retryAttempts: 0,
        lazy: false,
        on: {
          connected: () => resolve(),
          closed: (event) => {
            failed++;
            firstError ??= `closed: ${JSON.stringify(event && typeof event === 'object' && 'reason' in event ? (event as { reason: string }).reason : event)}`;
            resolve();
          },
        },
      });
      clients.push(client);
      client.subscribe<{ matchProposed?: { id?: string } }>(
        { query: command.query },
        {
          next: (result) => {
            pending.push({
              index,
              at: now(),
              id: result.data?.matchProposed?.id ?? null,
              error: result.errors ? JSON.stringify(result.errors).slice(0, 300) : null,
            });
          },
          error: (error) => {
            firstError ??= `subscription: ${JSON.stringify(error).slice(0, 300)}`;
          },
          complete: () => undefined,
        },
      );
    });
  const worker = async () => {
    while (next < command.credentials.length) {
      await one(next++);
      if (++done % 100 === 0 || done === command.credentials.length) send({ type: 'progress', done });
    }
  };
  await Promise.all(Array.from({ length: Math.min(command.concurrency, command.credentials.length) }, worker));
  send({ type: 'connected', failed, firstError });
}

process.on('message', (command: ClientCommand) => {
  if (command.type === 'connect') {
    connect(command).catch((error: Error) => send({ type: 'connected', failed: command.credentials.length, firstError: error.message }));
  } else if (command.type === 'close') {
    const closing = clients;
    clients = [];
    void Promise.all(closing.map((client) => client.dispose())).then(() => send({ type: 'closed' }));
  }
});
process.on('disconnect', () => process.exit(0));
