export interface WaitForOptions {
  /** Gives up after this long (default 10 s). */
  timeoutMs?: number;
  /** Time between two checks (default 50 ms). */
  intervalMs?: number;
  /** What is awaited, for the error message: "all 1000 mails to arrive". */
  description?: string;
  /** State worth seeing when it times out (counts, statuses), appended to the error message. */
  explain?: () => unknown;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function show(value: unknown): string {
  if (value instanceof Error) return value.message;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Polls until the predicate returns a truthy value and returns it. A predicate that throws counts
 * as "not yet"; on timeout the error names what was awaited, the last value or error, and the
 * state `explain` reports, so a failing test says what it saw instead of "timeout".
 */
export async function waitFor<T>(predicate: () => T | Promise<T>, options: WaitForOptions = {}): Promise<NonNullable<T>> {
  const { timeoutMs = 10_000, intervalMs = 50, description = 'condition' } = options;
  const started = Date.now();
  let last: unknown;
  let lastError: unknown;
  for (;;) {
    try {
      last = await predicate();
      lastError = undefined;
      if (last) return last as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() - started >= timeoutMs) break;
    await sleep(Math.min(intervalMs, Math.max(0, timeoutMs - (Date.now() - started))));
  }
  const parts = [`waitFor: ${description} not reached after ${timeoutMs} ms`];
  parts.push(lastError !== undefined ? `last error: ${show(lastError)}` : `last value: ${show(last)}`);
  if (options.explain) {
    try {
      parts.push(`state: ${show(await options.explain())}`);
    } catch (error) {
      parts.push(`state unavailable: ${show(error)}`);
    }
  }
  throw new Error(parts.join('; '));
}

/** Rejects with a descriptive error when the promise has not settled in time. */
export async function within<T>(promise: Promise<T>, timeoutMs: number, description: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${description}: not done after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
