// Round 24 (helper nlu24b): how a few shapes of question are read, below the answers.
import { readFileSync } from 'node:fs';
import { withElidedNoun, withPossessedNoun } from '../../bot/understand/coordination.js';
import { buildLexicon } from '../../bot/understand/lexicon.js';
import { detectLang, understand, withoutAbbreviations } from '../../bot/understand/understand.js';
import { validateStore } from '../../bot/store/store.js';
import { SEED } from '../helpers/app.js';
import { LEXICON, freshCoreEach } from '../helpers/core.js';

const plan = validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
const lexicon = buildLexicon(LEXICON, plan);
const q = (text: string, now = '2011-04-07T10:00:00+02:00') => understand({ text, plan, lexicon, now: new Date(now) });

describe('withPossessedNoun', () => {
  it('writes "A and B … their X" as each body\'s X', () => {
    expect(withPossessedNoun('när har SK och LG sina planeringskonferenser?', lexicon, 'sv')).toBe('när har SK:s planeringskonferenser och LG:s planeringskonferenser?');
    expect(withPossessedNoun('when do the committee and the management group hold their planning conferences?', lexicon, 'en')).toBe("when do the committee's planning conferences and the management group's planning conferences?");
  });
  it('leaves other texts alone', () => {
    for (const t of ['när har SK och LG möten?', 'vilka värdar har Salem och Tyresö för sina möten', 'SK och LG, deras xyzzy', 'when do they hold their planning conference?']) {
      expect(withPossessedNoun(t, lexicon, t.startsWith('when') ? 'en' : 'sv')).toBe(t);
    }
  });
});

describe('withElidedNoun, the noun left out after the second owner', () => {
  it('writes the first owner\'s noun after a second owner that ends the sentence', () => {
    expect(withElidedNoun("how many days between the committee's planning conference and the management group's?", lexicon)).toBe("how many days between the committee's planning conference and the management group's planning conference?");
    expect(withElidedNoun('skillnaden mellan SK:s planeringskonferens och LG:s', lexicon)).toBe('skillnaden mellan SK:s planeringskonferens och LG:s planeringskonferens');
  });
  it('leaves it where the second is no owner or something follows it', () => {
    for (const t of ["SK's planning conference and Tom's?", "SK's planning conference and LG's members", 'vad kostar Salems och Tyresös?']) expect(withElidedNoun(t, lexicon)).toBe(t);
  });
});

describe('readings', () => {
  it('an ability word and a joining word ask yes or no, wherever the modal stands', () => {
    expect(q('could Nykvarn become part of ÖFN?').form).toBe('yesNo');
    expect(q('skulle Botkyrka kunna bli en del av miljöförbundet').form).toBe('yesNo');
    expect(q('how could Salem join ÖFN?').form).not.toBe('yesNo');
  });
  it('"may" first with a municipality after it is the verb, not the month', () => {
    expect(q('may Södertälje become part of the ÖFN').month).toBeUndefined();
    expect(q('May meetings of SK?').month?.month).toBe(5);
  });
  it('a number of weeks or months within or from now is a span from today', () => {
    expect(q('vad händer två veckor från nu?').dates).toEqual(['2011-04-07', '2011-04-21']);
    expect(q('anything happening within a month?').dates).toEqual(['2011-04-07', '2011-05-07']);
    expect(q('vilka möten blir det tre veckor framåt?').dates).toEqual(['2011-04-07', '2011-04-28']);
    expect(q('vad händer om två veckor').dates).toEqual(['2011-04-21']);
  });
  it('a short word in capitals is no word of either language', () => {
    expect(withoutAbbreviations(['budget', 'it', '25000'], 'budget: IT 25000')).toEqual(['budget', '25000']);
    expect(withoutAbbreviations(['is', 'it', 'on', 'friday'], 'is it on friday')).toEqual(['is', 'it', 'on', 'friday']);
    expect(detectLang(lexicon, ['budget', 'it', '25000'], 'sv-SE', undefined, 'budget: IT 25000')).toBe('sv');
  });
});

describe('through the bot', () => {
  const bot = freshCoreEach();
  it('how we are to behave towards each other is the principles', async () => {
    expect((await bot.ask('hur ska vi bete oss mot varandra i samverkan?')).text).toContain('gemensamma nyttan');
    expect((await bot.ask('how should we treat each other in the cooperation?')).text).toContain('common good');
  });
  it('"nästa år efter det" steps from the year just answered, not from the clock', async () => {
    await bot.ask('vem har rådslaget 2016');
    const next = (await bot.ask('å nästa år efter det då?')).text;
    expect(next).toContain('2017: Nykvarn');
    expect((await bot.ask('and the next year after that?')).text).toContain('2018');
  });
  it('could Nykvarn join ÖFN is a yes', async () => {
    expect((await bot.ask('could Nykvarn become part of ÖFN?')).text).toMatch(/^Yes – more municipalities may join/);
  });
  it('what the plan says about something gives its sentence over a note on a kind of fact it lacks', async () => {
    expect((await bot.ask('What does the plan say about contacts with decision makers?')).text).toContain('decision-makers');
    expect((await bot.ask('what does the plan say about phone numbers?')).text).toContain('no contact details');
  });
  it('"SK calendar 2012" is English', async () => {
    expect((await bot.ask('SK calendar 2012')).text).toContain('Calendar 2012');
  });
  it('words quoted from the plan find their sentence, whatever else the question says', async () => {
    expect((await bot.ask("What does 'Gå före' mean in the section on how we work together?")).text).toContain('Lead the way');
  });
});
