import { ConfigError, loadConfig } from './app-config';

const valid = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/asaka',
  REDIS_URL: 'redis://127.0.0.1:6379',
  SMTP_URL: 'smtp://127.0.0.1:1025',
};

describe('loadConfig', () => {
  it('groups a valid environment and applies defaults', () => {
    const config = loadConfig(valid);
    expect(config.app.port).toBe(3000);
    expect(config.app.host).toBe('127.0.0.1');
    expect(config.database.url).toBe(valid.DATABASE_URL);
    expect(config.app.baseUrl).toBe('http://localhost:3000');
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ ...valid, PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ ...valid, DATABASE_URL: 'mysql://x/y' })).toThrow(/DATABASE_URL/);
  });

  it('lists every missing variable at once', () => {
    try {
      loadConfig({});
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/DATABASE_URL/);
      expect(problems).toMatch(/REDIS_URL/);
      expect(problems).toMatch(/SMTP_URL/);
    }
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ ...valid, PORT: '' }).app.port).toBe(3000);
  });
});

describe('loadConfig in production', () => {
  it('requires a cookie secret', () => {
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production' })).toThrow(/COOKIE_SECRET/);
    expect(loadConfig({ ...valid, NODE_ENV: 'production', COOKIE_SECRET: 'x'.repeat(32) }).auth.cookieSecret).toHaveLength(32);
  });

  it('uses secure cookies when served over HTTPS', () => {
    expect(loadConfig({ ...valid, APP_BASE_URL: 'https://portal.example.jp' }).auth.secureCookies).toBe(true);
    expect(loadConfig(valid).auth.secureCookies).toBe(false);
  });
});
