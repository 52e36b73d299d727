import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@asaka/platform';

// The container files are checked without a Docker engine: docker-compose resolves and
// validates docker/compose.yml, and these tests assert the hardening the style guide asks for.

const dockerDir = __dirname;
const repoRoot = join(dockerDir, '..');
const composeFile = join(dockerDir, 'compose.yml');
const secrets = { POSTGRES_PASSWORD: 'test-postgres-password', REDIS_PASSWORD: 'test-redis-password', COOKIE_SECRET: 'test-cookie-secret-of-at-least-32-chars' };

interface Service {
  image?: string;
  build?: { context?: string; dockerfile?: string };
  command?: string[];
  ports?: (string | { host_ip?: string; published?: number | string })[];
  healthcheck?: { test?: string | string[]; disable?: boolean };
  restart?: string;
  user?: string;
  cap_drop?: string[];
  security_opt?: string[];
  read_only?: boolean;
  depends_on?: Record<string, { condition?: string }>;
  environment?: Record<string, string>;
}

interface ComposeConfig {
  services: Record<string, Service>;
}

interface CommandResult {
  status: number;
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[], env: NodeJS.ProcessEnv, input?: string): CommandResult {
  try {
    const stdout = execFileSync(file, args, { encoding: 'utf8', env, input, stdio: 'pipe' });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { status?: number | null; stdout?: string; stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new Error(
        `${file} is not installed. These tests need Debian's docker-compose (apt-get install docker-compose), ` +
          'which validates docker/compose.yml without a Docker engine.',
      );
    }
    return { status: failure.status ?? 1, stdout: failure.stdout ?? '', stderr: failure.stderr ?? String(error) };
  }
}

