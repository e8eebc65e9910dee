// Round 11, writer m — persona: head of the secretariat (press, new politicians, fact checks)
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const NIP = ['notInPlan', 'cannot'];
const T12 = ['12.00', '12:00'];
const T0830 = ['08.30', '8.30', '08:30', '8:30'];

const Q = [];
const q = (category, lang, text, o = {}) => Q.push({ category, q: text, lang, ...o });
const conv = (category, turns, o = {}) => Q.push({ category, conversation: turns, ...o });

// ---------- rotation ----------
q('rotation', 'sv', 'vem är värd för rådslaget 2014?', { expect: ['Tyresö'] });
q('rotation', 'sv', 'rådslaget 2016 värd', { expect: ['Haninge'] });
q('rotation', 'en', 'Which municipality hosts the Södertörn Rådslag in 2017?', { expect: ['Nykvarn'] });
q('rotation', 'sv', 'när är det huddinges tur att ha rådslaget?', { expect: ['2018'] });
q('rotation', 'sv', 'vem har rådslaget året efter Botkyrka', { expect: ['Tyresö'] });
q('rotation', 'en', 'I need the full rådslag host rotation for a fact box, 2011 to 2018 please', { expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'] });
q('rotation', 'en', 'when and where is the next rådslag?', { expect: ['Nynäshamn', '2012'] });
q('rotation', 'sv', 'journalisten frågar när Nykvarn får rådslaget – vilket år?', { expect: ['2017'] });

// ---------- budget ----------
q('budget', 'sv', 'vad kostar samarbetet totalt 2011?', { expect: ['860 000'] });
q('budget', 'sv', 'hur mycket är personalkostnaden', { expect: ['580 000'] });
q('budget', 'sv', 'Om avgifterna delas lika mellan de åtta kommunerna, vad blir det per kommun?', { expect: ['107 500'] });
q('budget', 'sv', 'total budget per månad?', { expectAny: [['71 666', '71 667']] });
q('budget', 'en', 'How big a share of the costs goes to staff, in percent?', { expectAny: [['67', '68']] });
q('budget', 'sv', 'hur mycket mer går till personal än till utredningar?', { expect: ['350 000'] });
q('budget', 'sv', 'vad blir kvar av avgifterna när personalen är betald', { expect: ['280 000'] });
q('budget', 'en', "What's the largest cost item in the 2011 budget?", { expect: ['580 000'] });
q('budget', 'en', 'smallest cost line?', { expect: ['50 000'] });
q('budget', 'sv', 'utredningar och konsultstöd per kvartal', { expect: ['57 500'] });
q('budget', 'sv', 'hur stor andel av budgeten är utredningar, i procent?', { expectAny: [['26', '27']] });
q('budget', 'sv', 'personal plus ersättningen till huddinge, tillsammans?', { expect: ['630 000'] });
q('budget', 'en', 'If the consultancy line were split equally between the eight municipalities, how much each?', { expect: ['28 750'] });

// ---------- yesno ----------
q('yesno', 'sv', 'stämmer det att Södertörn har ca 430 000 invånare?', { startsWith: 'Ja', expect: ['430 000'] });
q('yesno', 'sv', 'I utkastet står att rådslaget 2011 hölls i Huddinge – stämmer det?', { startsWith: 'Nej', expect: ['Salem'] });
q('yesno', 'en', 'Is it true that the committee meets at least six times a year?', { startsWith: 'Yes' });
q('yesno', 'sv', 'rätta mig om jag har fel men Nykvarn är väl med i överförmyndarnämnden?', { startsWith: 'Nej' });
q('yesno', 'sv', 'är Haninge värdkommun för överförmyndarnämnden', { startsWith: 'Ja' });
q('yesno', 'en', 'Is Tyresö part of the joint överförmyndarnämnd?', { startsWith: 'Yes' });
q('yesno', 'sv', 'stämmer det att miljö- och hälsoskyddsförbundet startade 2010?', { startsWith: 'Nej', expect: ['2008'] });
q('yesno', 'sv', 'går budgeten ihop?', { startsWith: 'Ja', expect: ['860 000'] });
q('yesno', 'en', 'Is KTH one of the participants in the rådslag?', { startsWith: 'Yes' });
q('yesno', 'en', 'is there an SK meeting on 22/9?', { startsWith: 'Yes', expect: ['Nynäshamn'] });
q('yesno', 'en', 'Is there a ledningsgrupp meeting in August?', { startsWith: 'No' });
q('yesno', 'sv', 'stämmer det att visionen talar om över en miljon invånare 2025?', { startsWith: 'Nej', expectAny: [['halv miljon', '500 000']] });
q('yesno', 'en', 'Is Södertälje a member of the Södertörn environmental and health protection association?', { startsWith: 'No' });
q('yesno', 'en', 'Is the Södertörn conference only a half day?', { startsWith: 'No' });
q('yesno', 'sv', 'Stämmer det att Huddinge får ersättning för kontorsservice och arbetsrum?', { startsWith: 'Ja', expect: ['50 000'] });

// ---------- premise ----------
q('premise', 'sv', 'varför är Botkyrka värd för SK 9/6?', { expect: ['Salem'] });
q('premise', 'sv', 'vilken tid börjar LG-mötet torsdag 20/5?', { expect: ['fredag'], expectAny: [T0830] });
q('premise', 'en', 'Why is the Södertörn conference held in Salem this year?', { expect: ['Huddinge', 'Tyresö'] });
q('premise', 'sv', 'när på våren är nyckeltalsdagen?', { expectAny: [['6 okt', '6/10']] });
q('premise', 'sv', 'hur mycket får Haninge för att hålla i sekretariatet?', { expect: ['Huddinge'] });
q('premise', 'en', 'Since the joint överförmyndarnämnd started back in 2008, how many municipalities are in it?', { expect: ['2011'], expectAny: [['five', '5']] });
q('premise', 'sv', 'SK 3/11 i Tyresö – vilken tid börjar det?', { expect: ['Botkyrka'], expectAny: [T12] });
q('premise', 'sv', 'varför ligger rådslaget på hösten i år?', { expect: ['24 mars'] });
q('premise', 'en', 'The budget is 960 000 this year, right? How is it split?', { expect: ['860 000'] });
q('premise', 'en', 'Explosive goods were handed to the miljö- och hälsoskyddsförbund, correct? Why there?', { expectAny: [['brandförsvarsförbund', 'fire']] });
q('premise', 'sv', 'rätta mig om jag har fel men sju kommuner ingår väl i samarbetskommittén?', { expectAny: [['åtta', '8']] });

// ---------- offplan ----------
q('offplan', 'sv', 'boka ett rum till SK 14/4', { kind: NIP });
q('offplan', 'sv', 'vem är ordförande i samarbetskommittén?', { kind: NIP });
q('offplan', 'sv', 'vad är adressen till SK-mötet i Nykvarn 14/4?', { kind: NIP });
q('offplan', 'en', 'Can you email the agenda for the June committee meeting to all members?', { kind: NIP });
q('offplan', 'sv', 'vad blir budgeten för 2012?', { kind: NIP });
q('offplan', 'sv', 'står det i planen hur avgifterna fördelas mellan kommunerna, alltså vad varje kommun betalar?', { kind: NIP });
q('offplan', 'en', "What's on the agenda for the Södertörn conference on 1 September?", { kind: NIP });
q('offplan', 'sv', 'sedan vilket år har kommunerna på Södertörn samarbetat?', { kind: NIP });
q('offplan', 'en', 'Who is the contact person at the secretariat? Need a name for the press release', { kind: NIP });
q('offplan', 'sv', 'ring kommundirektören i Salem och säg att vi är sena', { kind: NIP });

// ---------- topic ----------
q('topic', 'sv', 'när är ledningsgruppens planeringskonferens?', { expectAny: [['31 mars', '31/3']], expectNot: ['28 jan'] });
q('topic', 'sv', 'SK:s planeringskonferens när?', { expectAny: [['28 jan', '28/1']], expectNot: ['31 mars', '31/3'] });
q('topic', 'sv', 'vad täcker ersättningen till Huddinge?', { expect: ['kontorsservice', 'arbetsrum'] });
q('topic', 'en', "What's the purpose of the ledningsgrupp?", { expectAny: [['prepar'], ['coordinat']] });
q('topic', 'sv', 'vad är syftet med verksamhetsfrågorna, till skillnad från de regionala utvecklingsfrågorna?', { expect: ['effektivisera'] });
q('topic', 'sv', 'vilket styrdokument gäller för de regionala utvecklingsfrågorna?', { expect: ['utvecklingsprogram 2010'] });
q('topic', 'sv', 'vem deltar i Södertörnskonferensen, och vilka är med i rådslaget utöver kommunerna?', { expect: ['parti', 'Handelskammaren', 'Företagarna'] });
q('topic', 'en', 'Which of the two conferences is in Salem – the Södertörn conference or the rådslag?', { expectAny: [['rådslag']], expect: ['24 March'] });

// ---------- period ----------
q('period', 'sv', 'vilka SK-möten är det i höst?', { expectAny: [['22 sep', '22/9'], ['3 nov', '3/11'], ['8 dec', '8/12']] });
q('period', 'sv', 'LG möten efter sommaren', { expectAny: [['9 sep', '9/9'], ['14 okt', '14/10'], ['25 nov', '25/11']] });
q('period', 'sv', 'första SK-mötet efter sommaren, var?', { expect: ['Nynäshamn'], expectAny: [['22 sep', '22/9']] });
q('period', 'en', 'last LG meeting this year?', { expectAny: [['25 November', '25/11']] });
q('period', 'en', 'Which committee meetings are left in the first half of the year?', { expect: ['Nykvarn', 'Salem'], expectAny: [['14 April', '14/4'], ['9 June', '9/6']] });
q('period', 'sv', 'vad händer i oktober?', { expectAny: [['14 okt', '14/10'], ['6 okt', '6/10']] });
q('period', 'sv', 'sista sk-mötet 2011', { expect: ['Tyresö'], expectAny: [['8 dec', '8/12']] });
q('period', 'sv', 'nästa SK?', { now: '2011-10-01T09:00:00+02:00', expect: ['Botkyrka'], expectAny: [['3 nov', '3/11']] });

// ---------- followup ----------
conv('followup', [
  { q: 'vem är värd för SK 22/9?', lang: 'sv', expect: ['Nynäshamn'] },
  { q: 'och mötet efter det?', lang: 'sv', expect: ['Botkyrka'], expectAny: [['3 nov', '3/11']] },
]);
conv('followup', [
  { q: 'rådslaget 2013?', lang: 'sv', expect: ['Botkyrka'] },
  { q: 'och året innan?', lang: 'sv', expect: ['Nynäshamn'] },
]);
conv('followup', [
  { q: "What's the staff budget?", lang: 'en', expect: ['580 000'] },
  { q: 'and per month?', lang: 'en', expectAny: [['48 333', '48 334']] },
]);
conv('followup', [
  { q: 'när är nyckeltalsdagen?', lang: 'sv', expectAny: [['6 okt', '6/10']] },
  { q: 'var?', lang: 'sv', expect: ['Botkyrka'] },
]);
conv('followup', [
  { q: 'vilka kommuner är med i överförmyndarnämnden?', lang: 'sv', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
  { q: 'vem är värdkommun?', lang: 'sv', expect: ['Haninge'] },
  { q: 'sedan när?', lang: 'sv', expect: ['2011'] },
]);
conv('followup', [
  { q: 'When is the Södertörn conference?', lang: 'en', expect: ['1 September'] },
  { q: 'who hosts it?', lang: 'en', expect: ['Huddinge', 'Tyresö'] },
]);
conv('followup', [
  { q: 'nästa LG?', lang: 'sv', expectAny: [['20 maj', '20/5']] },
  { q: 'vilken tid?', lang: 'sv', expectAny: [T0830] },
]);
conv('followup', [
  { q: 'när startade miljö- och hälsoskyddsförbundet?', lang: 'sv', expect: ['2008'] },
  { q: 'vilka kommuner bildade det?', lang: 'sv', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
  { q: 'kan fler kommuner gå med?', lang: 'sv', startsWith: 'Ja' },
]);
conv('followup', [
  { q: 'is it true the rådslag was in Salem this year?', lang: 'en', startsWith: 'Yes' },
  { q: "and who's next year?", lang: 'en', expect: ['Nynäshamn'] },
]);
conv('followup', [
  { q: 'jag skriver ett pressmeddelande om rådslaget, när var det i år?', lang: 'sv', expect: ['24 mars', 'Salem'] },
  { q: 'vilka var med utöver kommunerna?', lang: 'sv', expect: ['Södertörns högskola', 'KTH', 'Handelskammaren', 'Företagarna'], expectAny: [['Karolinska']] },
]);

// ---------- typo ----------
q('typo', 'sv', 'när träffas ledingsgruppen nästa gång', { expectAny: [['20 maj', '20/5']] });
q('typo', 'sv', 'vem är värd för SK-mötet i juni', { expect: ['Salem'] });
q('typo', 'sv', 'samarbetskomittens mötestider?', { expect: ['torsdag'], expectAny: [T12, ['15.00', '15:00']] });
q('typo', 'sv', 'överförmyndarnämden värdkommun', { expect: ['Haninge'] });
q('typo', 'sv', 'LG-datumen i höst', { expectAny: [['9 sep', '9/9'], ['14 okt', '14/10'], ['25 nov', '25/11']] });
q('typo', 'sv', 'rådslgaet 2015', { expect: ['Södertälje'] });
q('typo', 'en', 'whos hosting the comittee meeting on 14 april', { expect: ['Nykvarn'] });

// ---------- language ----------
q('language', 'en', 'SK 3/11 värd?', { locale: 'en-GB', expect: ['Botkyrka'] });
q('language', 'sv', 'ÖFN?', { locale: 'sv-SE', expectAny: [['överförmyndar']] });
q('language', 'en', 'kostnader?', { locale: 'en-GB', expect: ['580 000', '50 000', '230 000'] });
q('language', 'en', 'rådslaget 2018', { locale: 'en-GB', expect: ['Huddinge'] });
q('language', 'en', 'nyckeltal?', { locale: 'en-GB', expect: ['6 October'] });
q('language', 'sv', 'budget 2011', { locale: 'sv-SE', expect: ['860 000'] });

// ---------- facts ----------
q('facts', 'sv', 'hur många invånare har Södertörn?', { expect: ['430 000'] });
q('facts', 'en', 'Which universities does the plan mention? Checking a draft article', { expect: ['KTH', 'Karolinska'], expectAny: [['Södertörn']] });
q('facts', 'en', 'Which infrastructure projects does the plan mention?', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] });
q('facts', 'sv', 'vad säger visionen 2025?', { expectAny: [['halv miljon', '500 000']], expect: ['mångfald'] });
q('facts', 'sv', 'vilka är målområdena i utvecklingsprogrammet', { expect: ['Näringsliv', 'Mångfald', 'Klimat', 'Infrastruktur'] });
q('facts', 'en', 'A new politician asks: who sits on the samarbetskommitté?', { expectAny: [['kommunstyrelse', 'executive', 'chair']] });
q('facts', 'sv', 'i vilka regionala organ samordnar vi våra insatser?', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] });
q('facts', 'en', 'When did the joint överförmyndarnämnd start?', { expect: ['2011'], expectAny: [['1 January', 'January 1']] });
q('facts', 'sv', 'vilka företag lyfts fram i inledningen?', { expect: ['Scania', 'Karolinska Universitetssjukhuset'], expectAny: [['Astra Zeneca', 'AstraZeneca']] });
q('facts', 'sv', 'förhållningssätt?', { expect: ['gemensamma nyttan', 'ge och få'] });
q('facts', 'sv', 'vilka är de viktigaste regionala utvecklingsfrågorna enligt Södertörns UtvecklingsProgram 2010?', { expect: ['utbildningsnivån', 'klimateffektivt', 'infrastruktur'] });
q('facts', 'sv', 'vad kallas Stockholm i planen?', { expect: ['Capital of Scandinavia'] });
q('facts', 'sv', 'inom vilka områden har samarbetet traditioner?', { expect: ['gymnasie', 'räddningstjänst'] });
q('facts', 'en', 'Which new task did Haninge, Nynäshamn and Tyresö recently hand to the environmental association?', { expectAny: [['receptfri', 'over-the-counter', 'non-prescription', 'prescription-free']] });
q('facts', 'sv', 'vad ska få mest tid och resurser 2011, de regionala utvecklingsfrågorna eller verksamhetsfrågorna?', { expect: ['regionala utvecklingsfrågor'] });
q('facts', 'sv', 'när fastställdes utvecklingsprogrammet?', { expect: ['hösten 2010'] });
q('facts', 'en', 'Who provides the secretariat for the committee?', { expect: ['Huddinge'] });
q('facts', 'sv', 'Jag är ny i kommunstyrelsen i Nykvarn. Vad är Södertörnskonferensen och när är den i år?', { expectAny: [['1 sep', '1/9']] });
q('facts', 'en', 'What happens at the key figures day and when is it?', { expect: ['6 October', 'Botkyrka'] });

