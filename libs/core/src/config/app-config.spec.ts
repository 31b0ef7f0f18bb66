import { ConfigError, loadAppConfig } from './app-config.js';

describe('loadAppConfig', () => {
  it('has working defaults with nothing configured', () => {
    const config = loadAppConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATA_DIR).toBe('./.data');
    expect(config.NODE_ENV).toBe('development');
    expect(config.demoData).toBe(true);
    expect(config.JOBS_ENABLED).toBe(true);
  });

  it('reads PORT and DATA_DIR', () => {
    const config = loadAppConfig({ PORT: '4123', DATA_DIR: './other-data' });
    expect(config.PORT).toBe(4123);
    expect(config.DATA_DIR).toBe('./other-data');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ MEILI_URL: 'not a url' }, 'MEILI_URL'],
    [{ REDIS_URL: 'http://localhost' }, 'REDIS_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
  ])('refuses %p with one line naming %s', (env, name) => {
    let error: unknown;
    try {
      loadAppConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(name);
    expect(message.split('\n')).toHaveLength(1);
  });

  it('never prints a secret value', () => {
    expect(() => loadAppConfig({ JWT_SECRET: 'tooshort-secret' })).toThrow(/JWT_SECRET=\(hidden\)/);
  });

  it('refuses demo data in production and defaults it off there', () => {
    const secret = 'x'.repeat(40);
    expect(() => loadAppConfig({ NODE_ENV: 'production', JWT_SECRET: secret, DEMO_DATA: 'true' })).toThrow(/DEMO_DATA/);
    expect(loadAppConfig({ NODE_ENV: 'production', JWT_SECRET: secret }).demoData).toBe(false);
  });
});
