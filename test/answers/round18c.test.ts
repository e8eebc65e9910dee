// Round 18 (nlu18c): a year counted from now in the genitive, a meeting's length asked with "hur lång", a claim stated
// plainly, a follow-up naming only another owner, an income the plan lacks, a week with no meeting, premises with two
// false parts or a false frequency, the rotation's ends among a joint body's members, whose planning conference it is.
import { createTestCore, freshCoreEach } from '../helpers/core.js';

describe('a year counted from now, in the genitive', () => {
  const bot = freshCoreEach('2012-03-01T09:00:00+01:00');

  it('reads "förra årets", "fjolårets", "last year\'s" and "nästa års" as the year they count to', async () => {
    expect((await bot.ask('förra årets rådslag var')).text).toMatch(/^Värd för Södertörns rådslag 2011: Salem/);
    expect((await bot.ask('vem hade fjolårets rådslag?')).text).toMatch(/2011: Salem/);
    expect((await bot.ask("who hosted last year's rådslag?")).text).toMatch(/2011: Salem/);
    expect((await bot.ask('kommande års rådslag?')).text).toMatch(/2013: Botkyrka/);
  });
});

describe('a meeting’s length asked with "hur lång"', () => {
  const bot = freshCoreEach();

  it('reads "hur långt", "hur lång", "hur långa" of a body that meets as the length of its meetings', async () => {
    expect((await bot.ask('Hur långt är ett LG-möte?')).text).toMatch(/^Ledningsgruppen: 4,5 timmar \(08\.30–13\.00\)/);
    expect((await bot.ask('hur lång är ett SK-möte')).text).toMatch(/^Södertörns samarbetskommitté: 3 timmar/);
    expect((await bot.ask('hur långa är ledningsgruppens möten?')).kind).toBe('meetingTime');
  });

  it('keeps a word of until or distance a time until the meeting', async () => {
    expect((await bot.ask('hur långt är det till nästa LG?')).kind).toBe('daysUntil');
    expect((await bot.ask('hur långt bort är nästa LG?')).kind).toBe('daysUntil');
  });
});

describe('a claim stated plainly', () => {
  const bot = freshCoreEach('2011-09-29T17:20:00+02:00');

  it('checks a statement of a subject, a verb and something to check, with no question mark or inversion', async () => {
    expect((await bot.ask('nyckeltalsdagen e den nästa vecka')).text).toMatch(/^Ja – Nyckeltal Södertörn torsdag 6 oktober 2011/);
    expect((await bot.ask('LG-mötet e nästa vecka')).text).toMatch(/^Nej – Ledningsgruppen har inget möte/);
    expect((await bot.ask('the rådslag is in Botkyrka in 2013')).text).toMatch(/^Yes – Botkyrka hosts/);
  });

  it('leaves a question word, or a statement with nothing to check, as it was', async () => {
    expect((await bot.ask('rådslaget var?')).text).not.toMatch(/^(Ja|Nej) /);
    expect((await bot.ask('ledningsgruppen är kommundirektörerna')).text).not.toMatch(/^(Ja|Nej) /);
  });
});

describe('a follow-up naming only another owner of the thing just answered', () => {
  const bot = freshCoreEach();

  it('reads "den för SK då", "and the one for the committee" as that owner’s one of the same thing', async () => {
    await bot.ask('när e lg:s planeringskonferens');
    expect((await bot.ask('den för sk då')).text).toMatch(/^Samarbetskommitténs planeringskonferens var torsdag 27 januari–fredag 28 januari 2011/);
    await bot.ask('när är SK:s planeringskonferens?');
    expect((await bot.ask('den för LG då?')).text).toMatch(/^Ledningsgruppen – Planeringskonferens: torsdag 31 mars/);
    await bot.ask("when is LG's planning conference?");
    expect((await bot.ask('and the one for the committee?')).text).toMatch(/27 January–Friday 28 January 2011/);
  });

  it('reads an owner in the genitive with "då" and no "och" the same way', async () => {
    await bot.ask('när har ledningsgruppen sin planeringskonferens?');
    expect((await bot.ask('samarbetskommitténs då?')).text).toMatch(/^Samarbetskommitténs planeringskonferens var/);
  });
});

describe('an income the plan does not have', () => {
  const bot = freshCoreEach();

  it('says the plan does not say, then names the income the budget has, instead of listing it as the income asked', async () => {
    const a = await bot.ask('How much EU funding does the Södertörn cooperation receive?');
    expect(a.kind).toBe('notInPlan');
    expect(a.text).toMatch(/no grants, EU funding or other income/);
    expect(a.text).toMatch(/Avgifter från kommunerna \(fees from the municipalities\) 860 000 kr/);
    expect((await bot.ask('hur mycket statsbidrag får samarbetet?')).kind).toBe('notInPlan');
  });

  it('still lists the income the budget has when that is asked', async () => {
    expect((await bot.ask('vilka intäkter har samarbetet?')).kind).toBe('budgetIncome');
  });
});

