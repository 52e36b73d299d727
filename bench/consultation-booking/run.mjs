// Benchmark of consultation booking (issue "Startup consultations…", see bench/README.md).
// Run after `node scripts/build.mjs server`:
//   node bench/consultation-booking/run.mjs [--runs 1] [--people 200] [--advisers 30] [--weeks 8]
//        [--seconds 10] [--connections 32] [--skip-booking] [--skip-listing] [--cpu-prof DIR] [--api FILE] [--unix-socket]
//        [--log-statements] [--warmups 3 | --no-warmup] [--api-processes 1] [--pool N]
// Seeds 30 advisers with weekly hours and sessions into a fresh database, then on the compiled API
// (production mode) measures, `--runs` times:
//   (a) a burst: 200 booking requests at once from 200 signed-in people at 20 free slots (2 advisers
//       × 10 slots, 10 people per slot) → status counts, overlap check in SQL, exact latencies
//       and, for comparison, bookings one at a time (no queue)
//   (b) GET /api/consultation-slots for all 30 advisers over 8 weeks with autocannon (also at one
//       connection, and one week for one topic as the slot picker asks)
//   (c) the bare node:http + pg primary-key server (bench/lib/harness.mjs) on the same database
// Figures go to stdout, progress to stderr. With --cpu-prof the API writes a V8 CPU profile and the
// benchmark prints where the time went during (a) and (b) separately. --api runs another build of
// the API's main.js (a patched copy of dist/server, to measure a change before making it).
// --unix-socket connects the API and the bare server to PostgreSQL through its Unix socket instead
// of TCP on 127.0.0.1 (a deployment setting for a database on the same machine). --log-statements
// has PostgreSQL log every statement of the API's connections and prints how many a booking takes
// (logging costs time: not for the latency figures). Before the runs, `--warmups` bursts (default
// 3, 660 bookings) exactly like (a) bring the API to the state a server that has been running is in
// (its code compiled by V8's optimising tiers); their figures are printed apart and not counted.
import { appendFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {
  API_MAIN,
  DOMAIN,
  MIGRATE,
  PASSWORD_HASHER,
  ROOT,
  cpuByKind,
  cpuPer,
  describeCpu,
  describeLoad,
  httpClient,
  insertUsers,
  latencySummary,
  load,
  median,
  progress,
  requireBuilt,
  signIn,
  startApi,
  startBarePrimaryKeyServer,
  startDatabaseServices,
  withTimeout,
  withWorkspace,
} from '../lib/harness.mjs';
import { describeProfile, summarizeProfile } from './cpu-profile.mjs';
import { HOLIDAYS, seedProgram } from './seed.mjs';

const require = createRequire(import.meta.url);
const DAY = 86_400_000;
/** The burst: slots per adviser and advisers aimed at (2 × 10 = 20 slots). */
const BURST_ADVISERS = 2;
const SLOTS_PER_ADVISER = 10;

function parseArgs(argv) {
  const options = { runs: 1, warmups: 3, apiProcesses: 1, pool: 0, people: 200, advisers: 30, weeks: 8, seconds: 10, connections: 32, booking: true, listing: true };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--cpu-prof') options.cpuProfDir = path.resolve(argv[++i]);
    else if (arg === '--api') options.apiMain = path.resolve(argv[++i]);
    else if (arg === '--unix-socket') options.unixSocket = true;
    else if (arg === '--log-statements') options.logStatements = true;
    else if (arg === '--skip-booking') options.booking = false;
    else if (arg === '--skip-listing') options.listing = false;
    else if (arg === '--no-warmup') options.warmups = 0;
    else {
      const name = arg.replace(/^--/, '').replace(/-([a-z])/g, (_, c) => c.toUpperCase());
      if (!(name in options) || typeof options[name] !== 'number') throw new Error(`unknown argument ${arg}`);
      options[name] = Number(argv[++i]);
      if (!Number.isInteger(options[name]) || options[name] <= 0) throw new Error(`--${name} must be a positive integer`);
    }
  }
  if (options.advisers < BURST_ADVISERS) throw new Error(`--advisers must be at least ${BURST_ADVISERS}`);
  // Ten or so per slot, and enough who lose to time bookings one at a time afterwards.
  if (options.people < 3 * BURST_ADVISERS * SLOTS_PER_ADVISER) throw new Error(`--people must be at least ${3 * BURST_ADVISERS * SLOTS_PER_ADVISER}`);
  if (options.weeks > 8) throw new Error('--weeks: one slot search covers at most 62 days');
  return options;
}

