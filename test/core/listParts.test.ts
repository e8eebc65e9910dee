// Several questions in one message (a list, ";", "+", "samt"), a long preamble before the question asked, and
// "mellan dem" after a reply that named meetings (issue 14, round 24): bot/core/turn.ts listParts, closingQuestion.
import { closingQuestion as closingWith, listParts as listWith, MAX_PARTS } from '../../bot/core/bot.js';
import { freshCoreEach, LEXICON } from '../helpers/core.js';

// The lexicon's words of a list and of a closing question (exactWords), as the core passes them.
const listParts = (text: string, adds: (left: string, right: string) => boolean) => listWith(text, LEXICON.exactWords!.listJoins, adds);
const closingQuestion = (text: string, claims: (preamble: string) => boolean) => closingWith(text, claims, LEXICON.exactWords!);

const never = () => false;

describe('listParts', () => {
  it('splits lines, bullets, numbers, ";", "+" and "samt" into parts, without their marks', () => {
    expect(listParts('- rådslaget 2012 värd\n- nyckeltalsdagen datum\n- södertörnskonf datum', never)).toEqual(['rådslaget 2012 värd', 'nyckeltalsdagen datum', 'södertörnskonf datum']);
    expect(listParts('1) who sits on SK 2) what is the vision', never)).toEqual(['who sits on SK', 'what is the vision']);
    expect(listParts('Två saker:\n1. nästa SK\n2. nästa LG', never)).toEqual(['nästa SK', 'nästa LG']);
    expect(listParts('1. när är rådslaget 2. vem är värd 2013', never)).toEqual(['när är rådslaget', 'vem är värd 2013']);
    expect(listParts('SK den 2. juni; LG', never)).toEqual(['SK den 2. juni', 'LG']);
    expect(listParts('budget tot + personal?', never)).toEqual(['budget tot', 'personal?']);
    expect(listParts('LG i höst; SK i höst', never)).toEqual(['LG i höst', 'SK i höst']);
    expect(listParts('LG i höst ; SK i höst', never)).toEqual(['LG i höst', 'SK i höst']);
    expect(listParts('rådslag 2018 värd samt budget för personal', never)).toEqual(['rådslag 2018 värd', 'budget för personal']);
  });
  it('leaves one part whole: a sum of figures, names the caller says are added up, a single line', () => {
    expect(listParts('580 000 + 230 000?', never)).toBeUndefined();
    expect(listParts('personal + utredningar ihop?', () => true)).toBeUndefined();
    expect(listParts('när är nästa LG?', never)).toBeUndefined();
  });
  it(`keeps at most ${MAX_PARTS} parts, the rest in the last`, () => {
    const parts = listParts(Array.from({ length: 20 }, (_, i) => `- fråga ${i}`).join('\n'), never)!;
    expect(parts).toHaveLength(MAX_PARTS);
    expect(parts.at(-1)).toContain('fråga 19');
  });
  it('asks whether a mark adds up only a few times, however many marks the message holds', () => {
    let asked = 0;
    listParts(Array.from({ length: 200 }, (_, i) => `namn${i}`).join(' + '), () => (asked++, true));
    expect(asked).toBeLessThanOrEqual(2 * MAX_PARTS);
  });
});

describe('the words that join a list\'s parts on one line', () => {
  it('are the lexicon\'s list joins (exactWords.listJoins), as the core passes them, and no other word', () => {
    expect(listWith('LG i höst plus SK i höst', ['plus'], never)).toEqual(['LG i höst', 'SK i höst']);
    expect(listWith('LG i höst samt SK i höst', [], never)).toBeUndefined();
  });
  it('a closing question opens with the lexicon\'s question words or modals (exactWords), and no other word', () => {
    const preamble = 'Jag har fått höra att Botkyrka betalar en miljon om året, men jag förstår inte –';
    expect(closingWith(`${preamble} kunde du säga budgeten?`, () => true, LEXICON.exactWords!)?.[1]).toBe('kunde du säga budgeten?');
    expect(closingWith(`${preamble} kunde du säga budgeten?`, () => true, { ...LEXICON.exactWords!, closingModals: [] })).toBeUndefined();
  });
});

describe('closingQuestion', () => {
  const claims = (p: string) => /höra|told|trodde/.test(p);
  it('takes the question after a long preamble of hearsay', () => {
    expect(closingQuestion('Jag har fått höra att Botkyrka betalar en miljon om året, men jag förstår inte – hur stor är budgeten?', claims)).toEqual(['Jag har fått höra att Botkyrka betalar en miljon om året, men jag förstår inte', 'hur stor är budgeten?']);
    expect(closingQuestion('I was told that Botkyrka pays a million kronor a year to the committee. What is the total budget?', claims)?.[1]).toBe('What is the total budget?');
  });
  it('leaves a short preamble, one without hearsay, a question in the preamble, and a yes/no after a dash whole', () => {
    expect(closingQuestion('Jag har fått höra – hur stor är budgeten?', claims)).toBeUndefined();
    expect(closingQuestion('vi har redan dragit 85 000 på konsulter i år – hur mycket finns kvar på den raden?', claims)).toBeUndefined();
    expect(closingQuestion('Okej, so vad är next step för SK after 14/4 enligt vad jag fått höra – which date?', claims)).toBeUndefined();
    expect(closingQuestion('som nyvald ordförande trodde jag att LG träffas på torsdagar – är det för att passa SK?', claims)).toBeUndefined();
  });
});

describe('several questions in one message, answered in one reply', () => {
  const t = freshCoreEach();
  it('answers each line of a list', async () => {
    const r = await t.ask('- rådslaget 2012 värd\n- nyckeltalsdagen datum\n- södertörnskonf datum');
    expect(r.kind).not.toBe('notInPlan');
    for (const s of ['Nynäshamn', '6 okt', '1 september']) expect(r.text).toContain(s);
  });
  it('answers both sides of a "+" that joins two questions, and adds up where both sides are budget lines', async () => {
    const r = await t.ask('total budget + staff costs?');
    expect(r.text).toContain('860 000');
    expect(r.text).toContain('580 000');
    expect((await t.ask('personal + utredningar ihop?')).text).toContain('810 000');
  });
  it('answers the question after a preamble holding a false belief', async () => {
    const r = await t.ask('Jag har fått höra att Botkyrka betalar en miljon kronor om året till samarbetskommittén, men jag förstår inte riktigt hur det går ihop – hur stor är egentligen hela budgeten?');
    expect(r.text).toContain('860 000');
  });
  it('answers "och LG-mötet mellan dem?" with the meeting between the two just named', async () => {
    await t.ask('när är SK i Botkyrka och i Tyresö?');
    expect((await t.ask('och ledningsgruppen däremellan?')).text).toContain('25 november');
  });
});

describe('two questions joined by "och", one a fact the plan lacks', () => {
  const bot = freshCoreEach();

  it('answers the part the plan holds and says what it lacks of the other, about two different bodies', async () => {
    const a = await bot.ask('när är rådslaget 2014 och vem är värd för södertörnskonferensen?');
    expect(a.text).toContain('Huddinge och Tyresö');
    expect(a.text).toMatch(/rådslag 2014 står inte i planen/);
  });
});
