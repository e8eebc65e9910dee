// Round 28 (nlu28a): the kinds of question r27-dev, r27-commands-dev and r26-commands-dev left, each read by a general rule.
import { freshCoreEach } from '../helpers/core.js';

describe('months without a meeting, in a span of the year', () => {
  const bot = freshCoreEach();

  it('counts only the months of the span a month or a period names', async () => {
    const a = await bot.ask('which months this year have no SK meeting at all from May onwards?');
    expect(a.text).toMatch(/^Months with no meetings of Södertörns samarbetskommitté in May–December 2011: May, July, August and October/);
    expect((await bot.ask('i vilka månader efter augusti har ledningsgruppen inget möte?')).text).toMatch(/september–december 2011: december$/m);
    expect((await bot.ask('vilka månader mellan februari och juni saknar SK-möte?')).text).toMatch(/februari–juni 2011: februari, mars och maj/);
    expect((await bot.ask('Which months in the first half of the year have no committee meeting?')).text).toMatch(/January–June 2011: February, March and May/);
  });
});

describe('a difference with a sum of lines on one side', () => {
  const bot = freshCoreEach();

  it('adds up the lines of the side with two or more, divided by "än"/"than", or the first line against the rest', async () => {
    const a = await bot.ask('hur mycket mer går till personal än till Huddingeersättningen och utredningarna tillsammans?');
    expect(a.text).toMatch(/^Skillnad: 300 000 kr/);
    expect(a.text).toContain('= 280 000 kr');
    expect((await bot.ask('How much less do the consultants and the Huddinge compensation cost together than staff?')).text).toMatch(/^Difference: 300 000 kr/);
    const c = await bot.ask('vad är skillnaden mellan avgifterna och personal plus utredningar?');
    expect(c.text).toMatch(/^Skillnad: 50 000 kr/);
    expect(c.text).toContain('860 000 kr − 810 000 kr = 50 000 kr');
  });
});

describe('the plan\'s prose, picked and combined', () => {
  const bot = freshCoreEach();

  it('adds the sentence next to the one found where it holds a word asked that the found one lacks', async () => {
    const a = await bot.ask('hur ska arbetet med de fem utvecklingsfrågorna följas upp?');
    expect(a.text).toContain('handlingsplan');
    expect(a.text).toContain('Uppföljning och utvärdering skall ske systematiskt.');
  });

  it('answers the second part of a message about the programme the first part named ("och när fastställdes det")', async () => {
    const a = await bot.ask('Vad är Södertörns UtvecklingsProgram 2010 för något, och när fastställdes det av kommunerna?');
    expect(a.text).toContain('Näringsliv och Högskola');
    expect(a.text).toContain('hösten 2010');
  });

  it('keeps the answer given where it holds a part of the question the sentence found does not', async () => {
    const a = await bot.ask('vilka är målområdena i SUP och när antogs programmet?');
    expect(a.text).toContain('Näringsliv och Högskola');
    expect(a.text).toContain('hösten 2010');
    // Asked only when, the sentence alone.
    expect((await bot.ask('när fastställdes SUP 2010?')).text).not.toContain('Näringsliv');
  });

  it('does not take pronouns and fillers ("jag", "mellan", "alltså") for what is asked', async () => {
    const a = await bot.ask('Hur ska jag förstå skillnaden mellan de två huvudområdena för samverkan, alltså vad syftar de till var för sig?');
    expect(a.text).toContain('effektivisera');
    expect(a.text).toContain('som region');
  });

  it('reads why one body is there at all as its purpose, not its calendar', async () => {
    const a = await bot.ask('Why do we have a key figures day at all?');
    expect(a.kind).toBe('bodyInfo');
    expect(a.text).toContain('follow-up');
    expect((await bot.ask('varför finns ledningsgruppen?')).text).toContain('förbereda samarbetskommitténs möten');
    // A why with a claim in it is still a premise checked.
    expect((await bot.ask('why does the committee meet on Fridays?')).text).toMatch(/does not meet on Fridays/);
  });

  it('reads employers as the companies of the introduction', async () => {
    expect((await bot.ask('Which big employers does the plan mention as examples?')).text).toContain('Scania');
  });
});

describe('a joint body\'s kind alone, after an answer about that body', () => {
  const bot = freshCoreEach();

  it('is that body ("nämnden", "förbundet", "the association")', async () => {
    await bot.ask('Vem har värdskapet för Södertörns överförmyndarnämnd?');
    const a = await bot.ask('och sedan när finns nämnden?');
    expect(a.kind).toBe('bodyInfo');
    expect(a.text).toMatch(/^Södertörns överförmyndarnämnd startade 1 januari 2011/);
    await bot.ask('tell me about the environment and health association', 'other');
    expect((await bot.ask('when did the association start?', 'other')).text).toMatch(/started in 2008/);
  });
});
