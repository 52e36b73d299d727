import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const services = globalThis.__asakaServices;
  if (!services) return;
  await Promise.allSettled([services.postgres.stop(), services.redis.stop()]);
  rmSync(services.root, { recursive: true, force: true });
}
