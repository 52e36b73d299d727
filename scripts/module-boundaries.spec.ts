import { spawn } from 'node:child_process';
import path from 'node:path';

// The layering of style.md, checked with the real lint configuration: these imports must be refused.
// ESLint runs as a child process because its config loader needs native ESM, which Jest's VM lacks.
const root = path.resolve(__dirname, '..');

function boundaryErrors(file: string, code: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, 'node_modules', '.bin', 'eslint'), ['--stdin', '--stdin-filename', file, '--format', 'json'], {
      cwd: root,
      env: { ...process.env, NX_DAEMON: 'false' },
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', () => {
      try {
        const [result] = JSON.parse(out) as { messages: { ruleId: string | null; message: string }[] }[];
        resolve((result?.messages ?? []).filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message));
      } catch (error) {
        reject(new Error(`eslint printed no JSON: ${out.slice(0, 500)} (${String(error)})`));
      }
    });
    child.stdin.end(code);
  });
}

describe('module boundaries', () => {
  jest.setTimeout(60_000);

  it.each([
    ['shared rules importing server code', 'libs/shared/domain/src/probe.ts', "import { AppError } from '@asaka/platform';\nexport const x = AppError;\n"],
    ['shared contracts importing NestJS', 'libs/shared/contracts/src/probe.ts', "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n"],
    ['the browser importing TypeORM', 'apps/web/src/probe.ts', "import { DataSource } from 'typeorm';\nexport const x = DataSource;\n"],
    ['the platform importing a context', 'libs/server/platform/src/probe.ts', "import { NotificationsService } from '@asaka/notifications';\nexport const x = NotificationsService;\n"],
  ])('refuses %s', async (_name, file, code) => {
    expect(await boundaryErrors(file, code)).not.toEqual([]);
  });

  it('allows a context to use the platform and the shared rules', async () => {
    const code = "import { AppError } from '@asaka/platform';\nimport { pickLocale } from '@asaka/domain';\nexport const x = [AppError, pickLocale];\n";
    expect(await boundaryErrors('libs/server/notifications/src/probe.ts', code)).toEqual([]);
  });
});