const ANSWERS = { stage: 'preparing', businessIdea: '朝霞台駅の近くで、地元野菜を使った惣菜とお弁当の店を開きたい。', questions: '創業融資の自己資金はどのくらい必要ですか。' };
const OVERLAPS = `SELECT count(*)::int AS n FROM consultation_booking a JOIN consultation_booking b
  ON a.adviser_id = b.adviser_id AND a.id < b.id AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
  WHERE a.status IN ('booked', 'held', 'no-show') AND b.status IN ('booked', 'held', 'no-show')`;

const codeOf = (response) => {
  if (response.status < 300) return String(response.status);
  try {
    return `${response.status} ${JSON.parse(response.body).code}`;
  } catch {
    return `${response.status} ${response.body.slice(0, 80)}`;
  }
};
const hrtimeUs = () => Number(process.hrtime.bigint() / 1000n);
const ms = (value) => `${value.toFixed(1)} ms`;
const loadAverage = () => os.loadavg().map((v) => v.toFixed(2)).join(' ');

/** The first `count` free slots of an adviser from the day after tomorrow, as the slot picker lists them. */
async function freeSlotsOf(client, adviserId, count) {
  const domain = require(DOMAIN);
  const from = domain.japanDateKey(new Date(Date.now() + 2 * DAY));
  const to = domain.japanDateKey(new Date(Date.now() + 62 * DAY));
  const listed = await client.send({ path: `/api/consultation-slots?${new URLSearchParams({ adviserId, from, to })}` });
  if (listed.status !== 200) throw new Error(`listing the slots of ${adviserId} answered ${listed.status}: ${listed.body.slice(0, 300)}`);
  const free = JSON.parse(listed.body).items.slice(0, count);
  if (free.length < count) throw new Error(`adviser ${adviserId} offers only ${free.length} free slots from ${from}`);
  return free;
}

