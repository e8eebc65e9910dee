// Round 10, writer "l": persona = Södertörn University researcher (long English questions quoting
// Swedish terms) + Swedish student assistant (short fragments with typos). Source: verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const NIP = ['notInPlan', 'cannot'];
const T = { sv: ['12.00', '12:00'], en: ['12.00', '12:00', '12 pm', '12pm', 'noon'] };
const LGT = ['08.30', '8.30', '08:30', '8:30'];

function Q(category, lang, q, o = {}) { return Object.assign({ category, lang, q }, o); }
function C(category, turns, o = {}) { return Object.assign({ category, conversation: turns }, o); }

const questions = [
  // ---------------- rotation ----------------
  Q('rotation', 'en', "According to the plan, which municipality is responsible for hosting Södertörns Rådslag in 2014, and which one takes over the year after that?", { expect: ['Tyresö', 'Södertälje'] }),
  Q('rotation', 'sv', 'radslag 2016?', { expect: ['Haninge'] }),
  Q('rotation', 'en', "In which year is it Huddinge's turn to be 'värdkommun för rådslaget'?", { expect: ['2018'] }),
  Q('rotation', 'sv', 'nykvarn rådslag vilket år', { expect: ['2017'] }),
  Q('rotation', 'sv', 'när är botkyrka värd för rådslaget?', { expect: ['2013'] }),
  Q('rotation', 'sv', 'vem har rådslaget året efter botkyrka', { expect: ['Tyresö'] }),
  Q('rotation', 'en', 'Which municipality hosts the rådslag the year before Södertälje does?', { expect: ['Tyresö'] }),
  Q('rotation', 'en', "For my paper I need the complete host rotation of the rådslag as it stands in the plan, from 2011 to 2018. Could you list it year by year?", { expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'] }),
  Q('rotation', 'sv', 'vilken kommun är sist i turordningen för rådslaget', { expect: ['Huddinge', '2018'] }),
  Q('rotation', 'en', "Who's hosting this year's rådslag?", { now: '2013-05-02T09:00:00+02:00', expect: ['Botkyrka'] }),
  Q('rotation', 'sv', 'vem är värd för rådslaget nästa år?', { now: '2015-02-10T09:00:00+01:00', expect: ['Haninge'] }),

  // ---------------- budget ----------------
  Q('budget', 'en', "How large is the samarbetskommitté's total budget for 2011?", { expect: ['860 000'] }),
  Q('budget', 'sv', 'budget konsult %', { expectAny: [['26', '27']] }),
  Q('budget', 'sv', 'vad betalar varje kommun om avgifterna delas lika på alla åtta', { expect: ['107 500'] }),
  Q('budget', 'en', 'What share of the total costs goes to personnel (the "Personal" line)?', { expectAny: [['67', '68']] }),
  Q('budget', 'en', "How much is budgeted for 'utredningar, konsultstöd mm' per quarter?", { expect: ['57 500'] }),
  Q('budget', 'sv', 'hur mkt blir kvar av intäkterna när personalen är betald', { expect: ['280 000'] }),
  Q('budget', 'en', 'What is the difference between the personnel line and the line for studies and consultancy support?', { expect: ['350 000'] }),
  Q('budget', 'sv', 'största kostnadsposten?', { expect: ['580 000'], expectAny: [['personal']] }),
  Q('budget', 'en', 'Which is the smallest cost item in the 2011 budget, and how much is it?', { expect: ['50 000', 'Huddinge'] }),
  Q('budget', 'en', 'If the consultancy line were shared evenly by the eight municipalities, how much would each one account for?', { expect: ['28 750'] }),
  Q('budget', 'sv', 'totala kostnader per månad', { expectAny: [['71 666', '71 667']] }),
  Q('budget', 'en', 'How much of the fee income is left once personnel and the compensation to Huddinge kommun are paid?', { expect: ['230 000'] }),

  // ---------------- yes/no ----------------
  Q('yesno', 'sv', 'är nykvarn värd för SK 14/4?', { startsWith: 'Ja', expect: ['Nykvarn'] }),
  Q('yesno', 'en', "Is Haninge the 'värdkommun' of Södertörns överförmyndarnämnd?", { startsWith: 'Yes', expect: ['Haninge'] }),
  Q('yesno', 'sv', 'ingår salem i överförmyndarnämnden', { startsWith: 'Nej' }),
  Q('yesno', 'en', 'Does Södertälje take part in Södertörns miljö- och hälsoskyddsförbund?', { startsWith: 'No', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] }),
  Q('yesno', 'sv', 'är LG-mötena på fredagar?', { startsWith: 'Ja' }),
  Q('yesno', 'en', 'Has the 2011 rådslag already taken place?', { startsWith: 'Yes', expect: ['24 March'] }),
  Q('yesno', 'sv', 'går budgeten jämnt ut?', { startsWith: 'Ja', expect: ['860 000'] }),
  Q('yesno', 'en', 'Does the committee meet on Fridays?', { startsWith: 'No', expect: ['Thursday'] }),
  Q('yesno', 'en', 'Is KTH one of the participants in the rådslag?', { startsWith: 'Yes' }),
  Q('yesno', 'sv', 'startade miljöförbundet 2011?', { startsWith: 'Nej', expect: ['2008'] }),
  Q('yesno', 'en', 'Is the personnel line bigger than the other two cost lines put together?', { startsWith: 'Yes', expect: ['580 000'] }),
  Q('yesno', 'en', 'Will Tyresö host the rådslag before Haninge does?', { startsWith: 'Yes', expect: ['2014'] }),

  // ---------------- false premises ----------------
  Q('premise', 'sv', 'varför är botkyrka värd för SK 9/6?', { expect: ['Salem'] }),
  Q('premise', 'en', 'Why does Södertälje host the nyckeltal day on 6 October?', { expect: ['Botkyrka'] }),
  Q('premise', 'en', "Since the överförmyndarnämnd started back in 2008, how many municipalities have joined it?", { expect: ['2011'] }),
  Q('premise', 'sv', 'ledningsgruppens planeringskonferens i januari, vilka datum?', { expect: ['31 mars'] }),
  Q('premise', 'en', "Why is the committee's budget 960,000 kronor this year?", { expect: ['860 000'] }),
  Q('premise', 'sv', 'sekretariatet sitter ju i södertälje, vad får de betalt för det?', { expect: ['Huddinge', '50 000'] }),
  Q('premise', 'en', 'What time does the Tuesday LG meeting start?', { expect: ['Friday'], expectAny: [LGT] }),
  Q('premise', 'sv', 'varför har nynäshamn rådslaget 2013', { expect: ['Botkyrka', '2012'] }),
  Q('premise', 'en', 'Which five municipalities make up the miljö- och hälsoskyddsförbund?', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'], expectAny: [['three', '3']] }),
  Q('premise', 'sv', 'södertörnskonferensen 1 okt, var är den?', { expect: ['1 sep', 'Huddinge', 'Tyresö'] }),

  // ---------------- off-plan ----------------
  Q('offplan', 'sv', 'boka ett rum i huddinge till SK 14/4', { kind: NIP }),
  Q('offplan', 'en', 'Could you email the agenda for the 9 June meeting to all the kommundirektörer?', { kind: NIP }),
  Q('offplan', 'sv', 'vad heter sekreteraren', { kind: NIP }),
  Q('offplan', 'en', 'Who is the current kommunstyrelseordförande in Nykvarn?', { kind: NIP }),
  Q('offplan', 'en', 'What will the committee budget be for 2012?', { kind: NIP }),
  Q('offplan', 'sv', 'vad står på dagordningen för LG 20/5', { kind: NIP }),
  Q('offplan', 'en', 'How much does it cost per participant to attend the Södertörnskonferensen?', { kind: NIP }),
  Q('offplan', 'sv', 'ring botkyrka o säg att vi blir sena', { kind: NIP }),
  Q('offplan', 'sv', 'vem är värd för LG 9/9', { kind: NIP }),
  Q('offplan', 'en', 'How many inhabitants does Salem have on its own?', { kind: NIP }),

  // ---------------- topic traps ----------------
  Q('topic', 'sv', 'när är samarbetskommitténs planeringskonferens', { expect: ['28 jan'], expectNot: ['31 mars', '1 april'] }),
  Q('topic', 'en', 'When does the ledningsgrupp hold its planning conference?', { expect: ['31 March', '1 April'], expectNot: ['28 January'] }),
  Q('topic', 'sv', 'när är södertörnskonferensen', { expect: ['1 sep'], expectNot: ['24 mars', '6 okt'] }),
  Q('topic', 'en', 'When and where is this year\'s Södertörns Rådslag?', { expect: ['24 March', 'Salem'], expectNot: ['1 September'] }),
  Q('topic', 'sv', 'vad täcker posten ersättning till huddinge', { expect: ['kontorsservice'] }),
  Q('topic', 'en', "What is the purpose of the ledningsgrupp, as distinct from the samarbetskommitté itself?", { expectAny: [['prepar', 'förbered'], ['coordinat', 'samordna']] }),
  Q('topic', 'sv', 'syftet med verksamhetsfrågorna?', { expectAny: [['effektivisera']] }),
  Q('topic', 'en', "Which 'styrdokument' governs the regional development issues?", { expect: ['2010'], expectAny: [['UtvecklingsProgram', 'Development Programme', 'Development Program']] }),
  Q('topic', 'sv', 'vilket förbund tar hand om explosiva varor', { expect: ['brandförsvarsförbund'] }),
  Q('topic', 'en', 'Who attends the annual Södertörn conference?', { expectAny: [['part'], ['official', 'tjänstem']], expectNot: ['Handelskammaren', 'Chamber of Commerce'] }),
  Q('topic', 'sv', 'vilka är med på rådslaget utöver kommunerna', { expect: ['KTH', 'Handelskammaren', 'Företagarna'] }),

  // ---------------- periods ----------------
  Q('period', 'sv', 'SK möten i höst', { expect: ['22 sep', '3 nov', '8 dec'], expectNot: ['9 jun'] }),
  Q('period', 'en', 'Which LG meetings are there after the summer?', { expect: ['9 Sep', '14 Oct', '25 Nov'], expectNot: ['20 May'] }),
  Q('period', 'sv', 'LG första halvåret', { expect: ['21 jan', '20 maj'], expectNot: ['9 sep', '14 okt'] }),
  Q('period', 'en', "What's the last committee meeting of 2011?", { expect: ['8 Dec', 'Tyresö'] }),
  Q('period', 'en', 'Apart from the regular SK and LG meetings, what events are scheduled for the autumn?', { expect: ['1 Sep', '6 Oct'] }),
  Q('period', 'sv', 'vad händer i oktober', { expect: ['14 okt', '6 okt'] }),
  Q('period', 'en', 'Which committee meetings are left before the summer break?', { expect: ['14 April', '9 June'], expectNot: ['27 January'] }),
  Q('period', 'sv', 'SK våren 2012', { expect: ['Södertälje', 'Huddinge'] }),
  Q('period', 'en', 'How many LG meetings are left this year?', { now: '2011-09-15T09:00:00+02:00', expect: ['14 Oct', '25 Nov'], expectAny: [['two', '2']], expectNot: ['9 Sep', '20 May'] }),
  Q('period', 'sv', 'nästa SK', { expect: ['14 apr', 'Nykvarn'] }),
  Q('period', 'sv', 'nästa möte i SK?', { now: '2011-10-01T09:00:00+02:00', expect: ['3 nov', 'Botkyrka'] }),

  // ---------------- follow-ups ----------------
  C('followup', [
    { q: 'vem är värd för rådslaget 2013?', lang: 'sv', expect: ['Botkyrka'] },
    { q: 'och året efter?', lang: 'sv', expect: ['Tyresö'] },
    { q: 'o 2018?', lang: 'sv', expect: ['Huddinge'] },
  ]),
  C('followup', [
    { q: 'When is the next committee meeting?', lang: 'en', expect: ['14 April', 'Nykvarn'] },
    { q: 'And the one after that?', lang: 'en', expect: ['9 June', 'Salem'] },
    { q: 'What time does it start?', lang: 'en', expectAny: [T.en] },
  ]),
  C('followup', [
    { q: 'ÖFN medlemmar', lang: 'sv', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] },
    { q: 'sen när?', lang: 'sv', expect: ['2011'], expectAny: [['1 jan']] },
    { q: 'värdkommun?', lang: 'sv', expect: ['Haninge'] },
  ]),
  C('followup', [
    { q: "Could you tell me about Södertörns miljö- och hälsoskyddsförbund — which municipalities formed it?", lang: 'en', expect: ['Haninge', 'Nynäshamn', 'Tyresö'] },
    { q: 'When did it start operating?', lang: 'en', expect: ['2008'] },
    { q: 'And what new task have its members recently given it?', lang: 'en', expectAny: [['receptfri', 'over-the-counter', 'non-prescription', 'pharmac', 'medicin']] },
  ]),
  C('followup', [
    { q: 'LG 14/10 tid?', lang: 'sv', expectAny: [LGT, ['13.00', '13:00']] },
    { q: 'och SK?', lang: 'sv', expectAny: [T.sv, ['15.00', '15:00']] },
  ]),
  C('followup', [
    { q: 'What does the budget allocate to personnel?', lang: 'en', expect: ['580 000'] },
    { q: 'And as a share of total costs?', lang: 'en', expectAny: [['67', '68']] },
    { q: 'per month?', lang: 'en', expectAny: [['48 333', '48 334']] },
  ]),
  C('followup', [
    { q: 'södertörnskonferensen när', lang: 'sv', expect: ['1 sep'] },
    { q: 'var?', lang: 'sv', expect: ['Huddinge', 'Tyresö'] },
    { q: 'heldag?', lang: 'sv', startsWith: 'Ja' },
  ]),
  C('followup', [
    { q: "In which regional bodies do the municipalities coordinate their joint efforts (the 'omvärldsbevakning' part)?", lang: 'en', expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'] },
    { q: 'And how do they handle the organisations they own together?', lang: 'en', expectAny: [['direktiv', 'directive']] },
  ]),
  C('followup', [
    { q: 'nyckeltalsdagen?', lang: 'sv', expect: ['6 okt', 'Botkyrka'] },
    { q: 'vad är det för nåt', lang: 'sv', expectAny: [['uppföljning']] },
  ]),
  C('followup', [
    { q: 'Who hosts the SK meeting on 22 September?', lang: 'en', expect: ['Nynäshamn'] },
    { q: 'And when is it their turn for the rådslag?', lang: 'en', expect: ['2012'] },
  ]),

  // ---------------- typos ----------------
  Q('typo', 'sv', 'ledingsgruppen möten hösten', { expect: ['9 sep', '14 okt', '25 nov'], expectNot: ['20 maj'] }),
  Q('typo', 'sv', 'samarbestkommitén tider', { expectAny: [T.sv, ['15.00', '15:00']] }),
  Q('typo', 'sv', 'överförmyndarnämdnen värdkomun', { expect: ['Haninge'] }),
  Q('typo', 'sv', 'SK-mötet i decmber', { expect: ['8 dec', 'Tyresö'] }),
  Q('typo', 'sv', 'LG-datumen?', { expect: ['21 jan', '20 maj', '9 sep', '14 okt', '25 nov'] }),
  Q('typo', 'sv', 'nyckletalsdagen var', { expect: ['Botkyrka'] }),
  Q('typo', 'en', 'wich municipalites are in the enviromental health assocation?', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] }),
  Q('typo', 'en', 'whens the comittee meeting in novmber', { expect: ['3 Nov', 'Botkyrka'] }),
  Q('typo', 'sv', 'budgten för utredningr o konsulter', { expect: ['230 000'] }),

  // ---------------- language ----------------
  Q('language', 'en', 'SK 9/6?', { locale: 'en-GB', expect: ['Salem'], expectAny: [['June']] }),
  Q('language', 'en', 'ÖFN?', { locale: 'en-GB', expect: ['Haninge'] }),
  Q('language', 'sv', 'LG okt', { locale: 'sv-SE', expect: ['14 okt'] }),
  Q('language', 'en', 'LG okt', { locale: 'en-GB', expect: ['14 Oct'] }),
  Q('language', 'en', "What does 'gemensam ägarstyrning' mean in the plan?", { expectAny: [['owner', 'ownership']] }),
  Q('language', 'en', 'kostnader?', { locale: 'en-GB', expect: ['580 000', '50 000', '230 000'] }),
  Q('language', 'en', 'nyckeltal 6/10', { locale: 'en-GB', expect: ['Botkyrka'] }),
  Q('language', 'en', "What is meant by 'Södertörns Rådslag', and who takes part?", { expectAny: [['KTH'], ['Handelskammaren', 'Chamber of Commerce']] }),

  // ---------------- general facts ----------------
  Q('facts', 'en', 'Which joint bodies does Tyresö belong to, and since when?', { expect: ['2011', '2008'], expectAny: [['överförmyndar', 'guardian'], ['miljö', 'environment']] }),
  Q('facts', 'sv', 'vision 2025?', { expectAny: [['halv miljon', '500 000']] }),
  Q('facts', 'en', "What are the målområden (target areas) of Södertörns UtvecklingsProgram 2010?", { expectAny: [['Näringsliv', 'business'], ['Mångfald', 'diversity'], ['Klimat', 'climate'], ['Infrastruktur', 'infrastructure']] }),
  Q('facts', 'sv', 'hur många invånare har södertörn', { expect: ['430 000'] }),
  Q('facts', 'en', "Which principles — the plan's 'förhållningssätt' — should characterise the cooperation?", { expectAny: [['democra', 'demokrat'], ['regional']] }),
  Q('facts', 'sv', 'vilka infrastruktursatsningar nämns i planen', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] }),
  Q('facts', 'en', "What does section 2, 'Syfte', say the cooperation is for?", { expectAny: [['regional'], ['home municipalit', 'hemkommun', 'own municipalit']] }),
  Q('facts', 'en', "Who are the members of the samarbetskommitté, and who else attends its meetings?", { expectAny: [['kommunstyrelseordf', 'chair'], ['kommundirekt', 'chief executive', 'municipal director', 'city manager', 'municipal manager']] }),
  Q('facts', 'sv', 'hur ofta träffas SK', { expectAny: [['sex', '6']] }),
  Q('facts', 'en', "Which companies does the introduction give as examples of the region's strong businesses?", { expect: ['Scania', 'Karolinska'], expectAny: [['AstraZeneca', 'Astra Zeneca']] }),
  Q('facts', 'sv', 'vilka lärosäten nämns i inledningen', { expect: ['Södertörns högskola', 'KTH', 'Karolinska'] }),
  Q('facts', 'en', 'In which areas does cooperation between the Södertörn municipalities have a long tradition?', { expectAny: [['gymnasie', 'upper secondary', 'secondary school', 'high school'], ['räddningstjänst', 'rescue', 'fire']] }),
  Q('facts', 'sv', 'avvägningen mellan samverkansområdena, vad ska prioriteras 2011?', { expect: ['regionala utvecklingsfrågor'] }),
  Q('facts', 'en', "What does the plan say about 'gemensam upphandling' — why must the cooperation develop?", { expectAny: [['offentlig upphandling', 'public procurement', 'procurement act', 'LOU']] }),
  Q('facts', 'sv', 'när fastställdes utvecklingsprogrammet', { expect: ['2010'], expectAny: [['höst']] }),
  Q('facts', 'en', 'Roughly how many more inhabitants does Södertörn need to reach the population in Vision 2025?', { expect: ['70 000'] }),
  Q('facts', 'sv', 'hur många konkreta utvecklingsfrågor hör till målområdena', { expectAny: [['fem', '5']] }),
  Q('facts', 'en', "How does the plan describe Södertörn's place in the wider Stockholm region?", { expect: ['Capital of Scandinavia'] }),
  Q('facts', 'en', 'When the Riksdag gives the municipalities new responsibilities, what options should they consider?', { expectAny: [['individual', 'separately', 'on their own', 'own', 'enskilt'], ['existing', 'befintliga']] }),
  Q('facts', 'en', 'Which municipality hosted the committee meeting on 27 January?', { expect: ['Haninge'] }),
];

