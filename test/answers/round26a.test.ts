// Round 26 (nlu26a): the kinds of question r25-dev left, each read by a general rule.
import { freshCoreEach } from '../helpers/core.js';

describe('a municipality’s role in a body', () => {
  const bot = freshCoreEach();

  it('names the secretariat Huddinge provides the committee, asked as its responsibility or its role', async () => {
    const a = await bot.ask('Vilket ansvar har Huddinge kommun gentemot kommittén?');
    expect(a.text).toContain('sekretariat');
    expect((await bot.ask('What role does Huddinge play for the committee?')).text).toContain('secretariat');
  });

  it('names the host municipality of a joint body, and leaves a municipality with no part of its own to the usual answers', async () => {
    expect((await bot.ask('vilken roll har haninge i överförmyndarnämnden')).text).toContain('värdkommun');
    expect((await bot.ask('vad gör salem i SK?')).text).not.toContain('roll');
  });
});

describe('two joint bodies’ members counted side by side', () => {
  const bot = freshCoreEach();

  it('counts each body’s municipalities, with "vs" or "jämfört med" between them', async () => {
    const a = await bot.ask('How many municipalities are in the environment and health association vs the guardianship board?');
    expect(a.kind).toBe('members');
    expect(a.text).toMatch(/förbund 3 and .*nämnd 5/);
    expect((await bot.ask('hur många kommuner är med i överförmyndarnämnden jämfört med miljöförbundet?')).text).toMatch(/nämnd 5 och .*förbund 3/);
  });
});

describe('whether any municipality hosts more than once', () => {
  const bot = freshCoreEach();

  it('answers no over the rådslag’s rotation, where each host is named once', async () => {
    expect((await bot.ask('Does any municipality host the rådslag twice between 2011 and 2018?')).text.startsWith('No')).toBe(true);
    expect((await bot.ask('Är någon kommun värd för rådslaget flera gånger?')).text.startsWith('Nej')).toBe(true);
  });

  it('answers yes where one does, naming each, over the calendar’s meetings of a year', async () => {
    const a = await bot.ask('does any municipality host meetings more than once in 2011?');
    expect(a.text.startsWith('Yes – Botkyrka, Salem and Tyresö host twice')).toBe(true);
  });
});

describe('a count of years from a year written out', () => {
  const bot = freshCoreEach();

  it('counts from that year, not from this one, and no span from it is read', async () => {
    const a = await bot.ask('Counting from 2011, how many years until Huddinge hosts the rådslag?');
    expect(a.text).toContain('7 years');
    expect(a.text).toContain('2018');
    expect((await bot.ask('från 2013, hur många år tills haninge har rådslaget')).text).toContain('3 år');
  });
});

describe('whether a joint body has existed since a year', () => {
  const bot = freshCoreEach();

  it('reads "funnits sen" as the body’s start, with or without a question mark', async () => {
    expect((await bot.ask('har miljöförbundet funnits sen 2008')).text.startsWith('Ja')).toBe(true);
    expect((await bot.ask('har överförmyndarnämnden funnits sen 2009?')).text.startsWith('Nej')).toBe(true);
  });
});

describe('the vision’s inhabitants asked with "it" after the vision', () => {
  const bot = freshCoreEach();

  it('is the vision’s figure, not the cooperation’s purpose', async () => {
    await bot.ask('Can you tell me about the vision?');
    const a = await bot.ask('how many inhabitants does it aim for?');
    expect(a.text).toContain('half a million');
    expect(a.text).not.toContain('Purpose');
  });
});

describe('results of a follow-up or an earlier year', () => {
  const bot = freshCoreEach();

  it('are not in the plan; the budget’s result is its balance', async () => {
    expect((await bot.ask("What did last year's key-figure follow-up show for Huddinge?")).kind).toBe('notInPlan');
    expect((await bot.ask('hur gick det för salem i nyckeltalen i fjol')).kind).toBe('notInPlan');
    expect((await bot.ask('vad är resultatet av budgeten, blir det överskott?')).kind).not.toBe('notInPlan');
    // Results asked of what is planned, with no word of the past, are the plan's to answer (lead, round 26).
    expect((await bot.ask('what results does the key figures day give?')).kind).not.toBe('notInPlan');
    expect((await bot.ask('vilka resultat ska nyckeltalsdagen ge?')).kind).not.toBe('notInPlan');
    expect((await bot.ask('What were the results of the key figures day in 2010?')).kind).toBe('notInPlan');
  });
});

describe('what happened in a month', () => {
  const bot = freshCoreEach();

  it('is the month’s meetings, not the change log', async () => {
    const a = await bot.ask('what happened in March?');
    expect(a.text).toContain('24 March');
    expect(a.text).toContain('31 March');
  });
});

describe('a part of an amount (lead, after round 27)', () => {
  const bot = freshCoreEach();

  it('is the amount times the part: the lines named, else the year’s costs, also for the line asked before', async () => {
    expect((await bot.ask("What's a third of the committee's total budget?")).text).toContain('286 667');
    expect((await bot.ask('hälften av personalposten?')).text).toContain('290 000');
    await bot.ask('hur mycket är utredningar och konsultstöd?');
    expect((await bot.ask('och en fjärdedel av det beloppet?')).text).toContain('57 500');
  });

  it('leaves a part that is compared to the claim', async () => {
    expect((await bot.ask('går mer än hälften av budgeten till personal?')).text).toMatch(/^Ja/);
  });
});
