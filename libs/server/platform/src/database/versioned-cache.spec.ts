import { VersionedCache } from './versioned-cache';

/** A version the test moves by hand, and a computation that counts its runs. */
function fixture() {
  let version = 1n;
  let runs = 0;
  const cache = new VersionedCache<string>(async () => version, { max: 10, ttlMs: 60_000 });
  const compute = (value: string, wait?: Promise<void>) => async () => {
    runs += 1;
    await wait;
    return value;
  };
  return { cache, compute, bump: () => (version += 1n), runs: () => runs };
}

describe('VersionedCache', () => {
  it('answers from memory while the version stays, and computes again once it moved', async () => {
    const { cache, compute, bump, runs } = fixture();
    expect(await cache.get('q', compute('first'))).toBe('first');
    expect(await cache.get('q', compute('second'))).toBe('first');
    expect(runs()).toBe(1);
    bump();
    expect(await cache.get('q', compute('second'))).toBe('second');
    expect(runs()).toBe(2);
  });

  it('runs one computation for requests that miss at the same time', async () => {
    const { cache, compute, runs } = fixture();
    let release = () => undefined as void;
    const wait = new Promise<void>((resolve) => (release = resolve));
    const answers = Promise.all([1, 2, 3].map(() => cache.get('q', compute('once', wait))));
    release();
    expect(await answers).toEqual(['once', 'once', 'once']);
    expect(runs()).toBe(1);
  });

  it('keeps no answer of a failed computation', async () => {
    const { cache, compute } = fixture();
    await expect(
      cache.get('q', async () => {
        throw new Error('database gone');
      }),
    ).rejects.toThrow('database gone');
    expect(await cache.get('q', compute('recovered'))).toBe('recovered');
  });

  it('never replaces a newer answer with one computed under an older version', async () => {
    const { cache, compute, bump, runs } = fixture();
    let release = () => undefined as void;
    const slow = cache.get('q', compute('old', new Promise<void>((resolve) => (release = resolve))));
    await Promise.resolve();
    bump();
    expect(await cache.get('q', compute('new'))).toBe('new');
    release();
    expect(await slow).toBe('old');
    expect(await cache.get('q', compute('again'))).toBe('new');
    expect(runs()).toBe(2);
  });
});
