import { createFailFastRedis, liveWorkers, loadConfigOrExit } from '@asaka/platform';

/** Container health check: exits 0 while a worker heartbeat is fresh in Redis. */
async function main() {
  const config = loadConfigOrExit();
  const redis = createFailFastRedis(config.redis.url, 'asaka-worker-healthcheck');
  try {
    process.exit((await liveWorkers(redis, config.redis.queuePrefix)) > 0 ? 0 : 1);
  } catch {
    process.exit(1);
  }
}

void main();
