// `npm run reset`: wipes the local data (database, Redis, caught mail) kept by `npm start`.
import { rmSync } from 'node:fs';
import path from 'node:path';

const dataDir = path.resolve(process.env.DATA_DIR ?? '.data');
rmSync(dataDir, { recursive: true, force: true });
process.stdout.write(`[asaka] removed ${dataDir}\n`);
