// Round 22 (nlu22d): whether a municipality may join a joint body, a detail the plan lacks of a real event (dress) and of
// a meeting named under a wrong host, which of two bodies offered matches a description, the year after a rådslag's day
// asked as its host, and what is to mark the cooperation asked as its principles.
import { freshCoreEach } from '../helpers/core.js';

describe('whether a municipality may join a joint body', () => {
  const bot = freshCoreEach();

  it('answers yes where the plan opens the body to more members, and names who is in it now', async () => {
    const r = await bot.ask('kan tyresö gå med i brandförsvarsförbundet sen?');
    expect(r.text).not.toMatch(/^Ja/);
    const yes = await bot.ask('kan Salem gå med i överförmyndarnämnden framöver?');
    expect(yes.text).toMatch(/^Ja – fler kommuner kan ingå i Södertörns överförmyndarnämnd/);
    expect(yes.text).toMatch(/Salem ingår inte/);
    expect((await bot.ask('can Nykvarn join the guardianship board?')).text).toMatch(/^Yes – more municipalities may join/);
    // A member already is answered as one.
    expect((await bot.ask('kan Tyresö gå med i miljöförbundet?')).text).toMatch(/^Ja – Tyresö ingår/);
  });
});

describe('a detail the plan lacks', () => {
  const bot = freshCoreEach();

  it('says the plan holds no dress code, even of an event it has', async () => {
    const r = await bot.ask('vad gäller för klädsel på Södertörnskonferensen?');
    expect(r.kind).toBe('notInPlan');
    expect(r.text).toMatch(/klädsel/);
  });

  it('corrects a wrong host first, then says the plan gives no venue', async () => {
    const r = await bot.ask('SK 22/9 i Salem – vilken sal?');
    expect(r.kind).toBe('meetingHost');
    expect(r.text).toMatch(/^Nynäshamn är värd för mötet torsdag 22 september 2011, 12\.00–15\.00, inte Salem/);
    expect(r.text).toMatch(/inga lokaler/);
  });
});

describe('which of two bodies offered matches a description', () => {
  const bot = freshCoreEach();

  it('answers the one whose own words in the plan hold the description', async () => {
    expect((await bot.ask('vilken har Företagarna med, Södertörnskonferensen eller rådslaget?')).text).toMatch(/^Det är Södertörns rådslag/);
    expect((await bot.ask('which one has senior officials, the council or the Södertörn conference?')).text).toMatch(/^It is Södertörnskonferensen/);
  });

  it('answers nothing of its own where the words do not tell them apart', async () => {
    expect((await bot.ask('vilken är årlig, rådslaget eller Södertörnskonferensen?')).text).not.toMatch(/^Det är/);
  });
});

describe('the year after a rådslag asked as its host', () => {
  const bot = freshCoreEach();

  it('reads "och året därefter, vem är värd?" after the rådslag\'s day as the rotation\'s next host', async () => {
    await bot.ask('när hålls rådslaget 2011?');
    expect((await bot.ask('och året därefter, vem är värd?')).text).toMatch(/2012: Nynäshamn/);
  });
});

describe('what is to mark the cooperation', () => {
  const bot = freshCoreEach();

  it('answers "vad ska prägla …" with the principles, not a passage on how', async () => {
    expect((await bot.ask('vad ska prägla hur kommunerna samverkar?')).text).toMatch(/gemensamma nyttan/);
  });
});
