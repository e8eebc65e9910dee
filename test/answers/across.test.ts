// Answers that read across the plan (bot/answers/across.ts): every host of a year, every joint body of a kind, two
// things side by side, a wrong count of a body's members corrected; and around them, a request to publish outside
// the chat, what someone said, a name asked to be explained.
import { claimedCount } from '../../bot/answers/across.js';
import { LEXICON, freshCoreEach } from '../helpers/core.js';
import { acrossWordsProblem } from '../../bot/understand/lexicon.js';

const NUMBERS = LEXICON.offsets?.numbers ?? {};
const NOUNS = LEXICON.countNouns ?? [];
const WORDS = LEXICON.acrossWords!;
const words = (s: string) => s.split(' ');

describe('a count of municipalities claimed in a question', () => {
  it('reads a number before a word for them, after "alla", and "alla kommuner" as all of them', () => {
    expect(claimedCount(words('varfor ar alla atta kommuner med i ofn'), NUMBERS, 8, NOUNS, WORDS)).toBe(8);
    expect(claimedCount(words('de sju kommunerna i overformyndarnamnden'), NUMBERS, 8, NOUNS, WORDS)).toBe(7);
    expect(claimedCount(words('alla atta ar val med i miljoforbundet'), NUMBERS, 8, NOUNS, WORDS)).toBe(8);
    expect(claimedCount(words('are all 8 municipalities members of ofn'), NUMBERS, 8, NOUNS, WORDS)).toBe(8);
    expect(claimedCount(words('why do all the municipalities belong to it'), NUMBERS, 8, NOUNS, WORDS)).toBe(8);
  });

  it('reads no count where none is claimed: "en kommun", a number of something else', () => {
    expect(claimedCount(words('ar salem en kommun i ofn'), NUMBERS, 8, NOUNS, WORDS)).toBeUndefined();
    expect(claimedCount(words('traffas sk sex ganger per ar'), NUMBERS, 8, NOUNS, WORDS)).toBeUndefined();
    expect(claimedCount(words('vilka kommuner ar med i ofn'), NUMBERS, 8, NOUNS, WORDS)).toBeUndefined();
  });
});

describe('the lexicon’s words for these answers (acrossWords)', () => {
  it('are whole folded words in every list, and a list missing or unfolded is refused by name', () => {
    expect(acrossWordsProblem(LEXICON.acrossWords)).toBeUndefined();
    expect(acrossWordsProblem({ ...WORDS, joins: undefined })).toBe('acrossWords.joins: not a list');
    expect(acrossWordsProblem({ ...WORDS, all: ['Alla'] })).toMatch(/acrossWords.all: "Alla" is not a folded word/);
    expect(acrossWordsProblem({ ...WORDS, every: ['alla kommuner'] })).toMatch(/not a folded word/);
  });
});

