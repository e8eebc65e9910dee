// Two or more months named in one question list the meetings of each of them, and only of them.
import { freshCoreEach } from '../helpers/core.js';

describe('meetings in the months named', () => {
  const bot = freshCoreEach();

  it('lists each month named, not only the first', async () => {
    const a = await bot.ask('vilken konferens är i sept o vilken i okt?');
    expect(a.kind).toBe('meetingsOn');
    // "o" is "och" to every reader (lexicon spokenForms), so this is two questions, as with "och" written out:
    // each month under its own heading, and nothing between them.
    expect(a.text).toMatch(/^Möten i september 2011/);
    expect(a.text).toContain('Möten i oktober 2011');
    expect(a.text).toContain('1 september');
    expect(a.text).toContain('6 oktober');
    expect(a.text).not.toMatch(/augusti|november/);
    expect((await bot.ask('vilken konferens är i sept och vilken i okt?', 'written-out')).text).toBe(a.text);
  });

  it('leaves out the months between those named, and keeps the body asked about', async () => {
    const a = await bot.ask('vilka möten har LG i maj och september?');
    expect(a.text).toContain('20 maj');
    expect(a.text).toContain('9 september');
    expect(a.text).not.toMatch(/juni|juli|augusti/);
    expect(a.text).not.toContain('Samarbetskommitté –');
  });

  it('answers in English, and one month alone as before', async () => {
    const en = await bot.ask('which SK meetings are in November and December?');
    expect(en.text).toMatch(/^Meetings in November and December 2011/);
    expect(en.text).toContain('3 November');
    expect(en.text).toContain('8 December');
    expect((await bot.ask('vilka möten är det i maj?')).text).toMatch(/^Möten i maj 2011/);
  });
});

describe('several events asked when and where', () => {
  const bot = freshCoreEach();

  it("gives each body's meeting of the year, a held one where none is left, without saying it is on now", async () => {
    const a = await bot.ask('What is the difference between Södertörnskonferensen and Södertörns rådslag in terms of date and place?');
    expect(a.kind).toBe('nextMeeting');
    expect(a.text).toMatch(/^Södertörnskonferensen and Södertörns rådslag/);
    for (const fact of ['1 September', 'Huddinge and Tyresö', '24 March', 'Salem']) expect(a.text).toContain(fact);
    expect(a.text).not.toContain('on right now');
    const sv = await bot.ask('när och var är nyckeltalsdagen och rådslaget?');
    for (const fact of ['6 oktober', 'Botkyrka', '24 mars', 'Salem']) expect(sv.text).toContain(fact);
  });

  it('keeps "next meetings" for bodies that all have one coming', async () => {
    expect((await bot.ask('nästa möte för SK och LG')).text).toMatch(/^Nästa möten/);
  });
});
