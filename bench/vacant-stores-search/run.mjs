// Benchmark of the public vacant-store search (issue "Vacant-store matching", see bench/README.md).
// Run after `node scripts/build.mjs server`:
//   node bench/vacant-stores-search/run.mjs [--stores 10000] [--seconds 10] [--connections 32] [--runs 1] [--cpu-prof DIR]
// Seeds published stores with Japanese text into a fresh database, then measures
//   (a) GET /api/vacant-stores?q=<two characters>&station=…&maxRent=… on the compiled API (production mode)
//   (b) the bare node:http + pg primary-key server (bench/lib/harness.mjs) on the same database
// with autocannon at the same number of connections, and prints the plan of the search's SQL.
// Figures go to stdout, progress to stderr.
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import {
  API_MAIN,
  DIST,
  MIGRATE,
  describeLoad,
  load,
  median,
  progress,
  requireBuilt,
  startApi,
  startBarePrimaryKeyServer,
  startDatabaseServices,
  withWorkspace,
} from '../lib/harness.mjs';

const require = createRequire(import.meta.url);
const REPOSITORY = path.join(DIST, 'libs/server/vacant-stores/src/vacant-stores.repository.js');
const CONTRACTS = path.join(DIST, 'libs/shared/contracts/src/index.js');
const DOMAIN = path.join(DIST, 'libs/shared/domain/src/index.js');

function parseArgs(argv) {
  const options = { stores: 10000, seconds: 10, connections: 32, runs: 1 };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--cpu-prof') {
      options.cpuProfDir = path.resolve(argv[++i]);
      continue;
    }
    const name = argv[i].replace(/^--/, '');
    if (!(name in options)) throw new Error(`unknown argument ${argv[i]}`);
    options[name] = Number(argv[++i]);
    if (!Number.isInteger(options[name]) || options[name] <= 0) throw new Error(`--${name} must be a positive integer`);
  }
  return options;
}

// Listing text as owners write it: a place, what the space suits, and a few facts, mixed per row.
const PLACES = ['朝霞駅南口', '朝霞駅北口', '朝霞台駅前', '北朝霞駅前', '本町通り', '仲町商店街', '東弁財', '浜崎', '溝沼の住宅街', '栄町の幹線道路沿い'];
const SUITS = ['飲食店向き', '物販向き', 'ｶﾌｪ向き', 'サロン向き', '教室向き', '事務所向き', 'テイクアウト向き', '居酒屋の居抜き', '元ベーカリー', '元美容室'];
const FACTS = ['１Ｆ路面', '2階', '駐車場付き', '角地', '厨房設備あり', 'シャンプー台あり', 'エレベーター付き', '重飲食可', '駅から徒歩すぐ', '人通りが多い'];
const STATIONS = ['朝霞', '朝霞台', '北朝霞', '志木', '和光市', '新座'];
const USES = [['飲食', '物販'], ['物販'], ['サービス'], ['事務所', '教室'], ['飲食'], ['物販', 'サービス', 'その他']];

function listing(i, domain) {
  const pick = (list, salt) => list[(i * salt + Math.floor(i / list.length)) % list.length];
  const title = `${pick(PLACES, 7)} ${pick(SUITS, 3)} ${pick(FACTS, 11)} ${i}`;
  const station = STATIONS[i % STATIONS.length];
  const district = domain.ASAKA_DISTRICTS[i % domain.ASAKA_DISTRICTS.length];
  const description = `${pick(SUITS, 13)}の物件です。${pick(FACTS, 17)}、${pick(FACTS, 19)}。${pick(PLACES, 23)}から近く、開業しやすい区画です。`;
  return {
    title: title.normalize('NFKC'),
    district,
    streetAddress: `${1 + (i % 20)}-${1 + (i % 9)}`,
    latitude: domain.STATION_POSITIONS[station].latitude + ((i % 41) - 20) * 0.0004,
    longitude: domain.STATION_POSITIONS[station].longitude + ((i % 37) - 18) * 0.0004,
    station,
    walkMinutes: 1 + (i % 20),
    area: 15 + (i % 120),
    rent: 50_000 + (i % 30) * 10_000,
    common: (i % 4) * 5_000,
    uses: USES[i % USES.length],
    previousUse: i % 3 === 0 ? null : pick(SUITS, 5).replace('向き', ''),
    description: description.normalize('NFKC'),
  };
}

