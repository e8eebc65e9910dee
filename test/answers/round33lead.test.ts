// Round 33, lead: kinds from r33's dev half (read after its one run). "What exactly is"; the most money; a decimal
// before "million"; a clash asked of the meeting just answered; a wrong place beside a wrong day; a question in a
// sentence after a change request (and a statement with a question after it stays a question).
import { freshCoreEach } from '../helpers/core.js';

const NOW = '2011-04-07T10:00:00+02:00';

describe('"What exactly is …?"', () => {
  const bot = freshCoreEach(NOW);
  it('asks what the body is, as "what is" does', async () => {
    expect((await bot.ask('What exactly is the samarbetskommitté?', 'c1')).kind).toBe('bodyInfo');
  });
  it('"what\'s next in the calendar?" is still the next meeting', async () => {
    expect((await bot.ask("what's next in the calendar?", 'c2')).text).toContain('14 April');
  });
});

describe('the most money', () => {
  const bot = freshCoreEach(NOW);
  it('is the largest cost line', async () => {
    expect((await bot.ask('vad går mest pengar till', 'c1')).text).toContain('Personal, 580 000');
    expect((await bot.ask('what gets the most money?', 'c2')).text).toContain('580 000');
  });
});

describe('a decimal before a word of millions', () => {
  const bot = freshCoreEach(NOW);
  it('is an amount, not a day', async () => {
    const r = await bot.ask('Why do the municipalities pay 1.2 million in fees to the committee?');
    expect(r.text).toContain('860 000');
    expect(r.text).not.toContain('February');
  });
});

describe('a clash asked of the meeting just answered', () => {
  const bot = freshCoreEach(NOW);
  it('is that meeting against the body named', async () => {
    await bot.ask('när är nyckeltalsdagen');
    expect((await bot.ask('krockar det med LG?')).text).toMatch(/^Nej – Nyckeltal Södertörn/);
  });
  it('in English too', async () => {
    await bot.ask('när är rådslaget?');
    expect((await bot.ask('does it clash with an SK meeting?')).text).toMatch(/^No – Södertörns rådslag/);
  });
});

describe('a wrong place beside a wrong day', () => {
  const bot = freshCoreEach(NOW);
  it('is corrected with the body\'s nearest meeting anywhere', async () => {
    const r = await bot.ask('södertörnskonferensen 24 mars i salem – vilka var med?');
    expect(r.text).toContain('1 september');
    expect(r.text).not.toContain('Inga möten den');
  });
});

describe('a question in a sentence after a change request', () => {
  const bot = freshCoreEach(NOW, { secretariat: ['tester'] });
  it('is no part of the change, and the card says so', async () => {
    const r = await bot.ask('flytta LG 9/9 till 16/9. vem är värd för SK 22/9?');
    expect(r.kind).toBe('confirm');
    expect(r.text).toContain('→ fredag 16 september 2011, 08.30–13.00');
    expect(r.text).not.toContain('22 september 2011, 08.30');
    expect(r.text).toContain('vem är värd för SK 22/9?');
  });
});

describe('a claim with a question after it', () => {
  const bot = freshCoreEach(NOW);
  it('is a question whole, its premise corrected', async () => {
    expect((await bot.ask('På partimötet sades det att Botkyrka står värd för SK den 9 juni. Hur kommer det sig?')).text).toContain('Salem');
  });
});
