import path from 'node:path';
import { ConfigError, parseConfig } from '../bot/config.js';

const root = '/srv/bot';

describe('config', () => {
  it('has working defaults: port 3978, anonymous mode, store under data/', () => {
    const c = parseConfig({}, root);
    expect(c.port).toBe(3978);
    expect(c.anonymous).toBe(true);
    expect(c.storePath).toBe(path.join(root, 'data', 'store.json'));
    expect(c.botNow).toBeUndefined();
  });

  it('reads every documented setting', () => {
    const c = parseConfig(
      {
        PORT: '4000',
        STORE_PATH: '/tmp/s.json',
        BOT_NOW: '2011-04-07T08:55:00+02:00',
        MicrosoftAppId: 'app',
        MicrosoftAppPassword: 'pw',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: 'tenant',
        SECRETARIAT: ' a, b ,,c ',
        PUBLIC_URL: 'https://bot.example.org/',
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_SIGNING_SECRET: 's',
        SLACK_API_URL: 'http://127.0.0.1:9/api/',
      },
      root,
    );
    expect(c).toMatchObject({
      port: 4000,
      storePath: '/tmp/s.json',
      anonymous: false,
      secretariat: ['a', 'b', 'c'],
      publicUrl: 'https://bot.example.org',
      microsoft: { appId: 'app', appPassword: 'pw', appType: 'SingleTenant', tenantId: 'tenant' },
      slack: { botToken: 'xoxb-1', signingSecret: 's', apiUrl: 'http://127.0.0.1:9/api/' },
    });
    expect(c.botNow?.toISOString()).toBe('2011-04-07T06:55:00.000Z');
  });

  it('fails fast with a message naming each bad setting', () => {
    expect(() => parseConfig({ PORT: 'abc', BOT_NOW: 'tomorrow' }, root)).toThrow(ConfigError);
    try {
      parseConfig({ PORT: 'abc', BOT_NOW: 'tomorrow' }, root);
    } catch (e) {
      expect((e as Error).message).toMatch(/PORT/);
      expect((e as Error).message).toMatch(/BOT_NOW: must be an ISO 8601 instant/);
    }
    expect(() => parseConfig({ MicrosoftAppId: 'x' }, root)).toThrow(/MicrosoftAppPassword/);
    expect(() => parseConfig({ SLACK_BOT_TOKEN: 'x' }, root)).toThrow(/SLACK_SIGNING_SECRET/);
  });
});
