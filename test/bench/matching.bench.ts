/**
 * Full-city rematch benchmark (issue #6): 100,000 residents × 5,000 activities, each resident
 * scored against the activities of their own and the neighbouring wijken.
 *
 *   npm run bench -- matching            the full city
 *   npm run bench -- matching --quick    a tenth of the residents (a smoke run)
 *
 * Prints, in one run on this machine:
 *  - the bare loop: tag bitmasks and plain objects, arithmetic only (no filters, no top-k, no reasons);
 *    it and the production scorer run interleaved in chunks so both see the same machine load;
 *  - the production scorer (MatchScorer.rank: filters, score, top-k, diversity, reasons) on one thread;
 *  - the same on 2 worker threads (wall time of the whole rematch);
 *  - a naive all-pairs scorer (string-array tag intersection, object spread, reasons for every
 *    pair), run on a sample of residents and extrapolated;
 * and the ratios against the targets: production within 1.5× of the bare loop, ≥ 10× faster than naive.
 */
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import cliProgress from 'cli-progress';
import { popcount32 } from '../../libs/matching/src/tag-index.js';
import type { ActivityFeatures, ActivityInput, ResidentInput } from '../../libs/matching/src/match-scorer.js';
import type { TagLabels } from '../../libs/matching/src/match-reasons.js';
import { BENCH_CITY, prepareCity } from './matching-bench-city.js';

const WORKERS = 2;
const NAIVE_SAMPLE = 1_500;

