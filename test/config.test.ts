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
        SLACK_APP_TOKEN: 'xapp-1-A1-1-abc',
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
      slack: { botToken: 'xoxb-1', signingSecret: 's', appToken: 'xapp-1-A1-1-abc', apiUrl: 'http://127.0.0.1:9/api/' },
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
    expect(() => parseConfig({ SLACK_BOT_TOKEN: 'x' }, root)).toThrow(/SLACK_SIGNING_SECRET or SLACK_APP_TOKEN: required/);
  });

  it('takes Slack with a signing secret (HTTP), an app token (Socket Mode) or both, and checks the app token', () => {
    expect(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }, root).slack).toEqual({ botToken: 'xoxb-1', signingSecret: 's' });
    expect(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-A1-2-def' }, root).slack).toEqual({ botToken: 'xoxb-1', appToken: 'xapp-1-A1-2-def' });
    expect(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_APP_TOKEN: 'xapp-1' }, root).slack).toMatchObject({ signingSecret: 's', appToken: 'xapp-1' });
    // The bot token in the app token's place is the likely mistake; the message names the setting, never the value.
    for (const bad of ['xoxb-1-2-3', 'xapp-', 'xapp-1 2', 'XAPP-1']) {
      expect(() => parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: bad }, root)).toThrow(/SLACK_APP_TOKEN: must be an App-Level Token \(xapp-/);
    }
    expect(() => parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-secret-9' }, root)).toThrow(expect.objectContaining({ message: expect.not.stringContaining('xoxb-secret-9') }));
    expect(() => parseConfig({ SLACK_APP_TOKEN: 'xapp-1' }, root)).toThrow(/SLACK_BOT_TOKEN: required when SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set/);
    expect(() => parseConfig({ SLACK_SIGNING_SECRET: 's' }, root)).toThrow(/SLACK_BOT_TOKEN: required/);
  });
});
