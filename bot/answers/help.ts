// Welcome and help: what the bot can do, with example questions as buttons.
import { reply, type Reply } from '../core/reply.js';
import { type Lang } from '../text/lang.js';
import { say } from '../text/catalogue/index.js';

const EXAMPLES: Record<Lang, string[]> = {
  sv: [
    'När träffas LG nästa gång?',
    'Vem är värd för rådslaget 2014?',
    'Hur mycket går till personal?',
    'Vilka möten är det i september?',
    'Vilka kommuner ingår i överförmyndarnämnden?',
    'Vad är visionen för 2025?',
  ],
  en: [
    'When is the next management group meeting?',
    'Who hosts the rådslag in 2014?',
    'Show the budget',
    'What happens next week?',
    'Which municipalities are members?',
    'What is the vision?',
  ],
};

export function helpReply(lang: Lang): Reply {
  return reply(
    'help',
    lang,
    say(lang, 'whatYouCanAsk'),
    [
      {
        type: 'text',
        text: say(lang, 'iAnswerQuestionsAbout'),
      },
      { type: 'heading', text: say(lang, 'examples') },
      { type: 'list', items: EXAMPLES[lang] },
      {
        type: 'text',
        subtle: true,
        text: say(lang, 'keepItShortLike'),
      },
    ],
    EXAMPLES[lang].slice(0, 3).map((q) => ({ kind: 'message' as const, title: q, value: q })),
  );
}

export function welcomeReply(lang: Lang): Reply {
  const help = helpReply(lang);
  return {
    ...help,
    kind: 'welcome',
    title: say(lang, 'hiIMThe'),
    blocks: [
      ...help.blocks,
      {
        type: 'text',
        text: say(lang, 'remindersBeforeMeetingsHere'),
      },
    ],
  };
}