const S = 'secretariat', M = 'member';
const commands = [
  Q('move', 'sv', 'flytta SK 22/9 till 29/9', { as: S, kind: 'confirm', expect: ['29 sep'] }),
  Q('move', 'en', 'please move the LG meeting on 14 October to 21 October', { as: S, kind: 'confirm', expect: ['21 Oct'] }),
  Q('host', 'sv', 'ny värd för SK 3/11: haninge', { as: S, kind: 'confirm', expect: ['Haninge'] }),
  Q('cancel', 'sv', 'ställ in LG 25/11', { as: S, kind: 'confirm', expect: ['25 nov'] }),
  Q('add', 'sv', 'lägg till ett extra SK-möte torsdag 20/10 i huddinge', { as: S, kind: 'confirm', expect: ['20 okt', 'Huddinge'] }),
  Q('budgetline', 'sv', 'höj utredningar/konsultstöd till 250 000', { as: S, kind: 'confirm', expect: ['250 000'] }),
  Q('rotationhost', 'sv', 'rådslaget 2013 ska ligga i södertälje istället för botkyrka', { as: S, kind: 'confirm', expect: ['Södertälje', '2013'] }),
  Q('history', 'sv', 'visa ändringar', { as: S, kind: 'history' }),
  Q('history', 'en', 'what has changed in the plan so far?', { as: S, kind: 'history' }),
  Q('missing', 'sv', 'flytta LG-mötet till 16/9', { as: S, kind: 'clarify' }),
  Q('missing', 'sv', 'ändra budgeten för personal', { as: S, kind: 'clarify' }),
  C('confirm', [
    { q: 'flytta SK 8/12 till 15/12', lang: 'sv', as: S, kind: 'confirm', expect: ['15 dec'] },
    { q: 'ok kör', lang: 'sv', as: S, kind: 'confirmed' },
  ]),
  C('confirm', [
    { q: 'change the personnel line to 600 000', lang: 'en', as: S, kind: 'confirm', expect: ['600 000'] },
    { q: 'no, cancel', lang: 'en', as: S, kind: 'cancelled' },
  ]),
  Q('refused', 'sv', 'flytta nyckeltalsdagen till 13/10', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('refused', 'en', 'change the host of the 2014 rådslag to Salem', { as: M, kind: 'refused', expectAny: [['sekretariat', 'secretariat']] }),
  Q('facts', 'sv', 'när är LG i maj?', { as: S, expect: ['20 maj'] }),
  Q('facts', 'sv', 'vem är värd för SK 14/4, ska skicka kallelse', { as: S, expect: ['Nykvarn'] }),
];

function write(name, description, items) {
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify({ description, defaultNow: NOW, items }, null, 2) + '\n');
}
write('pool-questions.json', 'Round 10 writer l: questions (researcher EN + assistant SV fragments)', questions);
write('pool-commands.json', 'Round 10 writer l: change requests (secretariat/member)', commands);

function langOf(it) { return it.lang || (it.conversation && it.conversation[0].lang); }
for (const [n, arr] of [['questions', questions], ['commands', commands]]) {
  const cat = {}, lang = {};
  for (const it of arr) { cat[it.category] = (cat[it.category] || 0) + 1; const l = langOf(it); lang[l] = (lang[l] || 0) + 1; }
  console.log(n, arr.length, JSON.stringify(cat), JSON.stringify(lang));
}
