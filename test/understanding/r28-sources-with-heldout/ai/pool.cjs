// Round 28, writer "ai". Source: /work/shared/plan/verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';

function q(category, text, o = {}) {
  const it = { category, q: text };
  Object.assign(it, o);
  if (!it.lang) it.lang = 'sv';
  return it;
}
const en = (category, text, o = {}) => q(category, text, Object.assign({ lang: 'en' }, o));
const conv = (category, turns, o = {}) => Object.assign({ category, conversation: turns }, o);
const t = (text, o = {}) => Object.assign({ q: text, lang: 'sv' }, o);
const te = (text, o = {}) => Object.assign({ q: text, lang: 'en' }, o);
const NIP = { kind: ['notInPlan', 'cannot'] };
const T12 = ['12.00', '12:00'];
const T15 = ['15.00', '15:00'];
const T0830 = ['08.30', '8.30', '08:30', '8:30'];
const T13 = ['13.00', '13:00'];
const SK_LEFT_SV = ['14 april', '9 juni', '22 september', '3 november', '8 december'];
const SK_LEFT_EN = ['14 April', '9 June', '22 September', '3 November', '8 December'];

const questions = [
  // ---------------- rotation ----------------
  q('rotation', 'vem är värd för rådslaget 2014?', { expect: ['Tyresö'] }),
  q('rotation', 'rådslaget 2016 var?', { expect: ['Haninge'] }),
  q('rotation', 'när är det huddinges tur att ha rådslaget', { expect: ['2018'] }),
  en('rotation', 'Which municipality hosts the Södertörn rådslag in 2013?', { expect: ['Botkyrka'] }),
  en('rotation', 'When is Nykvarn hosting the rådslag?', { expect: ['2017'] }),
  q('rotation', 'vilket år har södertälje rådslaget', { expect: ['2015'] }),
  q('rotation', 'vem har rådslaget nästa år', { expect: ['Nynäshamn'] }),
  q('rotation', 'året efter botkyrka, vem är värd för rådslaget då?', { expect: ['Tyresö'] }),
  q('rotation', 'kan du lista alla värdkommuner för rådslaget 2011-2018 i ordning', { expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'] }),
  q('rotation', 'rådslag 2012?', { locale: 'en-GB', lang: 'en', expect: ['Nynäshamn'] }),
  en('rotation', 'In the rådslag rotation, who comes right before Huddinge, and in which year?', { expect: ['Nykvarn', '2017'] }),
  q('rotation', 'vem var värd för rådslaget i år', { expect: ['Salem'] }),
  en('rotation', 'Which host of the rådslag comes two years after Salem?', { expect: ['Botkyrka', '2013'] }),

  // ---------------- budget ----------------
  q('budget', 'totala budgeten 2011?', { expect: ['860 000'] }),
  q('budget', 'om avgifterna delas lika mellan kommunerna, vad blir det per kommun?', { expect: ['107 500'] }),
  en('budget', 'What share of the budget goes to staff?', { expectAny: [['67', '68']] }),
  q('budget', 'ersättningen till huddinge, hur stor?', { expect: ['50 000'] }),
  en('budget', 'What is the total budget per month?', { expectAny: [['71 666', '71 667']] }),
  q('budget', 'hur mycket blir det per kvartal totalt', { expect: ['215 000'] }),
  q('budget', 'skillnaden mellan personal och utredningar/konsultstöd?', { expect: ['350 000'] }),
  q('budget', 'vilken kostnadspost är störst', { expect: ['580 000'], expectAny: [['personal']] }),
  q('budget', 'hur mycket blir kvar av intäkterna när personalen är betald', { expect: ['280 000'] }),
  en('budget', 'What would each municipality pay if the total fees rose by 10% and were split equally?', { expect: ['118 250'] }),
  q('budget', 'hur stor andel av kostnaderna är utredningar, konsultstöd mm i procent', { expectAny: [['26', '27']] }),
  en('budget', 'What percentage of total costs is the compensation to Huddinge for office services?', { expectAny: [['5,8', '5.8', '6 %', '6%', '6 percent', '6 per cent']] }),
  q('budget', 'om personalbudgeten sänks med 80 000 och pengarna flyttas till utredningar, vad blir utredningsposten då?', { expect: ['310 000'] }),
  en('budget', 'ratio of staff costs to studies/consultancy?', { expectAny: [['2,5', '2.5']] }),
  en('budget', 'Rank the three cost lines from largest to smallest, please.', { expect: ['580 000', '230 000', '50 000'] }),
  en('budget', 'If Salem dropped out and the other seven split the 860 000 equally, what would each pay?', { expectAny: [['122 857']] }),
  en('budget', 'How much is budgeted for studies and consultancy per quarter?', { expect: ['57 500'] }),

  // ---------------- yesno ----------------
  q('yesno', 'är SK alltid på torsdagar?', { startsWith: 'Ja' }),
  en('yesno', 'Is the LG meeting on 20 May a Friday?', { startsWith: 'Yes' }),
  q('yesno', 'är nykvarn med i överförmyndarnämnden', { startsWith: 'Nej' }),
  en('yesno', 'Does Huddinge host the SK meeting on 22 September?', { startsWith: 'No', expect: ['Nynäshamn'] }),
  en('yesno', 'Is Södertälje a member of the joint guardianship board (överförmyndarnämnden)?', { startsWith: 'No' }),
  q('yesno', 'ska mer tid läggas på verksamhetsfrågorna än på de regionala utvecklingsfrågorna under 2011?', { startsWith: 'Nej', expectAny: [['regionala utvecklingsfrågor']] }),
  en('yesno', 'Is KTH part of the rådslag?', { startsWith: 'Yes' }),
  q('yesno', 'har vi nåt SK i augusti', { startsWith: 'Nej' }),
  en('yesno', 'is there an LG meeting in June?', { startsWith: 'No' }),
  en('yesno', 'Does any municipality host the rådslag twice between 2011 and 2018?', { startsWith: 'No' }),
  q('yesno', 'deltar kommundirektörerna på samarbetskommitténs möten?', { startsWith: 'Ja' }),
  q('yesno', 'är salem värd för något SK-möte i år?', { startsWith: 'Ja', expect: ['9 juni'] }),

  // ---------------- premise ----------------
  q('premise', 'varför är botkyrka värd för SK 9/6?', { expect: ['Salem'] }),
  en('premise', 'When in 2011 does Nynäshamn host the rådslag?', { expect: ['Salem', '2012'] }),
  q('premise', 'varför ligger nyckeltalsdagen i huddinge i år?', { expect: ['Botkyrka'] }),
  en('premise', 'Why is the personnel budget 650 000?', { expect: ['580 000'] }),
  q('premise', 'södertörnskonferensen 1 oktober, var är den?', { expect: ['1 september'], expectAny: [['Huddinge']] }),
  q('premise', 'eftersom SK träffas på fredagar – vilken tid börjar de?', { expectAny: [['torsdag'], T12] }),
  en('premise', 'Why is Salem the host municipality of the överförmyndarnämnd?', { expect: ['Haninge'] }),
  q('premise', 'när startade miljöförbundet som nykvarn bildade?', { expect: ['Haninge', 'Nynäshamn', 'Tyresö', '2008'] }),
  q('premise', 'rådslaget 24 maj i salem, är det heldag?', { expect: ['24 mars'] }),
  q('premise', 'varför har målområdena sex konkreta utvecklingsfrågor?', { expectAny: [['fem', '5']] }),
  en('premise', 'The vision says one million inhabitants by 2025, right?', { expectAny: [['half a million', '500 000', 'half million']] }),
  q('premise', 'vilken tid börjar LG på torsdag 9/9?', { expectAny: [['fredag'], T0830] }),
  q('premise', 'varför får huddinge 230 000 för kontorsservice?', { expect: ['50 000'] }),

  // ---------------- offplan ----------------
  q('offplan', 'boka ett rum till SK 14/4', NIP),
  q('offplan', 'kan du mejla kallelsen till LG 20/5 till alla kommundirektörer', NIP),
  q('offplan', 'vad heter kommunstyrelseordföranden i Tyresö?', NIP),
  en('offplan', "what's the street address for the Nykvarn meeting on 14 April?", NIP),
  q('offplan', 'dagordning för SK 9/6?', NIP),
  q('offplan', 'budget 2012?', NIP),
  en('offplan', 'Who heads the secretariat in Huddinge?', NIP),
  en('offplan', 'How many inhabitants does Salem have?', NIP),
  en('offplan', "What's the cost per inhabitant for Nykvarn?", NIP),
  q('offplan', 'vad tjänar de anställda på sekretariatet', NIP),
  q('offplan', 'hur mycket betalar nykvarn i avgift?', NIP),

  // ---------------- topic ----------------
  q('topic', 'när är planeringskonferensen för ledningsgruppen', { expect: ['31 mars', '1 april'], expectNot: ['28 januari'] }),
  q('topic', 'samarbetskommitténs planeringskonferens, när?', { expectAny: [['27'], ['28 januari', '28 jan']], expectNot: ['31 mars'] }),
  en('topic', "What's the purpose of the ledningsgrupp?", { expectAny: [['prepar', 'förbered'], ['coordinat', 'samordna']] }),
  q('topic', 'vad är syftet med rådslaget', { expectAny: [['frågeställningar', 'frågor'], ['Södertörns utveckling', 'utveckling']] }),
  q('topic', 'vad täcker posten på 230 000?', { expectAny: [['utredning'], ['konsult']] }),
  q('topic', 'vad ingår i ersättningen till huddinge', { expectAny: [['kontorsservice'], ['arbetsrum']] }),
  q('topic', 'vilka deltar i södertörnskonferensen (inte rådslaget)?', { expectAny: [['partier', 'politiska'], ['tjänstemän']], expectNot: ['Handelskammaren'] }),
  en('topic', 'When is the nyckeltal day?', { expect: ['6 October'], expectNot: ['1 September'] }),
  q('topic', 'när är södertörnskonferensen', { expect: ['1 september'], expectNot: ['24 mars', '6 oktober'] }),
  q('topic', 'vad är syftet med verksamhetsfrågorna som samverkansområde?', { expectAny: [['effektivisera']] }),
  en('topic', "What's the steering document for the regional development issues?", { expect: ['2010'], expectAny: [['UtvecklingsProgram', 'Development Programme', 'Development Program']] }),
  q('topic', 'vilket förbund har hand om explosiva varor', { expectAny: [['brandförsvarsförbund']] }),
  en('topic', 'What is the purpose of the samarbetskommitté itself (not the LG)?', { expectAny: [['strengthen', 'stärka'], ['regional']] }),
  en('topic', 'What are the two collaboration areas and the purpose of each?', { expectAny: [['regional'], ['efficien', 'effektivis']] }),

  // ---------------- period ----------------
  q('period', 'vilka SK-möten är efter sommaren', { expect: ['22 september', '3 november', '8 december'], expectNot: ['9 juni'] }),
  q('period', 'sista SK-mötet i år?', { expect: ['8 december'] }),
  q('period', 'första LG efter sommaren', { expect: ['9 september'] }),
  q('period', 'SK-möten som är kvar i vår', { expect: ['14 april', '9 juni'], expectNot: ['22 september'] }),
  en('period', 'Which LG meetings are in the autumn?', { expect: ['9 September', '14 October', '25 November'], expectNot: ['20 May'] }),
  en('period', 'Which SK meetings remain in the first half of the year?', { expect: ['14 April', '9 June'], expectNot: ['22 September'] }),
  q('period', 'vad har vi i september?', { expect: ['1 september', '9 september', '22 september'] }),
  q('period', 'vilka möten/träffar finns mellan 1/5 och 1/10', { expect: ['20 maj', '9 juni', '1 september', '9 september', '22 september'], expectNot: ['6 oktober'] }),
  q('period', 'nästa SK-möte?', { expect: ['14 april'], expectAny: [['Nykvarn']] }),
  en('period', 'Are any SK meetings in 2012 already planned?', { expectAny: [['January', 'Jan'], ['April', 'Apr']], expect: ['Södertälje', 'Huddinge'] }),
  q('period', 'december?', { locale: 'sv-SE', expect: ['8 december'], expectAny: [['Tyresö']] }),
  q('period', 'nästa SK?', { now: '2011-10-01T09:00:00+02:00', expect: ['3 november'], expectAny: [['Botkyrka']] }),
  q('period', 'hur många SK kvar i år', { now: '2011-06-10T09:00:00+02:00', expectAny: [['3', 'tre']] }),

  // ---------------- followup ----------------
  conv('followup', [t('vem är värd för SK 22/9?', { expect: ['Nynäshamn'] }), t('och mötet efter det?', { expect: ['3 november', 'Botkyrka'] })]),
  conv('followup', [t('rådslaget 2013?', { expect: ['Botkyrka'] }), t('och året innan?', { expect: ['Nynäshamn'] })]),
  conv('followup', [te('When is the next LG meeting?', { expect: ['20 May'] }), te('what time does it start?', { expectAny: [T0830] })]),
  conv('followup', [t('hur mycket är personalbudgeten', { expect: ['580 000'] }), t('och per månad?', { expectAny: [['48 333']] })]),
  conv('followup', [t('vilka kommuner är med i ÖFN', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }), t('vem är värdkommun?', { expect: ['Haninge'] })]),
  conv('followup', [t('när är nyckeltalsdagen', { expect: ['6 oktober'] }), t('var?', { expect: ['Botkyrka'] })]),
  conv('followup', [te('Who hosts the SK meeting on 9 June?', { expect: ['Salem'] }), te('and the one after that?', { expect: ['Nynäshamn', '22 September'] })]),
  conv('followup', [t('vilket år är tyresö värd för rådslaget', { expect: ['2014'] }), t('och haninge?', { expect: ['2016'] })]),
  conv('followup', [t('miljöförbundet, vilka kommuner?', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'] }), t('när startade det', { expect: ['2008'] })]),
  conv('followup', [t('sista SK i år?', { expect: ['8 december'] }), t('vem är värd då?', { expect: ['Tyresö'] })]),
  conv('followup', [te("what's budgeted for studies and consultancy?", { expect: ['230 000'] }), te('and as a share of total costs?', { expectAny: [['26', '27']] })]),
  conv('followup', [t('när är södertörnskonferensen?', { expect: ['1 september'] }), t('är det en heldag?', { startsWith: 'Ja' })]),
  conv('followup', [t('SK i juni?', { expect: ['9 juni'], expectAny: [['Salem']] }), t('och LG-mötet innan dess?', { expect: ['20 maj'] })]),

  // ---------------- typo ----------------
  q('typo', 'ledingsgruppen nästa möte', { expect: ['20 maj'] }),
  q('typo', 'när är SK-mötet i novmber', { expect: ['3 november'] }),
  q('typo', 'rådslgaet 2015 värd', { expect: ['Södertälje'] }),
  q('typo', 'nyckeltalsdgen var?', { expect: ['Botkyrka'] }),
  q('typo', 'överförmyndarnämdnen värdkomun', { expect: ['Haninge'] }),
  q('typo', 'samarbetskomitén träffas hur ofta', { expectAny: [['sex', '6']] }),
  q('typo', 'LG-datumen i höstt', { expect: ['9 september', '14 oktober', '25 november'] }),
  q('typo', 'budgten för personla', { expect: ['580 000'] }),
  q('typo', 'sodertornskonfernsen när', { expect: ['1 september'] }),
  q('typo', 'utredningr o konsultstöd hur mkt', { expect: ['230 000'] }),
  en('typo', 'whos hostin the radslag 2017', { expect: ['Nykvarn'] }),
  q('typo', 'planeringskonfernsen för samarbetskomittén', { expectAny: [['28 januari', '28 jan']], expectNot: ['31 mars'] }),

  // ---------------- language ----------------
  q('language', 'SK 3/11 värd?', { locale: 'en-GB', lang: 'en', expect: ['Botkyrka'] }),
  q('language', 'ÖFN?', { locale: 'en-GB', lang: 'en', expect: ['Haninge'] }),
  q('language', 'kostnader?', { locale: 'sv-SE', expect: ['580 000', '50 000', '230 000'] }),
  en('language', 'What time do the committee meetings start and end?', { expectAny: [T12, T15] }),
  en('language', 'Could you tell me who hosts the nyckeltal day this year?', { expect: ['Botkyrka'] }),
  q('language', 'kan du svara på engelska: när var rådslaget i år?', { lang: 'en', expect: ['24 March'] }),
  q('language', 'rådslaget 2016?', { locale: 'en-US', lang: 'en', expect: ['Haninge'] }),
  q('language', 'LG 14/10?', { locale: 'sv-SE', expect: ['14 oktober'] }),
  en('language', 'What is Vision 2025 about?', { expectAny: [['half a million', '500 000']] }),
  q('language', 'vad är ÖFN', { expectAny: [['överförmyndar']] }),
  en('language', 'When does the LG meet and for how long?', { expectAny: [['Friday'], T0830, T13] }),
  q('language', 'nyckeltal?', { locale: 'en-GB', lang: 'en', expect: ['6 October'], expectAny: [['Botkyrka']] }),

  // ---------------- facts ----------------
  q('facts', 'hur många invånare har södertörn enligt planen', { expect: ['430 000'] }),
  q('facts', 'vilka företag nämns som exempel i inledningen?', { expect: ['Scania'], expectAny: [['Astra Zeneca', 'AstraZeneca'], ['Karolinska Universitetssjukhuset']] }),
  q('facts', 'vilka infrastruktursatsningar nämns i planen', { expect: ['väg 73', 'Nynäsbanan', 'Södertörnsleden', 'E4'] }),
  q('facts', 'inom vilka områden har samarbetet traditioner', { expectAny: [['gymnasie'], ['räddningstjänst'], ['energi', 'återvinning']] }),
  en('facts', 'What are the most important regional development issues in SUP 2010?', { expectAny: [['education', 'utbildningsnivå'], ['climate', 'klimat'], ['infrastructure', 'infrastruktur']] }),
  q('facts', 'förhållningssätt?', { expectAny: [['gemensamma nyttan'], ['demokratiska processen'], ['Gå före', 'ledarskap'], ['ge och få']] }),
  q('facts', 'vision 2025', { expectAny: [['halv miljon', '500 000'], ['mångfald'], ['handlingskraft']] }),
  q('facts', 'vilka två huvudområden har samverkan', { expect: ['Regionala utvecklingsfrågor', 'Verksamhetsfrågor'] }),
  q('facts', 'målområdena i SUP 2010?', { expect: ['Näringsliv', 'Högskola', 'Mångfald', 'Klimat', 'Infrastruktur'] }),
  en('facts', 'Which regional bodies does the plan mention under external monitoring (omvärldsbevakning)?', { expect: ['KSL', 'Business Alliance', 'Mälardalsrådet'] }),
  q('facts', 'vad står det om gemensam ägarstyrning', { expectAny: [['ägardialog'], ['bolagsordning', 'förbunds']] }),
  q('facts', 'vilken lag nämns under upphandling?', { expectAny: [['offentlig upphandling', 'LOU']] }),
  en('facts', 'Since when has the joint guardianship board existed?', { expectAny: [['1 January 2011', 'January 1, 2011', '1 Jan 2011']] }),
  q('facts', 'när fastställdes SUP 2010?', { expectAny: [['hösten 2010']] }),
  en('facts', 'Who sits on the samarbetskommitté?', { expectAny: [['chair', 'kommunstyrelseordförande', 'ordförande']] }),
  en('facts', 'Who provides the secretariat?', { expect: ['Huddinge'] }),
  q('facts', 'vem sitter i LG', { expectAny: [['kommundirektör']] }),
  q('facts', 'vilka deltar i rådslaget utöver kommunerna', { expect: ['Handelskammaren', 'Företagarna'], expectAny: [['Södertörns högskola'], ['KTH'], ['Karolinska']] }),
  q('facts', 'när görs nyckeltalsuppföljningen?', { expectAny: [['hösten', '6 oktober']] }),
  q('facts', 'hur många SK kvar i år', { expectAny: [['5', 'fem']] }),
  q('facts', 'vilka torsdagar har SK resten av året', { expect: SK_LEFT_SV }),
  q('facts', 'SK eller LG först i september?', { expect: ['9 september', '22 september'] }),
  q('facts', 'hur många dagar mellan LG 9/9 och SK 22/9', { expectAny: [['13']] }),
  en('facts', 'Which meets longer per session, SK or LG, and by how much?', { expectAny: [['LG', 'ledningsgrupp', 'management group'], ['1,5', '1.5', 'one and a half', '90 min']] }),
  q('facts', 'vilka heldagar finns kvar i år', { expect: ['1 september', '6 oktober'] }),
  en('facts', 'What share of the eight municipalities are in the överförmyndarnämnd?', { expectAny: [['62,5', '62.5', '5 of 8', '5 out of 8', 'five of the eight', 'five out of eight', 'five of eight']] }),
  en('facts', 'Which municipalities are in neither the guardianship board nor the environmental health association?', { expect: ['Nykvarn', 'Salem', 'Södertälje'] }),
  en('facts', 'How many SK meetings are left this year, and how many LG meetings?', { expectAny: [['5', 'five'], ['4', 'four']] }),
  en('facts', 'List the remaining SK dates with hosts.', { expect: SK_LEFT_EN.concat(['Nykvarn', 'Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö']) }),
];

const S = { as: 'secretariat' };
const M = { as: 'member' };
const c = (category, text, kind, o = {}) => Object.assign({ category, q: text, kind, lang: 'sv' }, S, o);
const ce = (category, text, kind, o = {}) => c(category, text, kind, Object.assign({ lang: 'en' }, o));
const REF = { expectAny: [['sekretariat', 'secretariat']] };
const ts = (text, kind, o = {}) => Object.assign({ q: text, kind, lang: 'sv', as: 'secretariat' }, o);
const tse = (text, kind, o = {}) => Object.assign({ q: text, kind, lang: 'en', as: 'secretariat' }, o);

const commands = [
  // move
  c('move', 'flytta torsdagens SK i juni till 16/6', 'confirm', { expect: ['16 juni'] }),
  c('move', 'hej! hoppas allt är bra 🙂 kan du flytta nästa LG till 27 maj? tack så mycket', 'confirm', { expect: ['27 maj'] }),
  ce('move', 'move the LG meeting on 20 May to 27 May', 'confirm', { expect: ['27 May'] }),
  c('move', 'kan vi flytta SK-mötet efter midsommar en vecka senare?', 'confirm', { expect: ['29 september'] }),
  c('move', 'LG 14/10 -> 21/10 tack', 'confirm', { expect: ['21 oktober'] }),
  c('move', 'decembermötet i SK flyttas till torsdagen veckan efter, dvs 15/12', 'confirm', { expect: ['15 december'] }),
  ce('move', "Hi, quick one – could you push the Södertörn conference to 8 September? Thanks!", 'confirm', { expect: ['8 September'] }),
  // host
  c('host', 'byt värd för SK 22/9 till Haninge', 'confirm', { expect: ['Haninge'] }),
  c('host', 'salem kan inte ta junimötet i SK, lägg det hos Södertälje istället', 'confirm', { expect: ['Södertälje'] }),
  ce('host', 'Change the host of the SK meeting on 3 November to Huddinge', 'confirm', { expect: ['Huddinge'] }),
  // cancel
  c('cancel', 'ställ in LG 14/10', 'confirm', { expect: ['14 oktober'] }),
  c('cancel', 'vi måste tyvärr ställa in novembermötet i SK, ordförandena är på annat håll. kan du fixa det?', 'confirm', { expect: ['3 november'] }),
  // add
  c('add', 'lägg till ett extra SK-möte torsdag 25 augusti', 'confirm', { expect: ['25 augusti'] }),
  ce('add', 'add an extra LG meeting on Friday 2 December', 'confirm', { expect: ['2 December'] }),
  // budgetline
  c('budgetline', 'höj utredningar och konsultstöd till 250 000', 'confirm', { expect: ['250 000'] }),
  c('budgetline', 'personalposten ska vara 600 000 kr', 'confirm', { expect: ['600 000'] }),
  ce('budgetline', 'set the compensation to Huddinge for office services to 60 000', 'confirm', { expect: ['60 000'] }),
  // rotationhost
  c('rotationhost', 'rådslaget 2015 ska vara i Huddinge istället för Södertälje', 'confirm', { expect: ['Huddinge'] }),
  c('rotationhost', 'byt värd för rådslaget 2013 till salem', 'confirm', { expect: ['Salem'] }),
  ce('rotationhost', 'change the rådslag host for 2016 to Nykvarn', 'confirm', { expect: ['Nykvarn'] }),
  // conversations
  conv('confirm', [ts('flytta SK 9/6 till 16/6', 'confirm', { expect: ['16 juni'] }), ts('ja', 'confirmed')], S),
  conv('confirm', [ts('ställ in LG 25/11', 'confirm', { expect: ['25 november'] }), ts('nej', 'cancelled')], S),
  conv('confirm', [tse('change the personnel budget line to 560 000', 'confirm', { expect: ['560 000'] }), tse('ok go', 'confirmed')], S),
  conv('confirm', [ts('byt värd för SK 8/12 till Nykvarn', 'confirm', { expect: ['Nykvarn'] }), ts('bekräfta', 'confirmed'), ts('visa ändringar', 'history')], S),
  conv('confirm', [ts('rådslaget 2017 ska hållas i salem', 'confirm', { expect: ['Salem'] }), ts('avbryt', 'cancelled')], S),
  conv('confirm', [ts('nästa LG flyttas till fredagen veckan efter', 'confirm', { expect: ['27 maj'] }), ts('ok kör', 'confirmed')], S),
  // history
  c('history', 'visa ändringar', 'history'),
  ce('history', 'what has changed in the plan?', 'history'),
  // missing -> clarify
  c('missing', 'flytta SK-mötet', 'clarify'),
  c('missing', 'flytta LG till en annan dag', 'clarify'),
  c('missing', 'ändra budgeten för personal', 'clarify'),
  c('missing', 'byt värd för rådslaget', 'clarify'),
  ce('missing', 'cancel the meeting', 'clarify'),
  c('missing', 'sätt ny värd för SK 22/9', 'clarify'),
  // refused (members)
  c('refused', 'flytta SK 14/4 till 21/4, jag kan inte den dagen', 'refused', Object.assign({}, M, REF)),
  c('refused', 'kan du byta värd för SK 9/6 till Botkyrka', 'refused', Object.assign({}, M, REF)),
  ce('refused', 'cancel the LG on 9 September', 'refused', Object.assign({}, M, REF)),
  c('refused', 'höj konsultstödet till 300 000', 'refused', Object.assign({}, M, REF)),
  c('refused', 'rådslaget 2014 ska vara i salem istället', 'refused', Object.assign({}, M, REF)),
  ce('refused', 'Please add an SK meeting on Thursday 25 August, I think we need one before the conference.', 'refused', Object.assign({}, M, REF)),
  // questions from the secretariat (no kind)
  Object.assign({ category: 'period', q: 'när är LG i maj?', lang: 'sv', expect: ['20 maj'] }, S),
  Object.assign({ category: 'facts', q: 'vem är värd för SK i juni?', lang: 'sv', expect: ['Salem'] }, S),
  Object.assign({ category: 'budget', q: 'hur mycket är posten utredningar nu?', lang: 'sv', expect: ['230 000'] }, S),
  Object.assign({ category: 'period', q: 'vilket datum har SK-mötet efter midsommar', lang: 'sv', expect: ['22 september'] }, S),
];

function write(name, description, items) {
  const file = path.join(__dirname, name);
  fs.writeFileSync(file, JSON.stringify({ description, defaultNow: NOW, items }, null, 2) + '\n');
  console.log(name, items.length);
}
write('pool-questions.json', 'Round 28 writer ai: questions from verksamhetsplan-2011 (Salem assistant, English consultant, secretariat).', questions);
write('pool-commands.json', 'Round 28 writer ai: change requests from secretariat and members.', commands);