// An empty --env-file keeps a developer's own docker/.env out of the result.
function composeConfig(env: Record<string, string>): CommandResult {
  const scratch = mkdtempSync(join(tmpdir(), 'asaka-compose-'));
  try {
    const emptyEnvFile = join(scratch, '.env');
    writeFileSync(emptyEnvFile, '');
    const args = ['--env-file', emptyEnvFile, '-f', composeFile, 'config'];
    return run('docker-compose', args, { PATH: process.env['PATH'], ...env });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// docker-compose 1.29 prints YAML only; it runs on Python with PyYAML, so python3 turns that into JSON.
function parseYaml(text: string): ComposeConfig {
  const script = 'import json, sys, yaml; json.dump(yaml.safe_load(sys.stdin), sys.stdout)';
  const converted = run('python3', ['-c', script], process.env, text);
  if (converted.status !== 0) throw new Error(`could not parse docker-compose output: ${converted.stderr}`);
  return JSON.parse(converted.stdout) as ComposeConfig;
}

describe('docker/compose.yml', () => {
  let config: ComposeConfig;

  function service(name: string): Service {
    const found = config.services[name];
    if (!found) throw new Error(`compose.yml has no service "${name}"`);
    return found;
  }

  beforeAll(() => {
    const result = composeConfig(secrets);
    if (result.status !== 0) throw new Error(`docker-compose config exited ${result.status}:\n${result.stderr}`);
    config = parseYaml(result.stdout);
  });

  it('refuses to start without the database and Redis passwords', () => {
    const result = composeConfig({});
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('set POSTGRES_PASSWORD');
  });

  it('gives api and worker an environment the server accepts in production', () => {
    for (const name of ['api', 'worker']) {
      const environment = config.services[name]?.environment ?? {};
      expect(() => loadConfig(environment)).not.toThrow();
      expect(loadConfig(environment).app.nodeEnv).toBe('production');
    }
  });

  it('runs api, worker and migrate from one image build, each with its own command', () => {
    const api = service('api');
    expect(api.build?.dockerfile).toBe('docker/server.Dockerfile');
    for (const name of ['worker', 'migrate']) {
      expect(service(name).image).toBe(api.image);
      expect(service(name).build).toEqual(api.build);
    }
    expect(api.command).toEqual(['api']);
    expect(service('worker').command).toEqual(['worker']);
    expect(service('migrate').command).toEqual(['migrate']);
  });

  it('publishes the api and the mail inbox on loopback only, and nothing for the worker', () => {
    expect(service('worker').ports ?? []).toEqual([]);
    expect(service('api').ports).toEqual(['127.0.0.1:3000:3000/tcp']);
    for (const [name, { ports = [] }] of Object.entries(config.services)) {
      for (const port of ports) {
        const hostIp = typeof port === 'string' ? port.split(':')[0] : port.host_ip;
        expect({ service: name, hostIp }).toEqual({ service: name, hostIp: '127.0.0.1' });
      }
    }
  });

  it('gives every long-running service a healthcheck; only one-shot services have none', () => {
    for (const [name, svc] of Object.entries(config.services)) {
      const test = svc.healthcheck?.test;
      const checked = !svc.healthcheck?.disable && test !== undefined && String(test) !== 'NONE';
      const oneShot = svc.restart === 'no';
      expect({ service: name, checkedOrOneShot: checked || oneShot }).toEqual({ service: name, checkedOrOneShot: true });
    }
  });

  it('keeps Redis durable and never evicts queued jobs', () => {
    const command = service('redis').command ?? [];
    const option = (flag: string): string | undefined => command[command.indexOf(flag) + 1];
    expect(command).toContain('--appendonly');
    expect(option('--appendonly')).toBe('yes');
    expect(command).toContain('--maxmemory-policy');
    expect(option('--maxmemory-policy')).toBe('noeviction');
  });

  it('drops every capability and forbids privilege gain in every container', () => {
    for (const [name, svc] of Object.entries(config.services)) {
      expect({ service: name, cap_drop: svc.cap_drop }).toEqual({ service: name, cap_drop: ['ALL'] });
      expect({ service: name, security_opt: svc.security_opt }).toEqual({ service: name, security_opt: ['no-new-privileges:true'] });
    }
    for (const name of ['api', 'worker', 'migrate']) {
      expect({ service: name, read_only: service(name).read_only }).toEqual({ service: name, read_only: true });
    }
  });

  it('starts api and worker only after the migrations completed, on healthy Postgres and Redis', () => {
    const expected = {
      postgres: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
      migrate: { condition: 'service_completed_successfully' },
    };
    expect(service('api').depends_on).toEqual(expected);
    expect(service('worker').depends_on).toEqual(expected);
    expect(service('migrate').depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
  });
});

describe('docker/server.Dockerfile', () => {
  const dockerfile = readFileSync(join(dockerDir, 'server.Dockerfile'), 'utf8');
  const stages = dockerfile.split(/^FROM\s/m).slice(1);
  const runtime = stages.at(-1) ?? '';

  it('builds in one stage and runs from a separate slim stage', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20\.20-bookworm-slim$/m);
    expect(runtime).toMatch(/^\$\{NODE_IMAGE\} AS runtime/);
    expect(runtime).not.toMatch(/npm (ci|install|run)/);
  });

  it('runs as a non-root user', () => {
    const user = /^USER\s+(\S+)/m.exec(runtime)?.[1];
    expect(user).toBeDefined();
    expect(['root', '0', '0:0']).not.toContain(user);
  });

  it('starts the api by default through the role-picking entrypoint', () => {
    expect(runtime).toContain('ENTRYPOINT ["/bin/sh", "/app/docker/entrypoint.sh"]');
    expect(runtime).toContain('CMD ["api"]');
  });
});

describe('docker/entrypoint.sh', () => {
  let fakeBin: string;

  // A stand-in `node` that prints its arguments shows which file each role would run.
  beforeAll(() => {
    fakeBin = mkdtempSync(join(tmpdir(), 'asaka-entrypoint-'));
    writeFileSync(join(fakeBin, 'node'), '#!/bin/sh\necho "$@"\n');
    chmodSync(join(fakeBin, 'node'), 0o755);
  });
  afterAll(() => rmSync(fakeBin, { recursive: true, force: true }));

  const entry = (...args: string[]): CommandResult =>
    run('sh', [join(dockerDir, 'entrypoint.sh'), ...args], { PATH: `${fakeBin}:${process.env['PATH'] ?? ''}` });

  it.each([
    ['api', 'dist/server/apps/api/src/main.js'],
    ['worker', 'dist/server/apps/worker/src/main.js'],
    ['migrate', 'dist/server/apps/api/src/migrate.js'],
  ])('runs %s as node %s', (role, file) => {
    expect(entry(role)).toEqual({ status: 0, stdout: `${file}\n`, stderr: '' });
  });

  it('rejects an unknown role instead of guessing', () => {
    const result = entry('migrations');
    expect(result.status).toBe(64);
    expect(result.stderr).toContain('usage: entrypoint.sh api|worker|migrate');
  });

  it('points at entry files that exist in the sources', () => {
    const sources = [
      'apps/api/src/main.ts',
      'apps/api/src/migrate.ts',
      'apps/worker/src/main.ts',
      'apps/worker/src/healthcheck.ts',
    ];
    expect(sources.filter((file) => !existsSync(join(repoRoot, file)))).toEqual([]);
  });
});
