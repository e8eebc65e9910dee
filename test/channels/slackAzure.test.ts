// Azure Bot Service's own Slack channel: replies to activities with channelId "slack" carry Block Kit
// in channelData instead of an Adaptive Card (Slack cannot show Adaptive Cards).
import { toActivity } from '../../bot/channels/botframework/index.js';
import { helpReply } from '../../bot/answers/help.js';
import { messageActivity, post, startTestApp, tempDir } from '../helpers/app.js';
import { startFakeConnector } from '../helpers/fakeConnector.js';

describe('Azure Bot Service Slack channel', () => {
  it('sends Block Kit in channelData instead of an Adaptive Card', () => {
    const slack = toActivity(helpReply('sv'), 'slack');
    expect(slack.attachments).toBeUndefined();
    const data = slack.channelData as { text: string; blocks: Array<{ type: string }> };
    expect(data.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Det här kan du fråga mig' } });
    expect(data.text).toMatch(/Vem är värd för rådslaget 2014\?/);
    expect(slack.text).toMatch(/Det här kan du fråga mig/);

    const teams = toActivity(helpReply('sv'), 'msteams');
    expect(teams.channelData).toBeUndefined();
    expect(teams.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    // Teams: the card alone (text would show above it), the whole answer inside the card.
    expect(teams.text).toBeUndefined();
    expect(teams.summary).toBe('Det här kan du fråga mig');
    const content = teams.attachments![0]!.content as { fallbackText: string; speak: string };
    expect(content.fallbackText).toBe(slack.text);
    expect(content.speak).toBe(slack.text);
    expect(toActivity(helpReply('sv')).attachments).toHaveLength(1);
    expect(toActivity(helpReply('sv')).text).toBeUndefined();
    // A Bot Framework channel without cards gets the text alone.
    const sms = toActivity(helpReply('sv'), 'sms');
    expect(sms.attachments).toBeUndefined();
    expect(sms.text).toBe(slack.text);
  });
});

describe("Azure Bot Service's own Slack channel (/api/messages, channelId slack)", () => {
  it('gets Block Kit in channelData instead of an Adaptive Card', async () => {
    const t = await tempDir();
    const connector = await startFakeConnector();
    const { app } = await startTestApp(t.dir);
    try {
      await post(`${app.url}/api/messages`, messageActivity(connector.url, 'hjälp', { channelId: 'slack' }));
      const [sent] = await connector.waitFor(1);
      expect(sent!.body.attachments ?? []).toHaveLength(0);
      expect(sent!.body.channelData.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Det här kan du fråga mig' } });
      expect(sent!.body.channelData.text).toMatch(/Vem är värd för rådslaget 2014\?/);
      expect(sent!.body.text).toMatch(/Det här kan du fråga mig/);
    } finally {
      await app.close();
      await connector.close();
      await t.cleanup();
    }
  });
});
