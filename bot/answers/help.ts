// Welcome and help: what the bot can do, with example questions as buttons.
import { reply, type Reply } from '../core/reply.js';
import { type Lang } from '../text/lang.js';

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
  const sv = lang === 'sv';
  return reply(
    'help',
    lang,
    sv ? 'Det här kan du fråga mig' : 'What you can ask me',
    [
      {
        type: 'text',
        text: sv
          ? 'Jag svarar på frågor om Södertörnskommunernas samarbetskommittés verksamhetsplan: möten och kalender, värdkommuner för rådslaget, budgeten, organisationen och de gemensamma organen.'
          : "I answer questions about the Södertörn municipalities' cooperation committee's plan: meetings and calendar, rådslag hosts, the budget, the organisation and the joint bodies.",
      },
      { type: 'heading', text: sv ? 'Exempel' : 'Examples' },
      { type: 'list', items: EXAMPLES[lang] },
      {
        type: 'text',
        subtle: true,
        text: sv
          ? 'Skriv kort, som i en chatt – "nästa SK", "budget", "värd 2016". Skriv "hjälp" när som helst.'
          : 'Keep it short, like in chat – "next LG", "budget", "host 2016". Type "help" at any time.',
      },
    ],
    EXAMPLES[lang].slice(0, 3).map((q) => ({ kind: 'message' as const, title: q, value: q })),
  );
}

export function welcomeReply(lang: Lang): Reply {
  const sv = lang === 'sv';
  const help = helpReply(lang);
  return {
    ...help,
    kind: 'welcome',
    title: sv ? 'Hej! Jag är Södertörnsboten.' : "Hi! I'm the Södertörn bot.",
    blocks: [
      ...help.blocks,
      {
        type: 'text',
        text: sv
          ? 'Påminnelser före mötena här: skriv "prenumerera på ledningsgruppen" (eller samarbetskommittén, eller "alla möten").'
          : 'Reminders before meetings here: type "subscribe to ledningsgruppen" (or the committee, or "all meetings").',
      },
    ],
  };
}