async function seed(databaseUrl, count) {
  const domain = require(DOMAIN);
  const { searchColumns } = require(REPOSITORY);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [{ id: organizationId }] = (
      await client.query(`INSERT INTO organization (name, address, industry, employee_count) VALUES ('ベンチ不動産', '朝霞市本町一丁目', '不動産業', 3) RETURNING id`)
    ).rows;
    const batch = 1000;
    for (let start = 0; start < count; start += batch) {
      const rows = Array.from({ length: Math.min(batch, count - start) }, (_, k) => listing(start + k, domain));
      const columns = rows.map((row) => ({ ...row, ...searchColumns({ title: row.title, district: row.district, previousUse: row.previousUse, description: row.description }) }));
      const field = (name) => columns.map((row) => row[name]);
      await client.query(
        `INSERT INTO vacant_store (organization_id, title, district, street_address, latitude, longitude, station, walk_minutes,
           floor_area_square_metres, floor, monthly_rent_yen, common_charges_yen, deposit_yen, key_money_yen, contract_type, previous_use,
           fixtures_remain, allowed_uses, description, declares_no_organized_crime_ties, declares_no_city_tax_arrears, status,
           submitted_at, published_at, expires_at, search_text, search_bigrams)
         SELECT $1, r.title, r.district, r.street_address, r.latitude, r.longitude, r.station, r.walk_minutes, r.area, '1F', r.rent, r.common,
           r.rent * 6, 0, '普通借家', r.previous_use, false, string_to_array(r.uses, ','), r.description, true, true, 'published',
           now() - r.age * interval '1 minute', now() - r.age * interval '1 minute', now() + interval '3 years', r.search_text,
           string_to_array(r.bigrams, ' ')
         FROM unnest($2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::text[], $8::int[], $9::numeric[], $10::int[], $11::int[],
                     $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::int[])
           AS r(title, district, street_address, latitude, longitude, station, walk_minutes, area, rent, common, uses, previous_use, description,
                search_text, bigrams, age)`,
        [
          organizationId,
          field('title'), field('district'), field('streetAddress'), field('latitude'), field('longitude'), field('station'), field('walkMinutes'),
          field('area'), field('rent'), field('common'), columns.map((row) => row.uses.join(',')), field('previousUse'), field('description'),
          field('searchText'), columns.map((row) => row.searchBigrams.join(' ')), columns.map((_, k) => start + k),
        ],
      );
    }
    await client.query('VACUUM ANALYZE vacant_store');
    const ids = (await client.query(`SELECT id FROM vacant_store ORDER BY random() LIMIT 1000`)).rows.map((row) => row.id);
    return { ids };
  } finally {
    await client.end();
  }
}

async function explain(databaseUrl, query) {
  const { vacantStoreSearchStatement } = require(REPOSITORY);
  const { vacantStoreSearchSchema } = require(CONTRACTS);
  const { sql, params, countSql, countParams } = vacantStoreSearchStatement(vacantStoreSearchSchema.parse(query));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const plan = async (statement, values) => (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement}`, values)).rows.map((row) => row['QUERY PLAN']).join('\n');
  try {
    return `-- the page\n${await plan(sql, params)}\n-- the total\n${await plan(countSql, countParams)}`;
  } finally {
    await client.end();
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  requireBuilt([API_MAIN, MIGRATE, REPOSITORY, CONTRACTS, DOMAIN]);
  const query = { q: '飲食', station: '朝霞台', maxRent: '200000' };
  const searchPath = `/api/vacant-stores?${new URLSearchParams(query)}`;

  await withWorkspace(async (workspace) => {
    progress(`services in ${workspace.tmp}`);
    const services = await startDatabaseServices(workspace);
    progress(`seeding ${options.stores} published stores`);
    const seeded = performance.now();
    const { ids } = await seed(services.databaseUrl, options.stores);
    progress(`  seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

    const api = await startApi(workspace, { ...services, nodeArgs: options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : [] });
    const first = await fetch(`${api.url}${searchPath}`);
    const body = await first.text();
    const page = JSON.parse(body);
    progress(`  one page of the search: ${Buffer.byteLength(body)} bytes`);
    if (first.status !== 200 || page.total === 0) throw new Error(`the search answered ${first.status} with ${JSON.stringify(page).slice(0, 300)}`);
    const bare = await startBarePrimaryKeyServer(workspace, {
      databaseUrl: services.databaseUrl,
      sql: 'SELECT id, title, monthly_rent_yen FROM vacant_store WHERE id = $1',
      ids,
    });

    // Every request of the "fresh" run is a search no one asked before (the rent limit moves by one
    // yen each time), so no page is reused: the database does the whole search every time.
    let fresh = 0;
    const freshPath = () => `/api/vacant-stores?${new URLSearchParams({ ...query, maxRent: String(200_000 - (fresh++ % 100_000)) })}`;
    const searches = [];
    const freshSearches = [];
    const bares = [];
    for (let run = 1; run <= options.runs; run += 1) {
      if (options.runs > 1) progress(`run ${run} of ${options.runs}`);
      searches.push(await load({ url: `${api.url}${searchPath}`, connections: options.connections, seconds: options.seconds }));
      progress(`  search: ${describeLoad(searches.at(-1))}`);
      freshSearches.push(await load({ url: api.url, nextPath: freshPath, connections: options.connections, seconds: options.seconds }));
      progress(`  search, a new query each time: ${describeLoad(freshSearches.at(-1))}`);
      bares.push(await load({ url: bare.url, connections: options.connections, seconds: options.seconds }));
      progress(`  bare:   ${describeLoad(bares.at(-1))}`);
    }
    const medianRun = (runs) => runs.find((r) => r.rps === median(runs.map((x) => x.rps)));
    const search = medianRun(searches);
    const freshSearch = medianRun(freshSearches);
    const baseline = medianRun(bares);
    const of = options.runs > 1 ? `median of ${options.runs} runs, ` : '';
    console.log(`stores: ${options.stores} published; query ${decodeURIComponent(searchPath)} → ${page.total} matches, ${page.items.length} on the page`);
    console.log(`search: ${describeLoad(search)} (${of}${options.connections} connections, ${options.seconds} s)`);
    console.log(`search, a new query each time (no page reused): ${describeLoad(freshSearch)}`);
    console.log(`bare pk: ${describeLoad(baseline)} (node:http + pg, pool 10)`);
    console.log(`p95: ${search.p95.toFixed(1)} ms (target ≤ 50 ms)`);
    console.log(`ratio: ${(search.rps / baseline.rps).toFixed(2)} of the bare server's requests per second (target ≥ 0.25)`);
    console.log(`new queries: p95 ${freshSearch.p95.toFixed(1)} ms, ratio ${(freshSearch.rps / baseline.rps).toFixed(2)}`);
    console.log(`plan:\n${await explain(services.databaseUrl, query)}`);
  });
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
