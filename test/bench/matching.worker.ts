import { parentPort, workerData } from 'node:worker_threads';
import { prepareCity } from './matching-bench-city.js';

/**
 * One of the benchmark's worker threads: rebuilds the (deterministic) city, warms up, says it is ready,
 * then ranks its share of the residents when told to, reporting progress now and then.
 */
const { city, scorer } = prepareCity(workerData.city);
const port = parentPort!;
// Warm up the JIT like the single-thread run does, so the timed part measures steady state.
for (let i = 0; i < Math.min(2_000, city.residents.length); i++) {
  const input = city.residents[i];
  scorer.rank(scorer.prepareResident(input), scorer.activitiesIn(city.nearby.get(input.wijkCode)!));
}
port.postMessage({ type: 'ready' });
port.on('message', (message: { type: 'run'; from: number; to: number }) => {
  if (message.type !== 'run') return;
  const started = performance.now();
  let pairs = 0;
  let proposals = 0;
  let done = 0;
  for (let i = message.from; i < message.to; i++) {
    const input = city.residents[i];
    const groups = scorer.activitiesIn(city.nearby.get(input.wijkCode)!);
    for (const group of groups) pairs += group.length;
    proposals += scorer.rank(scorer.prepareResident(input), groups).length;
    if (++done % 5_000 === 0) port.postMessage({ type: 'progress', done: 5_000 });
  }
  port.postMessage({ type: 'progress', done: done % 5_000 });
  port.postMessage({ type: 'done', pairs, proposals, ms: performance.now() - started });
});