describe('answers across the plan', () => {
  const bot = freshCoreEach();

  it('lists every host of a year with what each hosts, not one body’s host', async () => {
    const a = await bot.ask('vilka kommuner är värdar för något 2011?');
    expect(a.text).toMatch(/^Värdar 2011: Botkyrka, Haninge, Huddinge, Nykvarn, Nynäshamn, Salem och Tyresö/);
    expect(a.text).toContain('Salem: Södertörns rådslag torsdag 24 mars och Södertörns samarbetskommitté torsdag 9 juni');
    expect(a.text).toContain('Inte värd för något 2011: Södertälje.');
    // One host asked ("vem är värd 2014?" has the rotation's one host) stays the rotation's answer.
    expect((await bot.ask('vem är värd för rådslaget 2014?')).text).toMatch(/Tyresö/);
  });

  it('lists the joint bodies of the kind named, with their members', async () => {
    const all = await bot.ask('which joint bodies does the plan mention?');
    expect(all.text).toMatch(/^Joint bodies in the plan: Södertörns överförmyndarnämnd, Södertörns miljö- och hälsoskyddsförbund and Södertörns brandförsvarsförbund/);
    const forbund = await bot.ask('nämn alla förbunden');
    expect(forbund.text).toContain('miljö- och hälsoskyddsförbund');
    expect(forbund.text).toContain('brandförsvarsförbund');
    expect(forbund.text).not.toContain('överförmyndarnämnd');
    // Of one municipality: those it is in, and the one whose members the plan does not name, said so.
    const haninge = await bot.ask('vilka förbund är Haninge med i?');
    expect(haninge.text).toMatch(/^Haninge är med i Södertörns miljö- och hälsoskyddsförbund\n/);
    expect(haninge.text).toContain('Planen namnger inte medlemskommunerna i Södertörns brandförsvarsförbund.');
    expect((await bot.ask('vilka nämnder är Salem med i?')).text).toMatch(/^Salem är inte med i Södertörns överförmyndarnämnd enligt planen/);
  });

  it('sets two things side by side, a body’s titled meeting among them; budget lines stay the budget’s', async () => {
    const a = await bot.ask('vad är skillnaden mellan samarbetskommitténs planeringskonferens och ledningsgruppens planeringskonferens?');
    expect(a.text).toMatch(/^Skillnaden mellan Samarbetskommitténs planeringskonferens och Ledningsgruppen – Planeringskonferens/);
    expect(a.text).toContain('27 januari–fredag 28 januari 2011, heldagar');
    expect(a.text).toContain('31 mars–fredag 1 april 2011, lunch till lunch');
    const b = await bot.ask('hur skiljer sig LG från SK?');
    expect(b.text).toContain('Kommundirektörerna i de åtta kommunerna');
    expect(b.text).toContain('Kommunstyrelseordföranden för var och en av de åtta Södertörnskommunerna');
    const money = await bot.ask('vad är skillnaden mellan personal och utredningar?');
    expect(money.kind).toBe('budgetDifference');
    expect(money.text).toContain('350 000');
  });

  it('corrects a wrong count of a body’s municipalities first, and leaves a right one alone', async () => {
    const why = await bot.ask('varför är alla åtta kommuner med i överförmyndarnämnden?');
    expect(why.text).toMatch(/^Inte åtta utan fem av de åtta kommunerna ingår i Södertörns överförmyndarnämnd: Botkyrka, Haninge, Huddinge, Nynäshamn och Tyresö/);
    expect(why.text).toContain('Inte med: Nykvarn, Salem och Södertälje.');
    const yes = await bot.ask('are all 8 municipalities members of ÖFN?');
    expect(yes.text).toMatch(/^No – not eight but five of the eight municipalities are in/);
    expect((await bot.ask('varför är alla åtta kommuner med i ledningsgruppen?')).text).not.toMatch(/^Inte åtta/);
  });
});

describe('around them: requests to publish, what someone said, a name explained', () => {
  const bot = freshCoreEach();

  it('says it cannot publish outside the chat, then gives what the plan holds of what was named', async () => {
    const a = await bot.ask('post a short summary of the plan on our intranet news page');
    expect(a.kind).toBe('notInPlan');
    expect(a.text).toMatch(/^I cannot publish anything/);
    expect(a.text).toContain('about 430 000');
    const b = await bot.ask('publicera budgeten på intranätet');
    expect(b.text).toMatch(/^Jag kan inte publicera något/);
    expect(b.text).toContain('860 000 kr');
    // "post" is a budget line where nothing is published.
    expect((await bot.ask('vilken post är störst?')).kind).not.toBe('notInPlan');
  });

  it('says the plan holds nothing anyone said, but "what does the plan say" is the plan', async () => {
    expect((await bot.ask('vad sa Huddinges ordförande på förra SK-mötet?')).text).toMatch(/^Det står inte i planen\nPlanen återger inte vad någon har sagt/);
    expect((await bot.ask('what did Haninge say about joining the environment federation?')).kind).toBe('notInPlan');
    expect((await bot.ask('what does the plan say about the vision?')).kind).toBe('organisation');
  });

  it('explains a name or an abbreviation with the body, not its next meeting', async () => {
    for (const text of ['vad menas med SK?', 'förklara vad LG är', 'vad står förkortningen SK för?', 'explain what the rådslag is']) {
      expect([text, (await bot.ask(text)).kind]).toEqual([text, 'bodyInfo']);
    }
  });
});
