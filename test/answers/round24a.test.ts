// Round 24 (nlu24a): the kinds of question r23-dev left, each read by a general rule.
import { roundsTo } from '../../bot/answers/reason.js';
import { freshCoreEach } from '../helpers/core.js';

describe('a rough figure of the plan against one claimed', () => {
  const bot = freshCoreEach();

  it('is the same at the plan’s own precision only: its last digit that is not a zero', () => {
    expect(roundsTo(430_000, 430_000)).toBe(true);
    expect(roundsTo(430_000, 432_000)).toBe(true);
    expect(roundsTo(430_000, 450_000)).toBe(false);
    expect(roundsTo(430_000, 400_000)).toBe(false);
    expect(roundsTo(0, 0)).toBe(true);
  });

  it('says no to an inhabitants figure twenty thousand off, and gives the plan’s', async () => {
    const a = await bot.ask('I wrote in my draft that Södertörn has about 450,000 inhabitants — is that right?');
    expect(a.text.startsWith('No')).toBe(true);
    expect(a.text).toContain('430 000');
    expect((await bot.ask('Södertörn har ungefär 430 000 invånare, eller hur?')).text.startsWith('Ja')).toBe(true);
  });
});

describe('whether others could join a joint body', () => {
  const bot = freshCoreEach();

  it('reads "could" and "skulle … kunna" as a yes/no question, as "can" and "kan" are', async () => {
    expect((await bot.ask('Could more municipalities join the guardianship board?')).text.startsWith('Yes')).toBe(true);
    expect((await bot.ask('skulle fler kommuner kunna gå med i överförmyndarnämnden')).text.startsWith('Ja')).toBe(true);
  });

  it('reads "councils" as municipalities, not as the rådslag ("council"), in a follow-up', async () => {
    await bot.ask('who is in the environment and health protection association');
    const a = await bot.ask('could other councils join');
    expect(a.text.startsWith('Yes')).toBe(true);
    expect(a.text).toContain('miljö- och hälsoskyddsförbund');
  });
});

describe('a budget line changed, and the deficit or surplus asked', () => {
  const bot = freshCoreEach();

  it('heads the answer with the balance then: income less the costs after the change', async () => {
    const a = await bot.ask('Om utredningsposten höjdes till 250 000 utan att avgifterna ändrades, hur stort underskott skulle det bli?');
    expect(a.kind).toBe('budgetWhatIf');
    expect(a.text).toContain('underskott på 20 000 kr');
    expect((await bot.ask('if the Huddinge compensation went down to 40,000 with the same fees, what surplus would that leave?')).text).toContain('surplus of 10 000 kr');
  });

  it('answers yes or no where the balance is asked as a yes/no question', async () => {
    expect((await bot.ask('om avgifterna sänks till 800 000, blir det underskott?')).text.startsWith('Ja – budgeten har ett underskott på 60 000 kr')).toBe(true);
  });
});

describe('a phrase quoted from the plan', () => {
  const bot = freshCoreEach();

  it('points at the plan’s sentence that holds it, whatever else the question says', async () => {
    const a = await bot.ask('What does \'Gå före\' mean in the section on how we work together?');
    expect(a.kind).not.toBe('notInPlan');
    expect(a.text).toContain('leadership');
  });

  it('says nothing of the asker’s language: the words around it do', async () => {
    const a = await bot.ask('explain the principle \'Gå före\' please');
    expect(a.text).toContain('leadership');
    expect(a.text).toContain('From the plan');
  });
});

describe('a follow-up that points back at what was just answered, with a time of its own', () => {
  const bot = freshCoreEach();

  it('reads "then" after the vision as the vision’s year: its figure, half a million', async () => {
    await bot.ask('vad är visionen');
    expect((await bot.ask('hur många invånare ska vi vara då')).text).toContain('halv miljon');
  });

  it('reads "when is it this year?" after what a body is as that body’s meeting this year', async () => {
    await bot.ask('What is Södertörnskonferensen?');
    const a = await bot.ask('when is it this year?');
    expect(a.kind).not.toBe('notInPlan');
    expect(a.text).toContain('1 September');
    await bot.ask('Vad är Södertörns rådslag?');
    expect((await bot.ask('när hålls det i år?')).text).toContain('24 mars');
  });
});

describe('a stretch of the rotation: one host at one end, years at the other', () => {
  const bot = freshCoreEach();

  it('lists the hosts after the named one up to the year asked, in order', async () => {
    const a = await bot.ask('Remind me of the order of Rådslag hosts after Salem, up to 2015');
    expect(a.text).toContain('2012 Nynäshamn');
    expect(a.text).toContain('2015 Södertälje');
    expect(a.text).not.toContain('2016');
    const b = await bot.ask('vilka är värdar för rådslaget efter Botkyrka fram till 2017');
    expect(b.text).toContain('2014 Tyresö');
    expect(b.text).toContain('2017 Nykvarn');
    expect(b.text).not.toContain('2013 Botkyrka');
  });
});

describe('the time of a body’s meeting on a day it does not meet', () => {
  const bot = freshCoreEach();

  it('says it has none that day and names its nearest meetings before and after', async () => {
    const a = await bot.ask('lg mötet fjortonde november vilken tid');
    expect(a.text).toContain('inget möte');
    expect(a.text).toContain('14 oktober');
    expect(a.text).toContain('25 november');
    expect((await bot.ask('vilken tid är LG 14 oktober')).text).toContain('08.30–13.00');
  });
});

describe('which of two things has which property, no thing named', () => {
  const bot = freshCoreEach();

  it('sets each which-clause against every body’s own words in the plan, and reads the message whole', async () => {
    const a = await bot.ask('vilken konferens är med partierna och vilken är med högskolorna');
    expect(a.text).toContain('Den första är Södertörnskonferensen, den andra Södertörns rådslag');
    expect((await bot.ask('Which conference has the universities and which one has the political parties?')).text).toContain('The first is Södertörns rådslag, the second Södertörnskonferensen');
    // (Not where the clauses ask something else of one thing named: still two questions.)
    expect((await bot.ask('vilken dag är SK i juni och vilken tid?')).text).toContain('9 juni');
  });
});

describe('a false premise opened by a word of reason, the body written with the region’s name apart', () => {
  const bot = freshCoreEach();

  it('corrects the premise and answers the count that follows, of the body the premise named', async () => {
    const a = await bot.ask('Since the Södertörn guardianship board started in 2010, how many municipalities are in it?');
    expect(a.text).toContain('2011');
    expect(a.text).toContain('5 municipalities');
  });
});
