import { ConfigError, DEVELOPMENT_JWT_SECRET, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('defaults to the embedded SQLite file, port 4000 and the development secret', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.database).toEqual({ kind: 'sqlite', path: 'data/deskalign.sqlite' });
    expect(config.jwt.secret).toBe(DEVELOPMENT_JWT_SECRET);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('uses MySQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'mysql://u:p@db:3306/desk' }).database).toEqual({ kind: 'mysql', url: 'mysql://u:p@db:3306/desk' });
  });

  it.each([
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: 'four' }, 'PORT'],
    [{ DATABASE_URL: 'postgres://x' }, 'DATABASE_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
  ])('refuses %j naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration:\\n  ${name}: `));
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).database.kind).toBe('sqlite');
  });
});