function bar(title: string, total: number): cliProgress.SingleBar {
  const progress = new cliProgress.SingleBar(
    { format: `${title.padEnd(28)} [{bar}] {percentage}% | {value}/{total} residents | {duration}s`, hideCursor: true, noTTYOutput: true, notTTYSchedule: 2_000 },
    cliProgress.Presets.shades_classic,
  );
  progress.start(total, 0);
  return progress;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
const rate = (pairs: number, ms: number) => `${(pairs / ms / 1_000).toFixed(2)} M pairs/s`;

export default async function matchingBench(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  const cityOptions = quick ? { ...BENCH_CITY, residents: 10_000 } : BENCH_CITY;
  console.log(`Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'})`);

  const t = performance.now();
  const { city, scorer } = prepareCity(cityOptions);
  const groupsByWijk = new Map<string, ActivityFeatures[][]>();
  for (const wijk of city.wijken) groupsByWijk.set(wijk.code, scorer.activitiesIn(city.nearby.get(wijk.code)!));
  const residents = city.residents.map((input) => scorer.prepareResident(input));
  let pairs = 0;
  for (const r of residents) for (const group of groupsByWijk.get(r.wijkCode)!) pairs += group.length;
  console.log(
    `city: ${fmt(city.residents.length)} residents, ${fmt(city.activities.length)} activities, ${city.wijken.length} wijken, ` +
      `${city.tagSlugs.length} tags (${scorer.tags.words} words per bitset); ${fmt(pairs)} candidate pairs (own + neighbouring wijken); ` +
      `built and prepared in ${(performance.now() - t).toFixed(0)} ms`,
  );

  // 1 and 2. The bare loop and the production scorer on one thread, over the same pairs. The
  // machine is shared and noisy, so they run interleaved in chunks (alternating which goes
  // first) after a warm-up: both see the same load, and the ratio means something.
  const w = scorer.weights;
  const bareLoop = (from: number, to: number): number => {
    let checksum = 0;
    for (let i = from; i < to; i++) {
      const r = residents[i];
      const groups = groupsByWijk.get(r.wijkCode)!;
      const kmPerDegLon = 111.19507973436875 * r.cosLat;
      let best = 0;
      for (let g = 0; g < groups.length; g++) {
        const group = groups[g];
        for (let j = 0; j < group.length; j++) {
          const a = group[j];
          const dy = (a.lat - r.lat) * 111.19507973436875;
          const dx = (a.lon - r.lon) * kmPerDegLon;
          let shared = 0;
          for (let k = 0; k < a.tags.length; k++) shared += popcount32(r.likes[k] & a.tags[k]);
          const score =
            w.interest * (shared > 1 ? 1 : shared * 0.5) +
            w.distance * Math.max(0, 1 - Math.sqrt(dx * dx + dy * dy) / r.radiusKm) +
            w.availability * (a.slotCount === 0 ? 0.5 : popcount32(r.slots & a.slots) / a.slotCount) +
            w.social * ((a.walkIn ? 0.5 : 0) + (a.free ? 0.5 : 0)) +
            w.outcome * a.outcome;
          if (score > best) best = score;
        }
      }
      checksum += best;
    }
    return checksum;
  };
  let proposals = 0;
  let reasons = 0;
  const production = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const top = scorer.rank(residents[i], groupsByWijk.get(residents[i].wijkCode)!);
      proposals += top.length;
      for (const p of top) reasons += p.reasons.length;
    }
  };
  // The naive scorer runs on a sample (every chunk's first residents) and is extrapolated.
  const activitiesByWijk = new Map<string, ActivityInput[]>();
  for (const a of city.activities) {
    const list = activitiesByWijk.get(a.wijkCode) ?? [];
    list.push(a);
    activitiesByWijk.set(a.wijkCode, list);
  }
  let naivePairs = 0;
  let naiveProposals = 0;
  let naiveResidents = 0;
  const naive = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const resident = city.residents[i];
      const candidates = city.nearby.get(resident.wijkCode)!.flatMap((code) => activitiesByWijk.get(code) ?? []);
      naivePairs += candidates.length;
      naiveProposals += naiveRank(resident, candidates, city.labels).length;
      naiveResidents++;
    }
  };
  const warmUp = Math.min(2_000, residents.length);
  bareLoop(0, warmUp);
  production(0, warmUp);
  naive(0, 100);
  naivePairs = naiveProposals = naiveResidents = 0;
  proposals = 0;
  reasons = 0;
  let checksum = 0;
  let bareMs = 0;
  let singleMs = 0;
  let naiveMs = 0;
  const CHUNK = 5_000;
  const NAIVE_PER_CHUNK = Math.ceil((NAIVE_SAMPLE * CHUNK) / residents.length);
  const progress1 = bar('bare, MatchScorer, naive', residents.length);
  for (let from = 0, round = 0; from < residents.length; from += CHUNK, round++) {
    const to = Math.min(residents.length, from + CHUNK);
    const runBare = () => {
      const t0 = performance.now();
      checksum += bareLoop(from, to);
      bareMs += performance.now() - t0;
    };
    const runProduction = () => {
      const t0 = performance.now();
      production(from, to);
      singleMs += performance.now() - t0;
    };
    const runNaive = () => {
      const t0 = performance.now();
      naive(from, Math.min(to, from + NAIVE_PER_CHUNK));
      naiveMs += performance.now() - t0;
    };
    // Rotate the order, so no variant always runs first (or last) in a chunk.
    const order = [runBare, runProduction, runNaive];
    for (let k = 0; k < order.length; k++) order[(k + round) % order.length]();
    progress1.update(to);
  }
  progress1.stop();

  // 3. The production scorer on 2 worker threads: the whole rematch, wall time.
  const workerResult = await runWorkers(cityOptions, city.residents.length);

  const naiveFullMs = (naiveMs / naivePairs) * pairs;

  console.log('');
  console.log(`bare loop, 1 thread:           ${(bareMs / 1000).toFixed(2)} s  ${rate(pairs, bareMs)}  (checksum ${checksum.toFixed(1)})`);
  console.log(`MatchScorer, 1 thread:         ${(singleMs / 1000).toFixed(2)} s  ${rate(pairs, singleMs)}  ${fmt(proposals)} proposals, ${fmt(reasons)} reasons`);
  console.log(
    `MatchScorer, ${WORKERS} workers:        ${(workerResult.wallMs / 1000).toFixed(2)} s wall  ${rate(workerResult.pairs, workerResult.wallMs)}  ` +
      `${fmt(workerResult.proposals)} proposals (+ ${(workerResult.setupMs / 1000).toFixed(2)} s for the workers to build the city and warm up)`,
  );
  console.log(
    `naive, 1 thread:               ${(naiveMs / 1000).toFixed(2)} s for a sample of ${fmt(naiveResidents)} residents (${fmt(naivePairs)} pairs, ${fmt(naiveProposals)} proposals), ` +
      `${rate(naivePairs, naiveMs)}; EXTRAPOLATED to all ${fmt(pairs)} pairs: ${(naiveFullMs / 1000).toFixed(1)} s`,
  );
  console.log('');
  const vsBare = singleMs / bareMs;
  const vsNaive = naiveFullMs / singleMs;
  console.log(`MatchScorer / bare loop (1 thread):        ${vsBare.toFixed(2)}×  (target ≤ 1.5×)  ${vsBare <= 1.5 ? 'OK' : 'MISSED'}`);
  console.log(`naive / MatchScorer (1 thread, extrapol.): ${vsNaive.toFixed(1)}×  (target ≥ 10×)  ${vsNaive >= 10 ? 'OK' : 'MISSED'}`);
  console.log(`${WORKERS} workers speed-up over 1 thread:      ${(singleMs / workerResult.wallMs).toFixed(2)}×`);
  if (workerResult.proposals !== proposals) console.log(`WARNING: workers made ${workerResult.proposals} proposals, one thread ${proposals}`);
  console.log('(push latency and subscription memory: npm run bench -- matching-push)');
}

