// The App Home tab: one person's next meetings, their channels' reminders and help, published when they
// open it. What it shows comes from the wiring (`home`); this file only asks Slack and renders.
import type { WebClient } from '@slack/web-api';
import type { Reply } from '../../core/reply.js';
import type { Logger } from '../../log.js';
import { renderBlockKit } from '../../../cards/blockkit.js';

/** Slack's limit of blocks in a Home tab view. */
const HOME_BLOCKS = 100;

/** The Home tab for one person (next meetings, their channels' reminders, help). */
export type HomeView = (input: { userId: string; channels?: Array<{ id: string; name: string }> }) => Reply[];

export async function publishHome(deps: { client: WebClient; logger: Logger; home: HomeView }, user: string): Promise<void> {
  const { client, logger } = deps;
  let channels: Array<{ id: string; name: string }> | undefined;
  try {
    const r = await client.users.conversations({ user, types: 'public_channel', exclude_archived: true, limit: 200 });
    channels = (r.channels ?? []).flatMap((c) => (typeof c.id === 'string' ? [{ id: c.id, name: typeof c.name === 'string' ? c.name : c.id }] : []));
  } catch (e) {
    logger.warn('slack users.conversations failed; the Home tab shows no channels', { error: e as Error });
  }
  const replies = deps.home({ userId: user, channels });
  const blocks = replies.flatMap((r, i) => [...(i > 0 ? [{ type: 'divider' }] : []), ...renderBlockKit(r).blocks]).slice(0, HOME_BLOCKS);
  await client.views.publish({ user_id: user, view: { type: 'home', blocks: blocks as never } });
  logger.info('slack home published', { blocks: blocks.length });
}