/** Fisher–Yates with a small seeded generator: the same order for the same run number. */
function shuffle(items, seed) {
  let state = (seed * 2654435761) >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const list = [...items];
  for (let i = list.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

const bookingRequest = (person, slot) => ({
  method: 'POST',
  path: '/api/consultation-bookings',
  headers: person.headers,
  body: JSON.stringify({ adviserId: slot.adviserId, startsAt: slot.startsAt, topic: 'financing', place: 'chamber-of-commerce', answers: ANSWERS }),
});

/**
 * Counts lines of PostgreSQL's log: deadlocks it broke (the booking then runs again) and inserts
 * its exclusion constraints refused (answered 409).
 */
function postgresLogCounter(file = process.env.BENCH_POSTGRES_LOG) {
  const counts = { deadlocks: 0, exclusionViolations: 0, statements: 0 };
  let partial = '';
  const onLog = (chunk) => {
    if (file) appendFileSync(file, chunk);
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (line.includes('deadlock detected')) counts.deadlocks += 1;
      if (line.includes('violates exclusion constraint')) counts.exclusionViolations += 1;
      // With --log-statements: every statement the API sends (simple or extended protocol).
      if (/LOG: {2}(statement|execute [^:]*):/.test(line)) counts.statements += 1;
    }
  };
  return { onLog, snapshot: () => ({ ...counts }) };
}

/**
 * (a) Fresh people signed in and fresh slots picked before the clock; then every request is
 * written at once over already open connections. Afterwards, for comparison, bookings one at a
 * time: new slots taken by people who lost (201), and taken slots asked for again (409).
 */
async function burst({ apis, clients, db, advisers, people: count, run, window, postgresLog }) {
  const [client] = clients;
  const people = await insertUsers(db.databaseUrl, {
    emails: Array.from({ length: count }, (_, i) => `run${run}-person-${i + 1}@people.bench.example.jp`),
    roles: ['entrepreneur'],
  });
  const signedIn = await signIn(client, people);
  const slots = (await Promise.all(advisers.map((a) => freeSlotsOf(client, a.id, SLOTS_PER_ADVISER)))).flat();
  // Ten people per slot, in an order no one arranged: who asks for which slot is shuffled.
  const wanted = shuffle(signedIn.map((_, i) => slots[i % slots.length]), run);
  // With several API processes, the people are spread over them as a load balancer would spread connections.
  const requests = signedIn.map((person, i) => ({ slot: wanted[i], request: bookingRequest(person, wanted[i]), client: clients[i % clients.length] }));
  await Promise.all(clients.map((c, k) => c.warm(requests.filter((_, i) => i % clients.length === k).length)));
  progress(`  run ${run}: ${count} people signed in, ${slots.length} slots from ${slots[0].startsAt}, ${requests.length} connections open; load average ${loadAverage()}`);

  const logBefore = postgresLog.snapshot();
  const apiPids = Object.fromEntries(apis.map((api) => [api.pid, 'api']));
  const cpuBefore = cpuByKind(apiPids);
  const startedUs = hrtimeUs();
  const started = performance.now();
  const responses = await withTimeout(Promise.all(requests.map(({ request, client: via }) => via.send(request))), 120000, 'the booking burst');
  const wallMs = performance.now() - started;
  window.push([startedUs, hrtimeUs()]);
  const cpu = cpuPer(cpuBefore, cpuByKind(apiPids), requests.length);
  const logAfter = postgresLog.snapshot();

  const counts = {};
  const perSlot = new Map(slots.map((slot) => [`${slot.adviserId} ${slot.startsAt}`, { created: 0, refused: 0 }]));
  responses.forEach((response, i) => {
    const code = codeOf(response);
    counts[code] = (counts[code] ?? 0) + 1;
    const tally = perSlot.get(`${requests[i].slot.adviserId} ${requests[i].slot.startsAt}`);
    if (response.status === 201) tally.created += 1;
    else tally.refused += 1;
  });
  const { rows } = await db.sql.query(
    `SELECT count(*)::int AS n, count(DISTINCT (adviser_id, starts_at))::int AS slots FROM consultation_booking
     WHERE status = 'booked' AND (adviser_id, starts_at) IN (SELECT s.adviser_id, s.starts_at FROM unnest($1::uuid[], $2::timestamptz[]) AS s(adviser_id, starts_at))`,
    [slots.map((s) => s.adviserId), slots.map((s) => s.startsAt)],
  );
  const overlaps = (await db.sql.query(OVERLAPS)).rows[0].n;
  const active = (await db.sql.query(`SELECT count(*)::int AS n FROM consultation_booking WHERE status IN ('booked', 'held', 'no-show')`)).rows[0].n;

  // One at a time: the service time of each answer without anyone else in the queue.
  const losers = signedIn.filter((_, i) => responses[i].status !== 201);
  const alone = Math.min(slots.length, Math.floor(losers.length / 2));
  const fresh = (await Promise.all(advisers.map((a) => freeSlotsOf(client, a.id, Math.ceil(alone / advisers.length))))).flat().slice(0, alone);
  const aloneCreated = [];
  const aloneRefused = [];
  const beforeAlone = postgresLog.snapshot();
  for (let i = 0; i < alone; i += 1) {
    const created = await client.send(bookingRequest(losers[i], fresh[i]));
    if (created.status !== 201) throw new Error(`a booking alone answered ${codeOf(created)}`);
    aloneCreated.push(created.ms);
  }
  const betweenAlone = postgresLog.snapshot();
  for (let i = 0; i < alone; i += 1) {
    const refused = await client.send(bookingRequest(losers[alone + i], slots[i]));
    if (codeOf(refused) !== '409 SLOT_ALREADY_BOOKED') throw new Error(`a taken slot asked for alone answered ${codeOf(refused)}`);
    aloneRefused.push(refused.ms);
  }
  const afterAlone = postgresLog.snapshot();
  return {
    counts,
    slots: slots.length,
    oneEach: [...perSlot.values()].every((t) => t.created === 1),
    stored: rows[0],
    overlaps,
    active,
    deadlocks: logAfter.deadlocks - logBefore.deadlocks,
    exclusionViolations: logAfter.exclusionViolations - logBefore.exclusionViolations,
    statements: {
      burst: (logAfter.statements - logBefore.statements) / requests.length,
      created: (betweenAlone.statements - beforeAlone.statements) / alone,
      refused: (afterAlone.statements - betweenAlone.statements) / alone,
    },
    all: latencySummary(responses.map((r) => r.ms)),
    created: latencySummary(responses.filter((r) => r.status === 201).map((r) => r.ms)),
    refused: latencySummary(responses.filter((r) => r.status !== 201).map((r) => r.ms)),
    aloneCreated: latencySummary(aloneCreated),
    aloneRefused: latencySummary(aloneRefused),
    wallMs,
    cpu,
  };
}

/** The newest .cpuprofile in a directory (the API's, written when it stopped). */
function newestProfile(dir) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(dir, f));
  return files.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  requireBuilt([API_MAIN, MIGRATE, DOMAIN, PASSWORD_HASHER, HOLIDAYS]);
  if (options.cpuProfDir) mkdirSync(options.cpuProfDir, { recursive: true });
  const loadAtStart = loadAverage();
  const phases = { booking: [], listing: [] };
  const bursts = [];
  const warmups = [];
  const listings = [];
  const listingsAlone = [];
  const weeks = [];
  const bares = [];
  let seeded;
  let listingInfo;

  await withWorkspace(async (workspace) => {
    progress(`services in ${workspace.tmp}; load average ${loadAtStart}`);
    const postgresLog = postgresLogCounter();
    const services = await startDatabaseServices(workspace, { onPostgresLog: postgresLog.onLog });
    progress(`seeding ${options.advisers} advisers with ${options.weeks} weeks of sessions behind and ahead`);
    seeded = await seedProgram(services.databaseUrl, { advisers: options.advisers, weeks: options.weeks });
    progress(`  bookings by state: ${JSON.stringify(seeded.bookingStates)}`);
    const sql = new pg.Pool({ connectionString: services.databaseUrl, max: 2 });
    sql.on('error', () => undefined); // idle connections ended by PostgreSQL stopping on Ctrl-C
    workspace.stops.push(() => sql.end());

    // Only the API's connections (opened after this) log their statements.
    if (options.logStatements) await sql.query(`ALTER DATABASE bench SET log_statement = 'all'`);
    // Embedded PostgreSQL also listens on /tmp/.s.PGSQL.<port>; pg takes the directory from `host`.
    const serverDatabaseUrl = options.unixSocket ? `${services.databaseUrl}?host=${encodeURIComponent('/tmp')}` : services.databaseUrl;
    const api = await startApi(workspace, {
      ...services,
      databaseUrl: serverDatabaseUrl,
      nodeArgs: options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : [],
      env: {
        ...(options.pool ? { DATABASE_POOL_SIZE: String(options.pool) } : {}),
        // A patched copy outside the checkout still finds the packages of this one.
        ...(options.apiMain ? { NODE_PATH: path.join(ROOT, 'node_modules') } : {}),
      },
      ...(options.apiMain ? { main: options.apiMain } : {}),
    });
    const client = httpClient(api.url);
    workspace.stops.push(async () => client.close());
    // --api-processes N: more API processes on the same database (as replicas behind a load balancer).
    const apis = [api];
    for (let k = 1; k < options.apiProcesses; k += 1) {
      apis.push(await startApi(workspace, { ...services, databaseUrl: serverDatabaseUrl, env: options.pool ? { DATABASE_POOL_SIZE: String(options.pool) } : {} }));
    }
    const clients = [client, ...apis.slice(1).map((other) => httpClient(other.url))];
    for (const other of clients.slice(1)) workspace.stops.push(async () => other.close());
    if (options.unixSocket) {
      await client.send({ path: '/api/consultation-settings' });
      const { rows } = await sql.query(`SELECT count(*) FILTER (WHERE client_addr IS NULL)::int AS socket, count(*)::int AS total FROM pg_stat_activity WHERE application_name = 'asaka-portal'`);
      progress(`  the API's connections through the Unix socket: ${rows[0].socket} of ${rows[0].total}`);
    }

    const domain = require(DOMAIN);
    const from = domain.japanDateKey(new Date(Date.now() + DAY));
    const to = domain.japanDateKey(new Date(Date.now() + (7 * options.weeks) * DAY));
    const listingPath = `/api/consultation-slots?${new URLSearchParams({ from, to })}`;
    // What the slot picker asks for: one week, one topic.
    const weekPath = `/api/consultation-slots?${new URLSearchParams({ from, to: domain.japanDateKey(new Date(Date.now() + 7 * DAY)), topic: 'financing' })}`;
    let bare;
    if (options.listing) {
      const first = await client.send({ path: listingPath });
      if (first.status !== 200) throw new Error(`the slot listing answered ${first.status}: ${first.body.slice(0, 300)}`);
      const list = JSON.parse(first.body);
      const week = JSON.parse((await client.send({ path: weekPath })).body);
      listingInfo = {
        path: listingPath,
        slots: list.items.length,
        advisers: list.advisers.length,
        bytes: Buffer.byteLength(first.body),
        week: { path: weekPath, slots: week.items.length, advisers: week.advisers.length },
      };
      progress(`  listing: ${listingInfo.slots} free slots of ${listingInfo.advisers} advisers, ${(listingInfo.bytes / 1024).toFixed(0)} KiB`);
      bare = await startBarePrimaryKeyServer(workspace, {
        databaseUrl: serverDatabaseUrl,
        sql: 'SELECT id, adviser_id, starts_at, ends_at, status FROM consultation_booking WHERE id = $1',
        ids: seeded.bookingIds,
      });
    }

    const burstOf = (run) =>
      burst({
        apis,
        clients,
        db: { databaseUrl: services.databaseUrl, sql },
        advisers: seeded.advisers.slice(0, BURST_ADVISERS),
        people: options.people,
        run,
        window: run > 0 ? phases.booking : [],
        postgresLog,
      });
    for (let warmup = 1; options.booking && warmup <= options.warmups; warmup += 1) {
      const result = await burstOf(-warmup);
      warmups.push(result);
      progress(`  warm-up burst ${warmup}: ${JSON.stringify(result.counts)}, p50 ${ms(result.all.p50)}, p95 ${ms(result.all.p95)}, all in ${ms(result.wallMs)} (not counted)`);
    }
    for (let run = 1; run <= options.runs; run += 1) {
      if (options.runs > 1) progress(`run ${run} of ${options.runs}`);
      if (options.booking) {
        const result = await burstOf(run);
        bursts.push(result);
        progress(`  booking: ${JSON.stringify(result.counts)}, p50 ${ms(result.all.p50)}, p95 ${ms(result.all.p95)}, max ${ms(result.all.max)}, all in ${ms(result.wallMs)}`);
      }
      if (options.listing) {
        const startedUs = hrtimeUs();
        listings.push(await load({ url: `${api.url}${listingPath}`, connections: options.connections, seconds: options.seconds }));
        phases.listing.push([startedUs, hrtimeUs()]);
        progress(`  listing: ${describeLoad(listings.at(-1))}`);
        listingsAlone.push(await load({ url: `${api.url}${listingPath}`, connections: 1, seconds: Math.min(options.seconds, 5), warmupSeconds: 1 }));
        progress(`  listing, one connection: ${describeLoad(listingsAlone.at(-1))}`);
        weeks.push(await load({ url: `${api.url}${weekPath}`, connections: options.connections, seconds: Math.min(options.seconds, 5), warmupSeconds: 1 }));
        progress(`  one week, one topic: ${describeLoad(weeks.at(-1))}`);
        bares.push(await load({ url: bare.url, connections: options.connections, seconds: options.seconds }));
        progress(`  bare:    ${describeLoad(bares.at(-1))}`);
      }
    }
    if (process.env.BENCH_SHOW_API_OUTPUT) progress(api.output().slice(-3000));
  });

  const of = options.runs > 1 ? `median of ${options.runs} runs` : '1 run';
  console.log(`load average: ${loadAtStart} at the start, ${loadAverage()} at the end (${os.cpus().length} CPUs, Node ${process.versions.node})`);
  console.log(`seeded: ${options.advisers} advisers, bookings ${Object.entries(seeded.bookingStates).map(([s, n]) => `${s} ${n}`).join(', ')} (${options.weeks} weeks behind and ahead)`);
  let failed = false;
  if (bursts.length > 0) {
    const expected = { 201: BURST_ADVISERS * SLOTS_PER_ADVISER, '409 SLOT_ALREADY_BOOKED': options.people - BURST_ADVISERS * SLOTS_PER_ADVISER };
    const asExpected = (r) => JSON.stringify(Object.entries(r.counts).sort()) === JSON.stringify(Object.entries(expected).map(([k, v]) => [String(k), v]).sort());
    const pick = (f) => median(bursts.map(f));
    const slots = BURST_ADVISERS * SLOTS_PER_ADVISER;
    bursts.forEach((r, i) =>
      console.log(
        `booking run ${i + 1}: ${Object.entries(r.counts).map(([code, n]) => `${n} × ${code}`).join(', ')}; ` +
          `p50 ${ms(r.all.p50)}, p95 ${ms(r.all.p95)}, max ${ms(r.all.max)}; all ${r.all.count} answered in ${ms(r.wallMs)}`,
      ),
    );
    warmups.forEach((r, i) =>
      console.log(
        `booking warm-up ${i + 1} (right after the API started, not counted): ${Object.entries(r.counts).map(([code, n]) => `${n} × ${code}`).join(', ')}; ` +
          `p50 ${ms(r.all.p50)}, p95 ${ms(r.all.p95)}, max ${ms(r.all.max)}; all ${r.all.count} answered in ${ms(r.wallMs)}`,
      ),
    );
    const counted = bursts.every(asExpected) && warmups.every(asExpected);
    console.log(
      `booking: ${options.people} requests at once from ${options.people} signed-in people at ${slots} free slots (${BURST_ADVISERS} advisers × ${SLOTS_PER_ADVISER}): ` +
        `${counted ? `every run ${expected[201]} × 201 and ${expected['409 SLOT_ALREADY_BOOKED']} × 409 SLOT_ALREADY_BOOKED` : 'NOT AS EXPECTED (see the runs above)'}` +
        `; one 201 per slot: ${bursts.every((r) => r.oneEach) ? 'yes' : 'NO'}`,
    );
    const stored = [...warmups, ...bursts].every((r) => r.stored.n === slots && r.stored.slots === slots);
    const overlaps = Math.max(...[...warmups, ...bursts].map((r) => r.overlaps));
    console.log(
      `table: ${stored ? `${slots} active bookings in the ${slots} slots, one each` : `UNEXPECTED: ${JSON.stringify(bursts.map((r) => r.stored))}`}; ` +
        `${overlaps} pairs of active bookings of one adviser overlapping (tstzrange &&, whole table of ${bursts.at(-1).active} active bookings)`,
    );
    console.log(
      `booking latency: p50 ${ms(pick((r) => r.all.p50))}, p95 ${ms(pick((r) => r.all.p95))}, p99 ${ms(pick((r) => r.all.p99))}, max ${ms(pick((r) => r.all.max))} ` +
        `(${of}; ${options.people} answered in ${ms(pick((r) => r.wallMs))}, ${(options.people / (pick((r) => r.wallMs) / 1000)).toFixed(0)} requests/s) (target p95 ≤ 100 ms)`,
    );
    console.log(
      `booking latency by answer: 201 p50 ${ms(pick((r) => r.created.p50))}, p95 ${ms(pick((r) => r.created.p95))}; ` +
        `409 p50 ${ms(pick((r) => r.refused.p50))}, p95 ${ms(pick((r) => r.refused.p95))}`,
    );
    console.log(
      `booking one at a time (no queue): 201 p50 ${ms(pick((r) => r.aloneCreated.p50))}, max ${ms(pick((r) => r.aloneCreated.max))}; ` +
        `409 p50 ${ms(pick((r) => r.aloneRefused.p50))}, max ${ms(pick((r) => r.aloneRefused.max))} (${bursts[0].aloneCreated.count} of each per run)`,
    );
    console.log(
      `booking burst in PostgreSQL: deadlocks broken ${bursts.map((r) => r.deadlocks).join(', ')}; inserts refused by the exclusion constraint ` +
        `${bursts.map((r) => r.exclusionViolations).join(', ')} (per run; the other 409s came from consultation_book's check under the locks, or from the slot's attempt in the API process)`,
    );
    if (options.logStatements) {
      console.log(
        `statements per booking request: ${pick((r) => r.statements.burst).toFixed(1)} in the burst; ` +
          `one at a time ${pick((r) => r.statements.created).toFixed(1)} for a 201, ${pick((r) => r.statements.refused).toFixed(1)} for a 409`,
      );
    }
    const cpuRun = bursts.find((r) => r.all.p95 === pick((x) => x.all.p95));
    console.log(`booking ${describeCpu(cpuRun.cpu, 'request')}`);
    failed ||= !counted || !stored || overlaps > 0 || [...warmups, ...bursts].some((r) => !r.oneEach);
  }
  if (listings.length > 0) {
    const medianRun = (runs) => runs.find((r) => r.rps === median(runs.map((x) => x.rps)));
    const listing = medianRun(listings);
    const baseline = medianRun(bares);
    console.log(
      `listing: GET ${decodeURIComponent(listingInfo.path)} → ${listingInfo.slots} free slots of ${listingInfo.advisers} advisers, ${(listingInfo.bytes / 1024).toFixed(0)} KiB`,
    );
    console.log(`listing: ${describeLoad(listing)} (${of}, ${options.connections} connections, ${options.seconds} s)`);
    console.log(`bare pk: ${describeLoad(baseline)} (node:http + pg, pool 10)`);
    console.log(`listing, one connection: ${describeLoad(medianRun(listingsAlone))}`);
    console.log(
      `one week, one topic (GET ${decodeURIComponent(listingInfo.week.path)}, ${listingInfo.week.slots} slots of ${listingInfo.week.advisers} advisers, as the slot picker asks): ` +
        `${describeLoad(medianRun(weeks))}`,
    );
    console.log(`listing p95: ${listing.p95.toFixed(1)} ms (target ≤ 50 ms)`);
    console.log(`ratio: ${(listing.rps / baseline.rps).toFixed(3)} of the bare server's requests per second`);
    failed ||= listing.non2xx > 0 || listing.errors > 0;
  }
  if (options.cpuProfDir) {
    const file = newestProfile(options.cpuProfDir);
    writeFileSync(path.join(options.cpuProfDir, 'phases.json'), JSON.stringify(phases));
    progress(`CPU profile of the API: ${file} (phases in ${path.join(options.cpuProfDir, 'phases.json')})`);
    const profile = JSON.parse(readFileSync(file, 'utf8'));
    for (const [phase, windows] of Object.entries(phases)) {
      if (windows.length > 0) console.log(`profile of the API during ${phase}:\n${describeProfile(summarizeProfile(profile, { windows }))}`);
    }
  }
  if (failed) {
    console.log('FAILED: a booking count, the table check or a listing response was not as expected');
    process.exitCode = 1;
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
