import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: fromHere('.'),
  plugins: [react()],
  resolve: {
    alias: {
      '@asaka/domain': fromHere('../../libs/shared/domain/src/index.ts'),
      '@asaka/contracts': fromHere('../../libs/shared/contracts/src/index.ts'),
    },
  },
  build: {
    outDir: fromHere('../../dist/web'),
    emptyOutDir: true,
  },
  server: {
    // The API is another process in development; in production it serves this build itself,
    // so the app only ever calls its own origin.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
