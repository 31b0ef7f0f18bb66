/**
 * A small closed-loop HTTP load generator in its own thread (so the servers keep the main
 * thread): `connections` keep-alive connections, each sending the next request as soon as the
 * previous answer is read, for a fixed time after a warm-up. Loopback only.
 */
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

export interface LoadJob {
  url: string;
  body: string;
  headers: Record<string, string>;
  connections: number;
  warmUpMs: number;
  durationMs: number;
}

export interface LoadResult {
  /** Latency of each request answered inside the measured time, in ms. */
  latencies: number[];
  durationMs: number;
  errors: number;
  firstError: string | null;
  bytes: number;
  /** Every answer, the warm-up included (to divide the server's CPU time by). */
  answered: number;
}

/** Sends one request and reads the whole answer; keeps only its size and how it starts (a loader must not cost more than a server). */
function send(agent: http.Agent, url: URL, body: string, headers: Record<string, string>): Promise<{ status: number; head: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (res) => {
        let head = '';
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          if (bytes === 0) head = chunk.subarray(0, 300).toString('utf8');
          bytes += chunk.length;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, head, bytes }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function run(job: LoadJob): Promise<LoadResult> {
  const url = new URL(job.url);
  if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') throw new Error('the load generator only talks to loopback');
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections });
  const started = performance.now();
  const measureFrom = started + job.warmUpMs;
  const end = measureFrom + job.durationMs;
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let firstError: string | null = null;
  let answered = 0;
  const loop = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      let failed = false;
      let size = 0;
      try {
        const res = await send(agent, url, job.body, job.headers);
        size = res.bytes;
        // A GraphQL error is a failed request even with HTTP 200; Apollo writes `errors` first.
        if (res.status !== 200 || res.head.startsWith('{"errors"')) {
          failed = true;
          firstError ??= `${res.status} ${res.head}`;
        }
      } catch (error) {
        failed = true;
        firstError ??= (error as Error).message;
      }
      const t1 = performance.now();
      answered++;
      // Throughput counts the answers that arrived in the measured time (a slow page still counts).
      if (t1 >= measureFrom && t1 <= end) {
        latencies.push(t1 - t0);
        bytes += size;
        if (failed) errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: job.connections }, loop));
  agent.destroy();
  return { latencies, durationMs: job.durationMs, errors, firstError, bytes, answered };
}

run(workerData as LoadJob).then(
  (result) => parentPort!.postMessage({ ok: true, result }),
  (error: Error) => parentPort!.postMessage({ ok: false, error: error.message }),
);
