// Welcome and help: what the bot can do, with example questions as buttons.
import { reply, type Reply } from '../core/reply.js';
import { type Lang } from '../text/lang.js';
import { say } from '../text/catalogue/index.js';

/** The example questions, in order: the first three are also buttons. */
const EXAMPLES = ['helpExampleNextLg', 'helpExampleRadslagHost', 'helpExampleBudget', 'helpExampleMeetingsWhen', 'helpExampleMembers', 'helpExampleVision'] as const;
const examples = (lang: Lang): string[] => EXAMPLES.map((k) => say(lang, k));

export function helpReply(lang: Lang): Reply {
  return reply(
    'help',
    lang,
    say(lang, 'helpTitle'),
    [
      {
        type: 'text',
        text: say(lang, 'helpIntro'),
      },
      { type: 'heading', text: say(lang, 'helpExamplesHeading') },
      { type: 'list', items: examples(lang) },
      {
        type: 'text',
        subtle: true,
        text: say(lang, 'helpTip'),
      },
    ],
    examples(lang).slice(0, 3).map((q) => ({ kind: 'message' as const, title: q, value: q })),
  );
}

export function welcomeReply(lang: Lang): Reply {
  const help = helpReply(lang);
  return {
    ...help,
    kind: 'welcome',
    title: say(lang, 'welcomeTitle'),
    blocks: [
      ...help.blocks,
      {
        type: 'text',
        text: say(lang, 'welcomeRemindersTip'),
      },
    ],
  };
}