// ---------- commands ----------
const C = [];
const c = (category, lang, as, text, o = {}) => C.push({ category, q: text, lang, as, ...o });
c('move', 'sv', 'secretariat', 'flytta SK-mötet 22/9 till 29/9', { kind: 'confirm', expectAny: [['29 sep', '29/9']] });
c('move', 'en', 'secretariat', 'move the LG meeting on 14 October to 21 October', { kind: 'confirm', expectAny: [['21 October', '21/10']] });
c('host', 'sv', 'secretariat', 'ny värd för SK 8/12: Haninge istället för Tyresö', { kind: 'confirm', expect: ['Haninge'] });
c('cancel', 'sv', 'secretariat', 'ställ in LG-mötet 9/9', { kind: 'confirm', expectAny: [['9 sep', '9/9']] });
c('add', 'sv', 'secretariat', 'lägg till ett extra SK-möte torsdag 18 augusti i Huddinge', { kind: 'confirm', expect: ['Huddinge'], expectAny: [['18 aug', '18/8']] });
c('budgetline', 'sv', 'secretariat', 'höj utredningar och konsultstöd till 250 000 kr', { kind: 'confirm', expect: ['250 000'] });
c('rotationhost', 'sv', 'secretariat', 'ändra värdkommun för rådslaget 2016 till Botkyrka', { kind: 'confirm', expect: ['Botkyrka'] });
c('missing', 'sv', 'secretariat', 'flytta LG-mötet', { kind: 'clarify' });
c('missing', 'sv', 'secretariat', 'ändra personalbudgeten', { kind: 'clarify' });
C.push({ category: 'confirm', as: 'secretariat', conversation: [
  { q: 'flytta nyckeltalsdagen till 13 okt', lang: 'sv', as: 'secretariat', kind: 'confirm', expectAny: [['13 okt', '13/10']] },
  { q: 'ja', lang: 'sv', as: 'secretariat', kind: 'confirmed' },
] });
C.push({ category: 'confirm', as: 'secretariat', conversation: [
  { q: 'change the staff line in the budget to 600 000', lang: 'en', as: 'secretariat', kind: 'confirm', expect: ['600 000'] },
  { q: 'no, cancel', lang: 'en', as: 'secretariat', kind: 'cancelled' },
] });
c('history', 'sv', 'secretariat', 'visa ändringar', { kind: 'history' });
c('refused', 'sv', 'member', 'flytta SK 14/4 till 15/4', { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] });
c('refused', 'en', 'member', 'set the rådslag 2015 host to Nykvarn', { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] });
c('period', 'sv', 'secretariat', 'när är LG i maj?', { expectAny: [['20 maj', '20/5']] });
c('budget', 'sv', 'secretariat', 'vad står personalposten på just nu?', { expect: ['580 000'] });

const dir = __dirname;
const wrap = (description, items) => ({ description, defaultNow: NOW, items });
fs.writeFileSync(path.join(dir, 'pool-questions.json'), JSON.stringify(wrap('r11 writer m: questions (head of secretariat persona)', Q), null, 2));
fs.writeFileSync(path.join(dir, 'pool-commands.json'), JSON.stringify(wrap('r11 writer m: change requests (secretariat persona)', C), null, 2));
const count = (items) => {
  const cat = {}, lang = {};
  for (const it of items) {
    cat[it.category] = (cat[it.category] || 0) + 1;
    const l = it.lang || (it.conversation && it.conversation[0].lang);
    lang[l] = (lang[l] || 0) + 1;
  }
  return { n: items.length, cat, lang };
};
console.log(JSON.stringify({ questions: count(Q), commands: count(C) }, null, 1));