describe('a week or month with no meeting', () => {
  it('says there is none, then shows the nearest meeting still to come', async () => {
    const bot = await createTestCore('2011-05-16T07:30:00+02:00');
    try {
      const a = await bot.ask('vad har vi nästa vecka');
      expect(a.text).toMatch(/^Möten nästa vecka \(måndag 23 maj–söndag 29 maj 2011\)\nInga möten nästa vecka/);
      expect(a.text).toMatch(/Närmast i planen:\nOrgan: Ledningsgruppen\nNär: fredag 20 maj 2011/);
      bot.clock.set('2011-07-04T08:00:00+02:00');
      expect((await bot.ask('vilka möten är det i juli?')).text).toMatch(/Närmast i planen:\nOrgan: Södertörnskonferensen\nNär: torsdag 1 september 2011/);
    } finally {
      await bot.cleanup();
    }
  });
});

describe('premises with two false parts, a false membership and a false frequency', () => {
  const bot = freshCoreEach();

  it('checks a joint body’s start and a member claimed together, naming both facts', async () => {
    const a = await bot.ask('miljöförbundet startade väl 2010 när salem gick med');
    expect(a.text).toMatch(/^Nej – Södertörns miljö- och hälsoskyddsförbund startade 2008, och Salem ingår inte i /);
  });

  it('corrects a why that takes a municipality’s membership of a joint body as given', async () => {
    expect((await bot.ask('why did Salem join the överförmyndarnämnd?')).text).toMatch(/^Salem is not part of Södertörns överförmyndarnämnd/);
    const member = await bot.ask('why did Haninge join the miljöförbund?');
    expect(member.text).toMatch(/^Haninge is part of .*\n(.*\n)*The plan does not say why\./);
  });

  it('checks how often a body is held against the plan’s frequency', async () => {
    expect((await bot.ask('Why is the Södertörnskonferensen only held every second year?')).text).toMatch(/^Södertörnskonferensen is held once a year – the plan says “årligen” \(every year\)/);
    expect((await bot.ask('hålls rådslaget årligen?')).text).toMatch(/^Ja – Södertörns rådslag hålls en gång om året/);
    expect((await bot.ask('träffas LG vartannat år?')).text).toMatch(/^Nej – Ledningsgruppen träffas minst sex gånger per år/);
  });
});

describe('the ends of the rådslag rotation, of all hosts or of a joint body’s members, and the hosts before one', () => {
  const bot = freshCoreEach();

  it('reads an English "last" that names no meeting or time after it as the end of the order', async () => {
    expect((await bot.ask('which municipality is the last one in the list of värdkommun for rådslaget?')).text).toMatch(/^Last in the rotation of Södertörns rådslag: Huddinge in 2018/);
    expect((await bot.ask('who hosted the last rådslag?')).text).not.toMatch(/2018/);
  });

  it('keeps to a joint body’s members when the question names one, its count no false premise', async () => {
    expect((await bot.ask('Of the kommuner in the överförmyndarnämnd, which one hosts the rådslag last?')).text).toMatch(/^Last of the municipalities in Södertörns överförmyndarnämnd to host Södertörns rådslag: Huddinge in 2018/);
    expect((await bot.ask('Of the three kommuner in the miljö- och hälsoskyddsförbund, which is first to host the rådslag?')).text).toMatch(/^First of the municipalities in Södertörns miljö- och hälsoskyddsförbund to host Södertörns rådslag: Nynäshamn in 2012/);
    expect((await bot.ask('av kommunerna i miljöförbundet, vilken är sist värd för rådslaget?')).text).toMatch(/^Sist av kommunerna i Södertörns miljö- och hälsoskyddsförbund att vara värd för Södertörns rådslag: Haninge 2016/);
  });

  it('lists every host before one in the order, held or not; up to a turn, from now', async () => {
    expect((await bot.ask('Vilka kommuner är värd för rådslaget före Tyresö?')).text).toMatch(/innan Tyresö är värd 2014\n2011: Salem\n2012: Nynäshamn\n2013: Botkyrka$/);
    expect((await bot.ask('vilka hinner vara värd innan det blir Södertäljes tur?')).text).toMatch(/innan Södertälje är värd 2015\n2012: Nynäshamn/);
  });
});
