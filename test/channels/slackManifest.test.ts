// The Slack app manifest points at the routes the bot really serves and asks for the scopes it needs.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SLACK_PATHS } from '../../bot/channels/slack/index.js';
import { ROOT } from '../helpers/app.js';

describe('manifest/slack-app-manifest.yml', () => {
  let text: string;
  beforeAll(async () => {
    text = await readFile(path.join(ROOT, 'manifest', 'slack-app-manifest.yml'), 'utf8');
  });
  const listUnder = (key: string): string[] => {
    const lines = text.split('\n');
    const start = lines.findIndex((l) => l.trim() === `${key}:`);
    if (start < 0) return [];
    const out: string[] = [];
    for (const l of lines.slice(start + 1)) {
      const m = /^\s+- (\S+)\s*$/.exec(l);
      if (!m) break;
      out.push(m[1]!);
    }
    return out;
  };

  it('sends events, interactions and the slash command to the bot\'s own paths', () => {
    expect(text).toContain(`request_url: https://bot.example.org${SLACK_PATHS.events}`);
    expect(text).toContain(`request_url: https://bot.example.org${SLACK_PATHS.interactions}`);
    expect(text).toMatch(new RegExp(`- command: /sodertorn\\n\\s+url: https://bot\\.example\\.org${SLACK_PATHS.commands}\\n`));
    expect(text).toMatch(/is_enabled: true/);
  });

  it('names the app and asks for exactly the scopes and events the bot uses', () => {
    expect(text).toMatch(/^ {2}name: Södertörnsboten$/m);
    expect(listUnder('bot').sort()).toEqual(['app_mentions:read', 'channels:read', 'chat:write', 'commands', 'im:history', 'im:read']);
    expect(listUnder('bot_events').sort()).toEqual(['app_home_opened', 'app_mention', 'message.im']);
    expect(text).toMatch(/home_tab_enabled: true/);
    expect(text).not.toMatch(/\t/);
  });
});

describe('manifest/slack-app-manifest.socket-mode.yml', () => {
  it('is the same app over Socket Mode: same scopes, events and command, no request URLs', async () => {
    const read = (name: string) => readFile(path.join(ROOT, 'manifest', name), 'utf8');
    const [http, socket] = await Promise.all([read('slack-app-manifest.yml'), read('slack-app-manifest.socket-mode.yml')]);
    expect(socket).toMatch(/^ {2}socket_mode_enabled: true$/m);
    expect(socket).not.toMatch(/url:|bot\.example\.org/);
    expect(socket).toMatch(/- command: \/sodertorn\n/);
    expect(socket).toMatch(/interactivity:\n\s+is_enabled: true\n/);
    // Apart from the comments, the URLs and the switch, the two files are the same.
    const body = (text: string) =>
      text
        .split('\n')
        .filter((l) => !l.startsWith('#') && !/url: https:\/\/bot\.example\.org/.test(l) && !/socket_mode_enabled/.test(l))
        .join('\n');
    expect(body(socket)).toBe(body(http));
    expect(socket).not.toMatch(/\t/);
  });
});