async function runWorkers(cityOptions: typeof BENCH_CITY, residentCount: number) {
  const setupStarted = performance.now();
  const workers = Array.from({ length: WORKERS }, () => new Worker(new URL('./matching.worker.ts', import.meta.url), { workerData: { city: cityOptions } }));
  await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (m: { type: string }) => (m.type === 'ready' ? resolve() : reject(new Error(`unexpected ${m.type}`))));
  })));
  const setupMs = performance.now() - setupStarted;
  const progress = bar(`MatchScorer (${WORKERS} workers)`, residentCount);
  let done = 0;
  const started = performance.now();
  const results = await Promise.all(
    workers.map((worker, i) => new Promise<{ pairs: number; proposals: number; ms: number }>((resolve, reject) => {
      const from = Math.floor((residentCount * i) / WORKERS);
      const to = Math.floor((residentCount * (i + 1)) / WORKERS);
      worker.on('error', reject);
      worker.on('message', (m: { type: string; done?: number; pairs?: number; proposals?: number; ms?: number }) => {
        if (m.type === 'progress') progress.update((done += m.done!));
        else if (m.type === 'done') resolve({ pairs: m.pairs!, proposals: m.proposals!, ms: m.ms! });
      });
      worker.postMessage({ type: 'run', from, to });
    })),
  );
  const wallMs = performance.now() - started;
  progress.stop();
  await Promise.all(workers.map((worker) => worker.terminate()));
  return {
    wallMs,
    setupMs,
    pairs: results.reduce((s, r) => s + r.pairs, 0),
    proposals: results.reduce((s, r) => s + r.proposals, 0),
  };
}

const R = 6371.0088;
function haversine(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * How one would write it first: strings and arrays, a fresh object per pair by spread, reasons
 * for every pair, sort everything, take five. Same rules and weights as the real scorer.
 */
function naiveRank(resident: ResidentInput, activities: ActivityInput[], labels: TagLabels) {
  const likes = [...resident.interests, ...resident.wishes];
  const scored = [];
  for (const activity of activities) {
    const pair = { ...resident, ...activity, residentId: resident.id, activityId: activity.id };
    if (activity.placesLeft !== null && activity.placesLeft <= 0) continue;
    if (resident.needs.includes('WHEELCHAIR_ACCESS') && !activity.accessibility.includes('WHEELCHAIR')) continue;
    if (resident.needs.includes('HEARING_LOOP') && !activity.accessibility.includes('HEARING_LOOP')) continue;
    if (!activity.audience.includes('ALL') && !activity.audience.includes(resident.ageBand === 'UNDER_30' ? 'AGE_18_TO_29' : (resident.ageBand ?? ''))) continue;
    const km = haversine(resident.lat, resident.lon, activity.lat, activity.lon);
    if (km > resident.travelRadiusKm) continue;
    const shared = activity.tags.filter((tag) => likes.includes(tag));
    const sharedTalents = activity.tags.filter((tag) => resident.talents.includes(tag) && !likes.includes(tag));
    if (shared.length + sharedTalents.length === 0) continue;
    const languages = resident.languages.length ? resident.languages : ['nl'];
    if (!activity.languages.some((l) => languages.includes(l))) continue;
    const matched = shared.length + 0.5 * sharedTalents.length;
    const freeSlots = activity.slots.filter((slot) => resident.availability.includes(slot));
    const interest = 0.35 * Math.min(1, matched / 2) + 0.3 * Math.min(1, matched / activity.tags.length) + 0.35 * (likes.includes(activity.tags[0]) ? 1 : 0);
    const availability = resident.availability.length === 0 || activity.slots.length === 0 ? 0.5 : freeSlots.length / new Set(activity.slots).size;
    const group = activity.capacity === null || activity.capacity >= 4;
    const social = (group ? (resident.wantsNewContacts ? 0.5 : 0.2) : 0) + (activity.walkIn ? 0.25 : 0) + (activity.costCents === 0 ? 0.25 : 0);
    const score = (0.5 * interest + 0.15 * (1 - km / resident.travelRadiusKm) + 0.15 * availability + 0.1 * social + 0.1 * 0.5) / 1.0;
    const reasons = [
      ...shared.map((tag) => ({ nl: `Je houdt van ${labels.get(tag)?.nl.toLowerCase()}`, en: `You like ${labels.get(tag)?.en.toLowerCase()}` })),
      resident.wijkCode === activity.wijkCode ? { nl: 'Bij jou in de wijk', en: 'In your neighbourhood' } : { nl: `Dichtbij: ${km.toFixed(1)} km`, en: `Close by: ${km.toFixed(1)} km` },
      ...freeSlots.map((slot) => ({ nl: `Op ${slot}, dan kun je`, en: `On ${slot}, when you are free` })),
    ];
    if (score >= 0.4) scored.push({ ...pair, score, reasons: reasons.slice(0, 3) });
  }
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, 5);
}
