// Round 22 (nlu22a): the kinds of question the dev sets of rounds 17, 20k and 21 left, each read by a general rule.
import { freshCoreEach } from '../helpers/core.js';

describe('a count of days or weeks from today, after a meeting was answered', () => {
  const bot = freshCoreEach();

  it('counts to the meeting just answered: today is where the count starts, not a day asked about', async () => {
    await bot.ask('When is the nyckeltal day?');
    await bot.ask('where?');
    const a = await bot.ask('how many days from today is that?');
    expect(a.kind).toBe('daysUntil');
    expect(a.text).toContain('182 days');
    await bot.ask('när är södertörnskonferensen?');
    expect((await bot.ask('hur många dagar är det dit räknat från i dag?')).text).toContain('147 dagar');
  });

  it('reads "how many weeks from now" as the time until, as "until then" is', async () => {
    await bot.ask('När är SK-mötet i juni?');
    const a = await bot.ask('how many weeks from now is that?');
    expect(a.kind).toBe('daysUntil');
    expect(a.text).toContain('9 weeks');
  });
});

describe('a claim relayed from where it was said', () => {
  const bot = freshCoreEach();

  it('reads the setting before a verb of saying as the source, and checks the claim', async () => {
    const a = await bot.ask('På partimötet sades det att Botkyrka står värd för SK den 9 juni. Hur kommer det sig?');
    expect(a.kind).not.toBe('notInPlan');
    expect(a.text).toContain('Salem');
    // Politics asked of itself stays not in the plan.
    expect((await bot.ask('vilket parti styr Botkyrka?')).kind).toBe('notInPlan');
  });
});

describe('one host claimed for two bodies, a month named for one of them', () => {
  const bot = freshCoreEach();

  it('checks each part: an event held once that year by its one meeting, the other in the month', async () => {
    const a = await bot.ask('Stämmer det att Botkyrka är värd både för nyckeltalsdagen och för SK i november?');
    expect(a.text).toMatch(/^Ja/);
    expect(a.text).toContain('6 oktober');
    expect(a.text).toContain('3 november');
  });

  it('names who does host the part that does not hold', async () => {
    const a = await bot.ask('Jag hörde att Salem står värd för både rådslaget och SK i september. Stämmer det?');
    expect(a.text).toMatch(/^Nej/);
    expect(a.text).toContain('Nynäshamn');
    expect(a.text).toContain('24 mars');
  });
});

describe('an English word for a date in a fragment', () => {
  const bot = freshCoreEach();

  it('answers "… date?" in English', async () => {
    expect((await bot.ask('sodertornskonferensn date?')).text).toMatch(/^Next meeting: Södertörnskonferensen Thursday 1 September/);
    expect((await bot.ask('datum för LG?')).text).toMatch(/^Kalender/);
  });
});

describe('the last meeting in the calendar', () => {
  const bot = freshCoreEach();

  it('is the calendar\'s final one, into 2012, where the calendar is named and no year', async () => {
    for (const q of ['Vilket är det sista SK-mötet som står i kalendariet?', "what's the last committee meeting listed in the plan's calendar?"]) {
      const a = await bot.ask(q);
      expect(a.text).toMatch(/(april|April) 2012/);
      expect(a.text).toContain('Huddinge');
    }
    // This year's last stays this year's.
    expect((await bot.ask('vilket är årets sista SK-möte?')).text).toContain('8 december');
  });
});

describe('months with no meeting', () => {
  const bot = freshCoreEach();

  it('lists the months of the calendar\'s year in which nothing meets, or none of a named body\'s meetings', async () => {
    const a = await bot.ask('vilka månader har inga möten alls 2011?');
    expect(a.text).toMatch(/^Månader utan möten 2011: februari, juli och augusti/);
    const b = await bot.ask('Which months have no committee meeting in 2011?');
    expect(b.text).toContain('February, March, May, July, August and October');
    expect((await bot.ask('finns det någon månad utan något möte?', 'another-conversation')).text).toMatch(/^Ja – månader utan möten 2011: februari, juli och augusti/);
  });
});

describe('who takes it in another year, after a rotation answer', () => {
  const bot = freshCoreEach();

  it('asks that year\'s host of the same rotation where "det"/"it" points back and a year is all the question has', async () => {
    await bot.ask('när hade vi rådslaget i år');
    expect((await bot.ask('vem tar det nästa år?')).text).toContain('Nynäshamn');
    expect((await bot.ask('who has it in 2015?')).text).toContain('Södertälje');
  });
});

describe('years until a host, counted from this year', () => {
  const bot = freshCoreEach();

  it('reads "räknat från i år" as where the count starts, not the year asked about', async () => {
    const a = await bot.ask('hur många år det dröjer innan Huddinge får vara värd för rådslaget, räknat från i år');
    expect(a.text).toMatch(/^7 år/);
    expect(a.text).toContain('2018');
  });
});

describe('which of two bodies meets more often', () => {
  const bot = freshCoreEach();

  it('compares the bodies\' counts in the calendar, and a yes/no claims the one named first', async () => {
    const a = await bot.ask('Which body meets more often, the SK or the LG?');
    expect(a.kind).toBe('countMeetings');
    expect(a.text).toMatch(/^Equally often: .* 6 meetings each/);
    expect((await bot.ask('Träffas ledningsgruppen oftare än samarbetskommittén?')).text).toMatch(/^Nej – lika ofta/);
    expect((await bot.ask('which meets more often, LG or the rådslag?')).text).toMatch(/^Ledningsgruppen meets more often: 6 meetings .* 1 for Södertörns rådslag/);
  });
});

describe('days between an event and a body\'s meeting in a month', () => {
  const bot = freshCoreEach();

  it('takes the body\'s meeting in the month named, and reads "från … till …" as between', async () => {
    expect((await bot.ask('hur manga dagar mellan sodertornskonferensen och SK i september')).text).toMatch(/^21 dagar mellan Södertörnskonferensen/);
    expect((await bot.ask('antal dagar fran sodertornskonferensen till LG i september')).text).toMatch(/^8 dagar mellan/);
  });
});

describe('a question pointing at a section of the plan', () => {
  const bot = freshCoreEach();

  it('quotes a short section whole, where without the pointer its best sentence is enough', async () => {
    const a = await bot.ask('Vad bygger samverkan på Södertörn på, enligt avsnittet om arbetsformer?');
    expect(a.text).toContain('eget intresse');
    expect(a.text).toContain('ansvarsfördelningen');
    expect((await bot.ask('Vad bygger samverkan på Södertörn på?', 'another-conversation')).text).not.toContain('ansvarsfördelningen');
  });
});

describe('a Swedish compound written apart', () => {
  const bot = freshCoreEach();

  it('finds the plan\'s sentence as the compound written together does', async () => {
    const a = await bot.ask('vilka infrastruktur projekt namns');
    expect(a.kind).not.toBe('notInPlan');
    for (const w of ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4']) expect(a.text).toContain(w);
  });
});

describe('how long a meeting is, asked after it was answered', () => {
  const bot = freshCoreEach();

  it('reads "och hur lång är dagen?" as the meeting\'s time of day, and the two-in-one question answers both', async () => {
    await bot.ask('När hålls Södertörns nyckeltal');
    const a = await bot.ask('och hur lång är dagen?');
    expect(a.kind).toBe('meetingTime');
    expect(a.text).toContain('heldag');
    const b = await bot.ask('När hålls Södertörns nyckeltal, och hur lång är dagen?', 'another-conversation');
    expect(b.text).toContain('6 oktober');
    expect(b.text).toContain('heldag');
  });
});
