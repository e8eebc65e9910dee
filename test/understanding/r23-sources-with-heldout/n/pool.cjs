// Writer n, round 23 — pool from verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const NI = ['notInPlan', 'cannot'];
const T12 = ['12.00', '12:00'];
const T0830 = ['08.30', '8.30', '08:30', '8:30'];
const T13 = ['13.00', '13:00'];

function Q(category, lang, q, o = {}) { return Object.assign({ category, lang, q }, o); }
function C(category, turns, o = {}) { return Object.assign({ category, conversation: turns }, o); }

const questions = [
  // ---------- rotation ----------
  Q('rotation', 'sv', 'vem är värd för rådslaget 2014?', { expect: ['Tyresö'] }),
  Q('rotation', 'sv', 'Vilket år är det vår tur, alltså Tyresös, att stå som värd för Södertörns rådslag?', { expect: ['2014'] }),
  Q('rotation', 'en', 'Which municipality hosts the Södertörn rådslag in 2016?', { expect: ['Haninge'] }),
  Q('rotation', 'sv', 'nästa års rådslag, var hålls det?', { expect: ['Nynäshamn'] }),
  Q('rotation', 'sv', 'Vem tar över rådslaget året efter att Tyresö har haft det?', { expect: ['Södertälje', '2015'] }),
  Q('rotation', 'en', "When is it Huddinge's turn to host the rådslag?", { expect: ['2018'] }),
  Q('rotation', 'sv', 'vilka kommuner är värdar för rådslaget åren 2013 till 2015', { expect: ['Botkyrka', 'Tyresö', 'Södertälje'] }),
  Q('rotation', 'sv', 'Nykvarn rådslag vilket år', { expect: ['2017'] }),
  Q('rotation', 'sv', 'Vilken kommun är den sista i turordningen för rådslaget som finns med i planen, och vilket år?', { expect: ['Huddinge', '2018'] }),
  Q('rotation', 'en', 'Could you list the rådslag host municipalities from 2011 to 2018 in order?', { expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'] }),
  Q('rotation', 'sv', 'Hur många år är det kvar, räknat från i år, tills Tyresö är värd för rådslaget?', { expect: ['2014'], expectAny: [['tre år', '3 år']] }),
  Q('rotation', 'sv', 'rådslaget 2013 – är det Botkyrka eller Haninge som har det?', { expect: ['Botkyrka'] }),
  Q('rotation', 'en', 'Which year does Södertälje host the rådslag, and who hosts it the year before them?', { expect: ['2015', 'Tyresö'] }),

  // ---------- budget ----------
  Q('budget', 'sv', 'hur stor är budgeten för 2011?', { expect: ['860 000'] }),
  Q('budget', 'en', 'How much money is set aside for studies and consultancy support this year?', { expect: ['230 000'] }),
  Q('budget', 'sv', 'hur mycket får huddinge i ersättning för kontorsservice och arbetsrum', { expect: ['50 000'] }),
  Q('budget', 'sv', 'Om avgifterna från kommunerna delas lika mellan de åtta kommunerna, hur mycket betalar då varje kommun?', { expect: ['107 500'] }),
  Q('budget', 'en', 'What share of the total costs is personnel?', { expectAny: [['67', '68']] }),
  Q('budget', 'sv', 'personal per månad?', { expectAny: [['48 333', '48 334']] }),
  Q('budget', 'sv', 'Hur mycket mer går till personal än till utredningar och konsultstöd?', { expect: ['350 000'] }),
  Q('budget', 'en', "What's the biggest cost item in the budget?", { expect: ['580 000'], expectAny: [['personal', 'personnel', 'staff']] }),
  Q('budget', 'sv', 'vilken är den minsta kostnadsposten i budgeten?', { expect: ['50 000'], expectAny: [['Huddinge', 'kontorsservice']] }),
  Q('budget', 'sv', 'Hur mycket blir kvar av intäkterna när personalkostnaden är dragen?', { expect: ['280 000'] }),
  Q('budget', 'en', 'utredningar per quarter?', { expect: ['57 500'] }),
  Q('budget', 'sv', 'hur stor andel av kostnaderna går till utredningar och konsultstöd?', { expectAny: [['26', '27']] }),
  Q('budget', 'en', 'If every municipality pays the same fee, how much is that per municipality per quarter?', { expect: ['26 875'] }),
  Q('budget', 'sv', 'Vad kostar samarbetet i genomsnitt per månad, om man räknar på hela budgeten?', { expectAny: [['71 666', '71 667']] }),
  Q('budget', 'sv', 'summan av personal och ersättningen till huddinge?', { expect: ['630 000'] }),
  Q('budget', 'sv', 'Om utredningsposten höjdes till 250 000 utan att avgifterna ändrades, hur stort underskott skulle det bli?', { expect: ['20 000'] }),

  // ---------- yesno ----------
  Q('yesno', 'sv', 'är nästa SK-möte i Nykvarn?', { startsWith: 'Ja', expect: ['14 april'] }),
  Q('yesno', 'en', 'Is Tyresö hosting the SK meeting on 8 December?', { startsWith: 'Yes' }),
  Q('yesno', 'sv', 'Är Salem med i Södertörns överförmyndarnämnd?', { startsWith: 'Nej' }),
  Q('yesno', 'sv', 'ingår Tyresö i miljö- och hälsoskyddsförbundet?', { startsWith: 'Ja' }),
  Q('yesno', 'en', 'Does the ledningsgrupp meet on Fridays?', { startsWith: 'Yes' }),
  Q('yesno', 'sv', 'hålls nyckeltalsdagen i Botkyrka i år?', { startsWith: 'Ja', expect: ['6 oktober'] }),
  Q('yesno', 'sv', 'Är Södertörnskonferensen bara en halvdag?', { startsWith: 'Nej', expect: ['heldag'] }),
  Q('yesno', 'en', 'Is Nykvarn part of the joint guardianship board, the ÖFN?', { startsWith: 'No' }),
  Q('yesno', 'sv', 'Stämmer det att samarbetskommittén träffas minst sex gånger per år?', { startsWith: 'Ja' }),
  Q('yesno', 'sv', 'träffas SK på fredagar?', { startsWith: 'Nej', expect: ['torsdag'] }),
  Q('yesno', 'en', 'Is the rådslag held every year?', { startsWith: 'Yes' }),
  Q('yesno', 'sv', 'ligger sekretariatet hos Huddinge kommun?', { startsWith: 'Ja' }),
  Q('yesno', 'sv', 'Stämmer det att Haninge är värdkommun för överförmyndarnämnden?', { startsWith: 'Ja' }),
  Q('yesno', 'en', 'Does Vision 2025 talk about more than half a million inhabitants?', { startsWith: 'Yes' }),
  Q('yesno', 'sv', 'Deltar kommundirektörerna också på samarbetskommitténs möten?', { startsWith: 'Ja' }),
  Q('yesno', 'en', 'Is the Södertörn conference an annual event?', { startsWith: 'Yes' }),

  // ---------- premise ----------
  Q('premise', 'sv', 'varför är Botkyrka värd för SK 9/6?', { expect: ['Salem'] }),
  Q('premise', 'en', 'I wrote in my draft that Södertörn has about 450,000 inhabitants — is that right?', { startsWith: 'No', expect: ['430 000'] }),
  Q('premise', 'sv', 'Jag skrev i utkastet att Södertörns miljö- och hälsoskyddsförbund startade 2010, stämmer det?', { startsWith: 'Nej', expect: ['2008'] }),
  Q('premise', 'en', 'Why is the nyckeltal day in Södertälje this year?', { expect: ['Botkyrka'] }),
  Q('premise', 'sv', 'När Tyresö står som värd för rådslaget 2015, vad är det vi behöver förbereda?', { expect: ['2014'] }),
  Q('premise', 'sv', 'vilken tid börjar LG-mötet torsdagen den 20 maj?', { expect: ['fredag'], expectAny: [T0830] }),
  Q('premise', 'en', 'Since the Södertörn guardianship board started in 2010, how many municipalities are in it?', { expect: ['2011'], expectAny: [['five', '5']] }),
  Q('premise', 'sv', 'Jag har skrivit att Södertörnskonferensen hålls i Salem den 1 september – är det rätt?', { startsWith: 'Nej', expect: ['Huddinge', 'Tyresö'] }),
  Q('premise', 'sv', 'varför har budgeten 900 000 i intäkter?', { expect: ['860 000'] }),
  Q('premise', 'en', 'Our draft says the vision is for 2030 — correct?', { startsWith: 'No', expect: ['2025'] }),
  Q('premise', 'sv', 'I utkastet står det att samarbetskommittén består av kommundirektörerna, stämmer det?', { startsWith: 'Nej', expectAny: [['kommunstyrelseordför', 'ordförande']] }),
  Q('premise', 'sv', 'stämmer det att det under 2011 ska läggas mer tid på verksamhetsfrågorna än på de regionala utvecklingsfrågorna?', { startsWith: 'Nej', expect: ['regionala'] }),

  // ---------- offplan ----------
  Q('offplan', 'sv', 'kan du boka en lokal i Tyresö till SK 8/12?', { kind: NI }),
  Q('offplan', 'sv', 'Vem är kommunstyrelseordförande i Nykvarn?', { kind: NI }),
  Q('offplan', 'en', 'Can you send my newsletter draft to all the kommundirektörer?', { kind: NI }),
  Q('offplan', 'sv', 'vad står på dagordningen för SK 14/4?', { kind: NI }),
  Q('offplan', 'en', "What's the address for the nyckeltal day in Botkyrka?", { kind: NI }),
  Q('offplan', 'sv', 'hur stor blir budgeten för 2012?', { kind: NI }),
  Q('offplan', 'sv', 'Vilket år startade egentligen samarbetet mellan Södertörnskommunerna? Jag vill ha med det i nyhetsbrevet.', { kind: NI }),
  Q('offplan', 'en', 'Who is the contact person at the secretariat?', { kind: NI }),
  Q('offplan', 'sv', 'vad kostar det att delta i Södertörnskonferensen?', { kind: NI }),
  Q('offplan', 'sv', 'ring Haninges kommundirektör och påminn om LG-mötet', { kind: NI }),

  // ---------- topic ----------
  Q('topic', 'sv', 'när är samarbetskommitténs planeringskonferens?', { expect: ['27', '28 januari'], expectNot: ['1 april'] }),
  Q('topic', 'en', "When is the management group's planning conference?", { expect: ['31 March', '1 April'], expectNot: ['28 January'] }),
  Q('topic', 'sv', 'När är Södertörnskonferensen?', { expect: ['1 september'], expectNot: ['31 mars', '27-28 jan'] }),
  Q('topic', 'sv', 'vad är syftet med ledningsgruppen?', { expectAny: [['förbereda'], ['samordna']] }),
  Q('topic', 'sv', 'Vad är egentligen syftet med rådslaget, hur skulle du beskriva det?', { expectAny: [['fokus'], ['frågeställningar', 'frågor']] }),
  Q('topic', 'en', 'What does the 50 000 kronor line in the budget cover?', { expect: ['Huddinge'], expectAny: [['office', 'kontorsservice']] }),
  Q('topic', 'sv', 'vad ingår i posten utredningar?', { expect: ['konsultstöd'] }),
  Q('topic', 'sv', 'Vilka styrdokument gäller för verksamhetsfrågorna?', { expectAny: [['budget', 'verksamhetsplan']] }),
  Q('topic', 'en', 'What is the purpose of the regional development area, as opposed to the operational issues?', { expectAny: [['as a region', 'som region', 'the region']] }),
  Q('topic', 'sv', 'vilka kommuner är med i miljöförbundet och vilka är med i överförmyndarnämnden?', { expect: ['Haninge', 'Nynäshamn', 'Tyresö', 'Botkyrka', 'Huddinge'] }),
  Q('topic', 'sv', 'Vad är skillnaden mellan rådslaget och Södertörnskonferensen när det gäller vilka som deltar?', { expectAny: [['högskola', 'KTH', 'Handelskammaren'], ['partier', 'politiska']] }),
  Q('topic', 'en', "When is the nyckeltal day — not the rådslag, the key figures one?", { expect: ['6 October'], expectNot: ['24 March'] }),
  Q('topic', 'sv', 'vilket styrdokument hör till de regionala utvecklingsfrågorna?', { expectAny: [['UtvecklingsProgram 2010']] }),

  // ---------- period ----------
  Q('period', 'sv', 'vilka SK-möten är det i höst?', { expect: ['22 september', '3 november', '8 december'], expectNot: ['9 juni'] }),
  Q('period', 'sv', 'första LG efter sommaren?', { expect: ['9 september'] }),
  Q('period', 'en', 'When is the last SK meeting of 2011?', { expect: ['8 December', 'Tyresö'] }),
  Q('period', 'sv', 'Vilka ledningsgruppsmöten ligger under första halvåret?', { expect: ['21 januari', '31 mars', '20 maj'], expectNot: ['9 september'] }),
  Q('period', 'en', "What's on the calendar in October?", { expect: ['6 October', '14 October'] }),
  Q('period', 'sv', 'hur många SK-möten är kvar i år?', { expect: ['14 april', '8 december'], expectAny: [['5', 'fem']] }),
  Q('period', 'sv', 'Vad händer i september i samarbetet?', { expect: ['1 september', '9 september', '22 september'] }),
  Q('period', 'sv', 'sista LG i år?', { expect: ['25 november'] }),
  Q('period', 'en', 'Which SK meetings are left before the summer?', { expect: ['14 April', '9 June'], expectNot: ['22 September'] }),
  Q('period', 'sv', 'vilka möten har vi i november', { expect: ['3 november', '25 november'] }),
  Q('period', 'sv', 'När är första SK-mötet efter sommaren och vilken kommun står som värd?', { expect: ['22 september', 'Nynäshamn'] }),
  Q('period', 'en', 'How many LG meetings are left this year?', { expect: ['20 May', '25 November'], expectAny: [['4', 'four']] }),
  Q('period', 'sv', 'vilka SK-möten finns inplanerade för 2012?', { expect: ['Södertälje', 'Huddinge'], expectAny: [['januari', 'jan'], ['april', 'apr']] }),

  // ---------- followup ----------
  C('followup', [
    { q: 'vem är värd för rådslaget 2013?', expect: ['Botkyrka'], lang: 'sv' },
    { q: 'och året efter?', expect: ['Tyresö'], lang: 'sv' },
  ]),
  C('followup', [
    { q: 'när är nästa SK?', expect: ['14 april', 'Nykvarn'], lang: 'sv' },
    { q: 'och nästa efter det?', expect: ['9 juni', 'Salem'], lang: 'sv' },
  ]),
  C('followup', [
    { q: 'Who hosts the SK meeting on 22 September?', expect: ['Nynäshamn'], lang: 'en' },
    { q: 'and what time does it start?', expectAny: [T12], lang: 'en' },
  ]),
  C('followup', [
    { q: 'vad kostar personalen?', expect: ['580 000'], lang: 'sv' },
    { q: 'och utredningarna?', expect: ['230 000'], lang: 'sv' },
    { q: 'hur mycket blir det tillsammans?', expect: ['810 000'], lang: 'sv' },
  ]),
  C('followup', [
    { q: 'när är nyckeltalsdagen?', expect: ['6 oktober'], lang: 'sv' },
    { q: 'var?', expect: ['Botkyrka'], lang: 'sv' },
  ]),
  C('followup', [
    { q: "When was this year's rådslag?", expect: ['24 March'], lang: 'en' },
    { q: 'who hosted it?', expect: ['Salem'], lang: 'en' },
    { q: 'and next year?', expect: ['Nynäshamn'], lang: 'en' },
  ]),
  C('followup', [
    { q: 'vilka kommuner ingår i överförmyndarnämnden?', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
    { q: 'vem är värdkommun?', expect: ['Haninge'], lang: 'sv' },
    { q: 'och sedan när samverkar de?', expect: ['2011'], expectAny: [['1 januari']], lang: 'sv' },
  ]),
  C('followup', [
    { q: 'När har ledningsgruppen möte i maj?', expect: ['20 maj'], lang: 'sv' },
    { q: 'vilken tid?', expectAny: [T0830, T13], lang: 'sv' },
  ]),
  C('followup', [
    { q: 'vem är värd för SK 3/11?', expect: ['Botkyrka'], lang: 'sv' },
    { q: 'och för decembermötet?', expect: ['Tyresö'], lang: 'sv' },
  ]),
  C('followup', [
    { q: 'What is Södertörnskonferensen?', expectAny: [['politic', 'parties'], ['officials', 'civil servants', 'officers', 'tjänstemän']], lang: 'en' },
    { q: 'when is it this year?', expect: ['1 September'], lang: 'en' },
    { q: 'and where?', expect: ['Huddinge', 'Tyresö'], lang: 'en' },
  ]),
  C('followup', [
    { q: 'hur stor är budgeten i år?', expect: ['860 000'], lang: 'sv' },
    { q: 'och om man delar den på de åtta kommunerna?', expect: ['107 500'], lang: 'sv' },
  ]),

  // ---------- typo ----------
  Q('typo', 'sv', 'när är ledingsgruppens nästa möte?', { expect: ['20 maj'] }),
  Q('typo', 'sv', 'vem är värd för SK-mötet i novmber?', { expect: ['Botkyrka'] }),
  Q('typo', 'sv', 'vilka LG-datum finns i hösten', { expect: ['9 september', '14 oktober', '25 november'] }),
  Q('typo', 'sv', 'rådslgaet 2016 värd?', { expect: ['Haninge'] }),
  Q('typo', 'sv', 'nyckeltalsdgen var?', { expect: ['Botkyrka'] }),
  Q('typo', 'sv', 'hur mkt är perosnalkostnaden', { expect: ['580 000'] }),
  Q('typo', 'en', "whos hosting the sodertorn conferance?", { expect: ['Huddinge', 'Tyresö'] }),
  Q('typo', 'sv', 'samarbetskomitén träffas vilka dagar', { expect: ['torsdag'] }),
  Q('typo', 'sv', 'överförmydnarnämnden vilka kommuner', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'] }),
  Q('typo', 'en', 'wen is the next ledningsgrupp meeting', { expect: ['20 May'] }),

  // ---------- language ----------
  Q('language', 'en', 'SK 3/11 värd?', { locale: 'en-GB', expect: ['Botkyrka'] }),
  Q('language', 'sv', 'ÖFN?', { locale: 'sv-SE', expectAny: [['överförmyndar']] }),
  Q('language', 'en', 'LG 14/10?', { locale: 'en-GB', expect: ['14 October'] }),
  Q('language', 'en', 'rådslag 2017', { locale: 'en-US', expect: ['Nykvarn'] }),
  Q('language', 'sv', 'kostnader?', { expect: ['580 000', '50 000', '230 000'] }),
  Q('language', 'en', 'SK 9/6?', { locale: 'en-GB', expect: ['Salem', '9 June'] }),
  Q('language', 'en', 'who is värd for nyckeltalsdagen?', { expect: ['Botkyrka'] }),
  Q('language', 'sv', 'när är nästa LG-möte?', { locale: 'en-GB', expect: ['20 maj'] }),
  Q('language', 'en', 'When is the Södertörn conference?', { locale: 'sv-SE', expect: ['1 September'] }),
  Q('language', 'en', 'budget 2011', { locale: 'en-GB', expect: ['860 000'] }),

  // ---------- facts ----------
  Q('facts', 'sv', 'vad är visionen för samarbetet?', { expect: ['2025'], expectAny: [['halv miljon', '500 000']] }),
  Q('facts', 'en', 'Give me a short summary of Vision 2025.', { expectAny: [['half a million', '500 000', '500,000'], ['growth', 'diversity', 'quality of life', 'sustainable']] }),
  Q('facts', 'sv', 'Ge mig en kort sammanfattning av hur samarbetet på Södertörn har vuxit fram – inom vilka områden har kommunerna traditionellt samarbetat?', { expectAny: [['gymnasie'], ['räddningstjänst'], ['energi', 'miljö', 'återvinning']] }),
  Q('facts', 'en', 'Which infrastructure projects has the cooperation pushed together?', { expectAny: [['73'], ['Nynäsbanan'], ['Södertörnsleden'], ['E4']] }),
  Q('facts', 'sv', 'hur många invånare har Södertörn idag enligt planen?', { expect: ['430 000'] }),
  Q('facts', 'sv', 'Vilka är de fyra målområdena i Södertörns UtvecklingsProgram 2010?', { expectAny: [['Näringsliv'], ['Mångfald'], ['Klimat'], ['Infrastruktur']] }),
  Q('facts', 'en', 'How many concrete development issues belong to the target areas?', { expectAny: [['five', '5']] }),
  Q('facts', 'sv', 'när fastställdes utvecklingsprogrammet?', { expect: ['2010'], expectAny: [['hösten', 'höst']] }),
  Q('facts', 'sv', 'Vilka förhållningssätt ska känneteckna samverkan? Jag vill citera dem i nyhetsbrevet.', { expectAny: [['gemensamma nyttan'], ['demokratiska'], ['Gå före', 'ledarskap'], ['ge och få']] }),
  Q('facts', 'en', 'What is the purpose of the cooperation, in one sentence?', { expectAny: [['regional'], ['home municipalit', 'goals', 'own municipalit']] }),
  Q('facts', 'sv', 'i vilka regionala organ samordnar vi våra insatser?', { expectAny: [['KSL'], ['Business Alliance'], ['Mälardalsrådet']] }),
  Q('facts', 'sv', 'vilka sitter i samarbetskommittén?', { expectAny: [['kommunstyrelseordför', 'ordförande'], ['åtta', '8']] }),
  Q('facts', 'en', 'Who sits in the ledningsgrupp?', { expectAny: [['kommundirekt', 'director', 'manager', 'chief executive']] }),
  Q('facts', 'sv', 'Vilka deltar i rådslaget förutom de åtta kommunerna?', { expectAny: [['Södertörns högskola'], ['Karolinska'], ['KTH'], ['Handelskammaren'], ['Företagarna']] }),
  Q('facts', 'sv', 'vilka är med på Södertörnskonferensen?', { expectAny: [['politiska partier', 'partierna', 'partier'], ['tjänstemän']] }),
  Q('facts', 'en', 'What is the nyckeltal day about?', { expectAny: [['key figure', 'key indicator', 'key performance', 'nyckeltal'], ['follow', 'review', 'uppföljning']] }),
  Q('facts', 'sv', 'vilken tid håller SK sina möten?', { expectAny: [T12, ['15.00', '15:00']] }),
  Q('facts', 'en', 'What time do the LG meetings run?', { expectAny: [T0830, T13] }),
  Q('facts', 'sv', 'Vad säger planen om samverkan kring gemensam upphandling?', { expectAny: [['fler varor'], ['offentlig upphandling', 'LOU']] }),
  Q('facts', 'en', 'Which body handles the extended responsibility for explosive goods?', { expectAny: [['brandförsvarsförbund', 'fire']] }),
  Q('facts', 'sv', 'vem sköter kontrollen av receptfria läkemedel för Haninge, Nynäshamn och Tyresö?', { expectAny: [['miljö- och hälsoskyddsförbund', 'miljöförbund']] }),
  Q('facts', 'en', 'How many municipalities are part of the Södertörn cooperation?', { expectAny: [['eight', '8']] }),
  Q('facts', 'sv', 'vilka företag nämns som exempel i inledningen?', { expectAny: [['Scania'], ['Astra'], ['Karolinska Universitetssjukhuset']] }),
  Q('facts', 'sv', 'Vilka lärosäten nämns i planen?', { expectAny: [['Södertörns högskola'], ['KTH', 'Tekniska högskolan'], ['Karolinska Institutet']] }),
  Q('facts', 'en', "What does 'Gå före' mean in the section on how we work together?", { expectAny: [['leadership', 'ledarskap']] }),
  Q('facts', 'sv', 'Hur beskriver planen Södertörns plats i Stockholmsregionen?', { expectAny: [['naturlig del', 'Capital of Scandinavia', 'attraktiv del']] }),
  Q('facts', 'sv', 'vad menas med gemensam ägarstyrning?', { expectAny: [['ägardialog', 'bolagsordning', 'förbunds', 'direktiv']] }),
  Q('facts', 'en', 'When did the Södertörn guardianship board start?', { expect: ['2011'], expectAny: [['1 January']] }),
  Q('facts', 'sv', 'När startade miljö- och hälsoskyddsförbundet och vilka kommuner bildade det?', { expect: ['2008', 'Haninge', 'Nynäshamn', 'Tyresö'] }),
  Q('facts', 'sv', 'vilka är de viktigaste regionala utvecklingsfrågorna som räknas upp i inledningen', { expectAny: [['utbildningsnivå'], ['kunskapsintensiv'], ['kompetens'], ['klimateffektiv'], ['infrastruktur']] }),
  Q('facts', 'sv', 'hur ofta träffas ledningsgruppen?', { expectAny: [['sex', '6']] }),
  Q('facts', 'sv', 'Hur skulle du beskriva samarbetskommitténs uppdrag i ett par meningar, för en läsare som aldrig hört talas om den?', { expectAny: [['regionala utveckling', 'regional utveckling', 'kommunala och den regionala']] }),
  Q('facts', 'sv', 'kan överförmyndarnämnden utökas med fler kommuner?', { expectAny: [['fler kommuner']] }),
  Q('facts', 'en', "What is meant by 'verksamhetsfrågor'?", { expectAny: [['efficien', 'effektiv']] }),
  Q('facts', 'sv', 'Vad ska kommunerna göra när riksdagen ger dem nya uppgifter?', { expectAny: [['enskilt'], ['befintliga']] }),
  Q('facts', 'sv', 'I vilka gemensamma organ som nämns i planen är Tyresö med?', { expectAny: [['överförmyndar'], ['miljö- och hälsoskydd', 'miljöförbund']] }),
  Q('facts', 'en', 'Which events is Tyresö hosting or co-hosting in 2011?', { expect: ['8 December', '1 September'] }),
  Q('facts', 'en', 'What are the two main areas of cooperation?', { expectAny: [['regional development', 'regionala utvecklingsfrågor'], ['operational', 'verksamhetsfrågor', 'business', 'service']] }),
];

// ---------- change requests ----------
const S = 'secretariat', M = 'member';
function R(category, lang, as, q, o = {}) { return Object.assign({ category, lang, as, q }, o); }
const REF = { kind: 'refused', expectAny: [['sekretariat', 'secretariat']] };

const commands = [
  // move
  R('move', 'sv', S, 'flytta torsdagens SK-möte i juni till veckan efter', { kind: 'confirm', expect: ['16 juni'] }),
  R('move', 'sv', S, 'SK 22/9 flyttas till onsdagen samma vecka', { kind: 'confirm', expect: ['21 september'] }),
  R('move', 'sv', S, 'nyckeltalsdagen flyttas en vecka senare', { kind: 'confirm', expect: ['13 oktober'] }),
  R('move', 'sv', S, 'LG-mötet i november skjuts till fredagen veckan efter', { kind: 'confirm', expect: ['2 december'] }),
  R('move', 'sv', S, 'flytta nästa SK till torsdagen därpå', { kind: 'confirm', expect: ['21 april'] }),
  R('move', 'en', S, 'move the LG meeting on 20 May to 27 May', { kind: 'confirm', expect: ['27 May'] }),
  // host
  R('host', 'sv', S, 'Haninge tar över värdskapet för LG 14/10', { kind: 'confirm', expect: ['Haninge'] }),
  R('host', 'sv', S, 'Södertälje tar värdskapet för SK 8/12 i stället för Tyresö', { kind: 'confirm', expect: ['Södertälje'] }),
  R('host', 'en', S, 'Botkyrka will host the SK meeting on 22 September instead', { kind: 'confirm', expect: ['Botkyrka'] }),
  // cancel
  R('cancel', 'sv', S, 'stryk LG-mötet 9/9', { kind: 'confirm', expect: ['9 september'] }),
  R('cancel', 'sv', S, 'ställ in SK-mötet den 3 november', { kind: 'confirm', expect: ['3 november'] }),
  R('cancel', 'sv', S, 'det blir inget LG i maj', { kind: 'confirm', expect: ['20 maj'] }),
  // add
  R('add', 'sv', S, 'lägg till ett LG-möte fredagen den 2 december', { kind: 'confirm', expect: ['2 december'] }),
  R('add', 'sv', S, 'lägg in ett extra SK-möte torsdag 18 augusti, Salem är värd', { kind: 'confirm', expect: ['18 augusti'] }),
  // budgetline
  R('budgetline', 'sv', S, 'höj utredningar till 250 000', { kind: 'confirm', expect: ['250 000'] }),
  R('budgetline', 'sv', S, 'sänk personalen med 20 000', { kind: 'confirm', expect: ['560 000'] }),
  R('budgetline', 'sv', S, 'ersättningen till huddinge för kontorsservice höjs till 60 000', { kind: 'confirm', expect: ['60 000'] }),
  R('budgetline', 'en', S, 'cut the consultancy line (utredningar) by 30 000', { kind: 'confirm', expect: ['200 000'] }),
  // rotationhost
  R('rotationhost', 'sv', S, 'rådslaget 2013 hålls i Haninge istället', { kind: 'confirm', expect: ['Haninge', '2013'] }),
  R('rotationhost', 'sv', S, 'byt värd för rådslaget 2015 till Huddinge', { kind: 'confirm', expect: ['Huddinge', '2015'] }),
  R('rotationhost', 'en', S, 'Nykvarn hosts the 2012 rådslag instead of Nynäshamn', { kind: 'confirm', expect: ['Nykvarn', '2012'] }),
  // history
  R('history', 'sv', S, 'visa ändringar', { kind: 'history' }),
  R('history', 'en', S, 'what has changed in the plan?', { kind: 'history' }),
  // missing (clarify)
  R('missing', 'sv', S, 'flytta SK-mötet', { kind: 'clarify' }),
  R('missing', 'sv', S, 'ändra budgeten', { kind: 'clarify' }),
  R('missing', 'sv', S, 'ställ in mötet', { kind: 'clarify' }),
  R('missing', 'sv', S, 'lägg till ett LG-möte', { kind: 'clarify' }),
  R('missing', 'en', S, 'move LG 20/5', { kind: 'clarify' }),
  // confirm conversations
  C('confirm', [
    { q: 'flytta LG 14/10 till 21/10', as: S, kind: 'confirm', expect: ['21 oktober'], lang: 'sv' },
    { q: 'ja', as: S, kind: 'confirmed', lang: 'sv' },
  ], { as: S }),
  C('confirm', [
    { q: 'stryk SK 8/12', as: S, kind: 'confirm', expect: ['8 december'], lang: 'sv' },
    { q: 'nej', as: S, kind: 'cancelled', lang: 'sv' },
  ], { as: S }),
  C('confirm', [
    { q: 'höj utredningar med 15 000', as: S, kind: 'confirm', expect: ['245 000'], lang: 'sv' },
    { q: 'ok kör', as: S, kind: 'confirmed', lang: 'sv' },
    { q: 'visa ändringar', as: S, kind: 'history', lang: 'sv' },
  ], { as: S }),
  C('confirm', [
    { q: 'Salem tar LG-mötet 25/11', as: S, kind: 'confirm', expect: ['Salem'], lang: 'sv' },
    { q: 'avbryt', as: S, kind: 'cancelled', lang: 'sv' },
  ], { as: S }),
  C('confirm', [
    { q: 'change the 2014 rådslag host to Södertälje', as: S, kind: 'confirm', expect: ['Södertälje', '2014'], lang: 'en' },
    { q: 'confirm', as: S, kind: 'confirmed', lang: 'en' },
  ], { as: S }),
  // refused (members)
  R('refused', 'sv', M, 'flytta SK 14/4 till fredagen 15/4', REF),
  R('refused', 'sv', M, 'vi i Nykvarn vill byta värdskap med Salem, så ändra värd för SK 14/4 till Salem', REF),
  R('refused', 'sv', M, 'höj utredningar till 300 000', REF),
  R('refused', 'en', M, 'cancel the LG meeting on 9 September', REF),
  R('refused', 'sv', M, 'lägg till ett SK-möte 18/8', REF),
  R('refused', 'sv', M, 'Tyresö vill ha rådslaget 2013 istället för 2014, ändra det', REF),
  R('refused', 'en', M, 'lower the staff budget to 500 000', REF),
  // questions from the secretariat (not changes)
  R('facts', 'sv', S, 'när är LG i maj?', { expect: ['20 maj'] }),
  R('facts', 'sv', S, 'vem står som värd för SK i september?', { expect: ['Nynäshamn'] }),
  R('budget', 'sv', S, 'hur mycket är budgeterat för utredningar just nu?', { expect: ['230 000'] }),
  R('rotation', 'sv', S, 'vilket år har Tyresö rådslaget?', { expect: ['2014'] }),
  R('facts', 'en', S, 'when is the next LG?', { expect: ['20 May'] }),
  R('yesno', 'sv', S, 'är nyckeltalsdagen fortfarande den 6 oktober?', { startsWith: 'Ja' }),
];

function write(name, description, items) {
  const out = { description, defaultNow: NOW, items };
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify(out, null, 2) + '\n');
}
write('pool-questions.json', 'Round 23 writer n: newsletter questions (Tyresö communications officer persona)', questions);
write('pool-commands.json', 'Round 23 writer n: change requests (secretariat persona), member attempts, secretariat questions', commands);
console.log('questions', questions.length, 'commands', commands.length);
