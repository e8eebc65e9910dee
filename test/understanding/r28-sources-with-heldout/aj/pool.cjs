// Round 28 question pool, writer "aj". Source: /work/shared/plan/verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');
const NOW = '2011-04-07T10:00:00+02:00';
const AUTUMN = '2011-10-01T09:00:00+02:00';
const JUNE = '2011-06-10T09:00:00+02:00';
const NIP = ['notInPlan', 'cannot'];
const T12 = ['12.00', '12:00'];
const T15 = ['15.00', '15:00'];
const T0830 = ['08.30', '08:30', '8.30', '8:30'];
const T13 = ['13.00', '13:00'];

function it(category, q, o = {}) { return Object.assign({ category, q }, o); }
function conv(category, turns, o = {}) { return Object.assign({ category, conversation: turns }, o); }

// ---------------------------------------------------------------- questions
const Q = [];

// rotation
Q.push(
  it('rotation', 'vem är värd för rådslaget 2014?', { expect: ['Tyresö'], lang: 'sv' }),
  it('rotation', 'rådslaget 2016 – vilken kommun?', { expect: ['Haninge'], lang: 'sv' }),
  it('rotation', 'Which municipality hosts the rådslag in 2017?', { expect: ['Nykvarn'], lang: 'en' }),
  it('rotation', 'vilket år har Södertälje rådslaget?', { expect: ['2015'], lang: 'sv' }),
  it('rotation', 'När är det Huddinges tur att stå värd för rådslaget?', { expect: ['2018'], lang: 'sv' }),
  it('rotation', 'botkyrka värd för rådslaget vilket år', { expect: ['2013'], lang: 'sv' }),
  it('rotation', 'nästa rådslag, vem håller i det?', { expect: ['Nynäshamn', '2012'], lang: 'sv' }),
  it('rotation', "When was this year's rådslag and where?", { expect: ['24 March', 'Salem'], lang: 'en' }),
  it('rotation', 'vem har rådslaget året efter Tyresö?', { expect: ['Södertälje'], lang: 'sv' }),
  it('rotation', 'vilken kommun är sist i rådslagsrotationen?', { expect: ['Huddinge', '2018'], lang: 'sv' }),
  it('rotation', 'List the rådslag hosts for 2011 to 2014 please', { expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö'], expectNot: ['Södertälje'], lang: 'en' }),
  it('rotation', 'vem hade rådslaget året före Botkyrka?', { expect: ['Nynäshamn'], lang: 'sv' }),
);

// budget
Q.push(
  it('budget', 'hur stor är budgeten totalt?', { expect: ['860 000'], lang: 'sv' }),
  it('budget', 'vad går till personal?', { expect: ['580 000'], lang: 'sv' }),
  it('budget', 'Hur mycket får Huddinge i ersättning för kontorsservice och arbetsrum?', { expect: ['50 000'], lang: 'sv' }),
  it('budget', 'utredningar och konsultstöd, hur mycket är avsatt?', { expect: ['230 000'], lang: 'sv' }),
  it('budget', 'om avgifterna delas lika mellan kommunerna, vad betalar var och en?', { expect: ['107 500'], lang: 'sv' }),
  it('budget', "What's left of the budget after staff costs?", { expect: ['280 000'], lang: 'en' }),
  it('budget', 'budget per månad?', { expectAny: [['71 666', '71 667']], lang: 'sv' }),
  it('budget', 'personalkostnad per kvartal', { expect: ['145 000'], lang: 'sv' }),
  it('budget', 'How much more goes to staff than to studies and consultants?', { expect: ['350 000'], lang: 'en' }),
  it('budget', 'största kostnadsposten?', { expect: ['580 000'], expectAny: [['personal']], lang: 'sv' }),
  it('budget', 'vilken är den minsta posten i budgeten', { expect: ['50 000', 'Huddinge'], lang: 'sv' }),
  it('budget', 'hur stor andel av kostnaderna är personal?', { expectAny: [['67', '68']], lang: 'sv' }),
  it('budget', 'What share of the costs goes to utredningar/konsultstöd?', { expectAny: [['26', '27']], lang: 'en' }),
  it('budget', 'personal + huddinges ersättning tillsammans?', { expect: ['630 000'], lang: 'sv' }),
  it('budget', 'om vi delar konsultpotten lika på de åtta kommunerna, hur mycket blir det?', { expect: ['28 750'], lang: 'sv' }),
  it('budget', 'utredningar per månad', { expectAny: [['19 166', '19 167']], lang: 'sv' }),
  it('budget', 'går budgeten ihop, intäkter mot kostnader?', { expect: ['860 000'], lang: 'sv' }),
  it('budget', 'hur mycket kommer in i avgifter per kvartal?', { expect: ['215 000'], lang: 'sv' }),
  it('budget', 'Staff cost per municipality if it is split evenly between the eight?', { expect: ['72 500'], lang: 'en' }),
);

// yes/no
Q.push(
  it('yesno', 'Är Botkyrka med i överförmyndarnämnden?', { startsWith: 'Ja', lang: 'sv' }),
  it('yesno', 'är salem med i ÖFN?', { startsWith: 'Nej', lang: 'sv' }),
  it('yesno', 'Is Botkyrka a member of the miljö- och hälsoskyddsförbund?', { startsWith: 'No', lang: 'en' }),
  it('yesno', 'Håller Nykvarn i SK-mötet 14/4?', { startsWith: 'Ja', lang: 'sv' }),
  it('yesno', 'stämmer det att LG träffas på torsdagar?', { startsWith: 'Nej', expectAny: [['fredag']], lang: 'sv' }),
  it('yesno', 'Is the SK meeting on 22 September in Nynäshamn?', { startsWith: 'Yes', lang: 'en' }),
  it('yesno', 'är nyckeltalsdagen i Huddinge?', { startsWith: 'Nej', expect: ['Botkyrka'], lang: 'sv' }),
  it('yesno', 'Är det Haninge som är värdkommun för överförmyndarnämnden?', { startsWith: 'Ja', lang: 'sv' }),
  it('yesno', 'Does Huddinge provide the secretariat?', { startsWith: 'Yes', lang: 'en' }),
  it('yesno', 'ingår KTH i rådslaget?', { startsWith: 'Ja', lang: 'sv' }),
  it('yesno', 'Is there a surplus in the 2011 budget?', { startsWith: 'No', expect: ['860 000'], lang: 'en' }),
  it('yesno', 'Är Tyresö värd för rådslaget 2013?', { startsWith: 'Nej', expect: ['Botkyrka'], lang: 'sv' }),
  it('yesno', "Is it true that the vision talks about more than half a million inhabitants in 2025?", { startsWith: 'Yes', lang: 'en' }),
);

// premise (false or loaded premises)
Q.push(
  it('premise', 'Varför har Botkyrka SK-mötet i juni?', { expect: ['Salem'], lang: 'sv' }),
  it('premise', 'Stämmer det att sekretariatet sitter i Södertälje?', { expect: ['Huddinge'], lang: 'sv' }),
  it('premise', 'Is it true that the vision aims for one million residents by 2030?', { expect: ['2025'], expectAny: [['half a million', 'half million', '500 000', '500,000']], lang: 'en' }),
  it('premise', 'Hur kommer det sig att Salem är med i överförmyndarnämnden?', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], lang: 'sv' }),
  it('premise', 'varför har personalbudgeten dragits upp till 630 000?', { expect: ['580 000'], lang: 'sv' }),
  it('premise', 'vilken dag i september är nyckeltalsdagen?', { expect: ['6 oktober'], lang: 'sv' }),
  it('premise', 'Why is the rådslag in Nynäshamn this year?', { expect: ['Salem'], lang: 'en' }),
  it('premise', 'Miljöförbundet startade ju 2011 – vilka kommuner är med?', { expect: ['2008', 'Haninge', 'Nynäshamn', 'Tyresö'], lang: 'sv' }),
  it('premise', 'Varför ligger LG-mötet 20 maj på en torsdag?', { expect: ['fredag'], lang: 'sv' }),
  it('premise', 'stämmer det att SK bara behöver träffas fyra gånger per år?', { expectAny: [['sex', '6']], lang: 'sv' }),
  it('premise', 'Huddinge är ju värdkommun för ÖFN, eller hur?', { expect: ['Haninge'], lang: 'sv' }),
  it('premise', 'I hear the committee budget runs a 100 000 deficit this year – is that right?', { expect: ['860 000'], lang: 'en' }),
  it('premise', 'varför hålls Södertörnskonferensen i Salem den 1 september?', { expect: ['Huddinge', 'Tyresö'], lang: 'sv' }),
  it('premise', "The rådslag is just the municipalities, right? No universities involved?", { expect: ['KTH'], expectAny: [['Södertörns högskola', 'Södertörn University']], lang: 'en' }),
  it('premise', 'Varför lägger kommittén mer än dubbelt så mycket på personal som på utredningar, är inte det slöseri?', { expect: ['580 000', '230 000'], lang: 'sv' }),
);

// off-plan
Q.push(
  it('offplan', 'Vem är ordförande i samarbetskommittén?', { kind: NIP, lang: 'sv' }),
  it('offplan', 'vad tjänar de som jobbar på sekretariatet?', { kind: NIP, lang: 'sv' }),
  it('offplan', 'How much does all this cost per Botkyrka resident?', { kind: NIP, lang: 'en' }),
  it('offplan', 'kan du boka en lokal till LG 20/5?', { kind: NIP, lang: 'sv' }),
  it('offplan', 'skicka kallelsen till SK 14/4 till alla ordförande', { kind: NIP, lang: 'sv' }),
  it('offplan', 'vad står på dagordningen 14/4?', { kind: NIP, lang: 'sv' }),
  it('offplan', 'Vem bestämmer hur avgifterna fördelas mellan kommunerna?', { kind: NIP, lang: 'sv' }),
  it('offplan', "What's the committee's budget for 2012?", { kind: NIP, lang: 'en' }),
  it('offplan', 'vilken adress har mötet i Nykvarn?', { kind: NIP, lang: 'sv' }),
  it('offplan', 'ring Salems kommundirektör och säg att vi blir sena', { kind: NIP, lang: 'sv' }),
  it('offplan', 'Who exactly is paid out of the staff line – names please?', { kind: NIP, lang: 'en' }),
  it('offplan', 'vad kostar lunchen på nyckeltalsdagen?', { kind: NIP, lang: 'sv' }),
  it('offplan', 'hur många anställda har sekretariatet?', { kind: NIP, lang: 'sv' }),
);

// topic (the right one of two similar things)
Q.push(
  it('topic', 'när är LG:s planeringskonferens?', { expect: ['31 mars', '1 april'], expectNot: ['28 januari'], lang: 'sv' }),
  it('topic', "When is the committee's own planning conference?", { expect: ['28 January'], expectNot: ['31 March'], lang: 'en' }),
  it('topic', 'vad ingår i ersättningen till Huddinge?', { expect: ['kontorsservice', 'arbetsrum'], lang: 'sv' }),
  it('topic', 'Vad täcker posten på 230 000?', { expect: ['konsultstöd'], expectAny: [['utredning']], lang: 'sv' }),
  it('topic', 'vilket förbund hanterar explosiva varor?', { expect: ['brandförsvarsförbund'], lang: 'sv' }),
  it('topic', 'Who handles the control of trade in over-the-counter medicines for Haninge, Nynäshamn and Tyresö?', { expectAny: [['miljö', 'environment']], lang: 'en' }),
  it('topic', 'syftet med ledningsgruppen?', { expect: ['förbereda', 'samordna'], lang: 'sv' }),
  it('topic', 'vilket styrdokument gäller för de regionala utvecklingsfrågorna?', { expect: ['UtvecklingsProgram 2010'], lang: 'sv' }),
  it('topic', 'vad syftar verksamhetsfrågorna till?', { expect: ['effektivisera'], lang: 'sv' }),
  it('topic', 'Who attends the Södertörn conference – the one on 1 September, not the rådslag?', { expectAny: [['parties', 'partier']], lang: 'en' }),
  it('topic', 'vilket datum var heldagen i Salem?', { expect: ['24 mars'], expectNot: ['1 september'], lang: 'sv' }),
  it('topic', 'nyckeltalsdagen eller södertörnskonferensen – vilken är i Botkyrka och när?', { expect: ['6 oktober'], expectAny: [['nyckeltal']], lang: 'sv' }),
);

// period
Q.push(
  it('period', 'vilka SK-möten är det i höst?', { expect: ['22 september', '3 november', '8 december'], expectNot: ['9 juni'], lang: 'sv' }),
  it('period', 'LG första halvåret?', { expect: ['21 januari', '31 mars', '20 maj'], expectNot: ['9 september'], lang: 'sv' }),
  it('period', 'första SK efter sommaren?', { expect: ['22 september', 'Nynäshamn'], lang: 'sv' }),
  it('period', 'sista LG-mötet i år', { expect: ['25 november'], lang: 'sv' }),
  it('period', "What's on in October?", { expect: ['6 October', '14 October'], lang: 'en' }),
  it('period', 'vad händer i september?', { expect: ['1 september', '9 september', '22 september'], lang: 'sv' }),
  it('period', 'vad är kvar av våren för SK?', { expect: ['14 april', '9 juni'], expectNot: ['22 september'], lang: 'sv' }),
  it('period', 'Which LG meetings are left this year?', { expect: ['20 May', '9 September', '14 October', '25 November'], expectNot: ['21 January'], lang: 'en' }),
  it('period', 'sista SK-mötet 2011, var då?', { expect: ['8 december', 'Tyresö'], lang: 'sv' }),
  it('period', 'nåt SK nästa vecka?', { expect: ['14 april', 'Nykvarn'], lang: 'sv' }),
  it('period', 'vad händer nästa vecka?', { now: AUTUMN, expect: ['6 oktober'], lang: 'sv' }),
  it('period', 'What happened last week?', { expect: ['31 March'], lang: 'en' }),
  it('period', 'nästa SK?', { now: JUNE, expect: ['22 september', 'Nynäshamn'], expectNot: ['9 juni'], lang: 'sv' }),
);

// follow-ups (conversations)
Q.push(
  conv('followup', [
    { q: 'vem har rådslaget 2013?', expect: ['Botkyrka'], lang: 'sv' },
    { q: 'och innan dess?', expect: ['Nynäshamn'], lang: 'sv' },
    { q: 'och 2011?', expect: ['Salem'], lang: 'sv' },
  ]),
  conv('followup', [
    { q: 'vilka kommuner ingår i miljöförbundet?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
    { q: 'när startade det?', expect: ['2008'], lang: 'sv' },
    { q: 'och Botkyrka då?', expect: ['Botkyrka'], expectAny: [['inte', 'ej']], lang: 'sv' },
  ]),
  conv('followup', [
    { q: 'när är nästa SK?', expect: ['14 april', 'Nykvarn'], lang: 'sv' },
    { q: 'och efter det?', expect: ['9 juni', 'Salem'], lang: 'sv' },
    { q: 'vilken tid?', expectAny: [T12, T15], lang: 'sv' },
  ]),
  conv('followup', [
    { q: 'Vem är värd för SK 3/11?', expect: ['Botkyrka'], lang: 'sv' },
    { q: 'och vad mer står Botkyrka värd för i år?', expect: ['6 oktober'], lang: 'sv' },
  ]),
  conv('followup', [
    { q: 'When does LG meet in the autumn?', expect: ['9 September', '14 October', '25 November'], lang: 'en' },
    { q: 'what time?', expectAny: [T0830, T13], lang: 'en' },
    { q: 'and which weekday?', expect: ['Friday'], lang: 'en' },
  ]),
  conv('followup', [
    { q: 'hur mycket är personalbudgeten?', expect: ['580 000'], lang: 'sv' },
    { q: 'och per månad?', expect: ['48 333'], lang: 'sv' },
    { q: 'och per kommun om man delar lika?', expect: ['72 500'], lang: 'sv' },
  ]),
  conv('followup', [
    { q: 'när är Södertörnskonferensen?', expect: ['1 september'], lang: 'sv' },
    { q: 'var?', expect: ['Huddinge', 'Tyresö'], lang: 'sv' },
    { q: 'vilka deltar?', expectAny: [['partier']], lang: 'sv' },
  ]),
  conv('followup', [
    { q: 'Who takes part in the rådslag?', expect: ['KTH'], expectAny: [['Handelskammaren', 'Chamber of Commerce']], lang: 'en' },
    { q: 'and who hosts it in 2015?', expect: ['Södertälje'], lang: 'en' },
    { q: 'and the year after?', expect: ['Haninge'], lang: 'en' },
  ]),
  conv('followup', [
    { q: 'vilka sitter i SK?', expect: ['kommunstyrelseordför'], lang: 'sv' },
    { q: 'och i LG?', expect: ['kommundirektör'], lang: 'sv' },
    { q: 'hur ofta träffas de?', expectAny: [['sex', '6']], lang: 'sv' },
  ]),
  conv('followup', [
    { q: 'vilka högskolor är med i rådslaget?', expect: ['KTH', 'Karolinska'], expectAny: [['Södertörns högskola']], lang: 'sv' },
    { q: 'vilka fler deltar?', expect: ['Handelskammaren', 'Företagarna'], lang: 'sv' },
  ]),
  conv('followup', [
    { q: 'när är SK:s planeringskonferens?', expect: ['28 januari'], lang: 'sv' },
    { q: 'och LG:s?', expect: ['31 mars'], expectNot: ['28 januari'], lang: 'sv' },
  ]),
  conv('followup', [
    { q: 'nästa LG?', expect: ['14 oktober'], lang: 'sv' },
    { q: 'och sen?', expect: ['25 november'], lang: 'sv' },
    { q: 'är det sista för i år?', startsWith: 'Ja', lang: 'sv' },
  ], { now: AUTUMN }),
  conv('followup', [
    { q: "what's the vision?", expect: ['2025'], lang: 'en' },
    { q: 'and how many people live on Södertörn today?', expect: ['430 000'], lang: 'en' },
  ]),
);

// typos
Q.push(
  it('typo', 'ledingsgruppen nästa möte?', { expect: ['20 maj'], lang: 'sv' }),
  it('typo', 'när är nyckeltalsdagn', { expect: ['6 oktober'], lang: 'sv' }),
  it('typo', 'SK-mötet i sept, vem e värd?', { expect: ['Nynäshamn'], lang: 'sv' }),
  it('typo', 'rådslagt 2015 värdkomun', { expect: ['Södertälje'], lang: 'sv' }),
  it('typo', 'södertörnskonferansen datum', { expect: ['1 september'], lang: 'sv' }),
  it('typo', 'överförmydarnämnden värdkommun?', { expect: ['Haninge'], lang: 'sv' }),
  it('typo', 'budgetn för personl', { expect: ['580 000'], lang: 'sv' }),
  it('typo', 'LG-datum i höst', { expect: ['9 september', '14 oktober', '25 november'], expectNot: ['20 maj'], lang: 'sv' }),
  it('typo', 'samarbetskommiten planeringskonf när', { expect: ['28 januari'], lang: 'sv' }),
  it('typo', 'miljö- och hälsoskydsförbundet vilka kommuner', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'], lang: 'sv' }),
  it('typo', 'wich municipality hosts the radslag 2016', { expect: ['Haninge'], lang: 'en' }),
  it('typo', 'konsultsöd budgt?', { expect: ['230 000'], lang: 'sv' }),
);

// language
Q.push(
  it('language', 'SK 3/11 värd?', { locale: 'en-GB', expect: ['Botkyrka'], lang: 'en' }),
  it('language', 'ÖFN?', { locale: 'en-GB', expect: ['Haninge'], lang: 'en' }),
  it('language', 'kostnader?', { locale: 'sv-SE', expect: ['580 000', '50 000', '230 000'], lang: 'sv' }),
  it('language', 'LG 20/5', { locale: 'en-US', expect: ['20 May'], lang: 'en' }),
  it('language', 'rådslag 2014?', { locale: 'en-GB', expect: ['Tyresö'], lang: 'en' }),
  it('language', 'What time is the SK meeting on 14 April?', { expectAny: [T12], lang: 'en' }),
  it('language', 'nyckeltal 6/10?', { locale: 'en-GB', expect: ['Botkyrka'], lang: 'en' }),
  it('language', 'Can you answer in English: när är Södertörnskonferensen?', { expect: ['1 September'], lang: 'en' }),
  it('language', 'budget 2011', { locale: 'sv-SE', expect: ['860 000'], lang: 'sv' }),
  it('language', 'Who is hosting SK on 8 December?', { expect: ['Tyresö'], lang: 'en' }),
);

// general facts across the plan
Q.push(
  it('facts', 'hur många invånare har Södertörn?', { expect: ['430 000'], lang: 'sv' }),
  it('facts', 'vad är visionen?', { expect: ['2025'], expectAny: [['halv miljon', '500 000']], lang: 'sv' }),
  it('facts', 'vilka förhållningssätt ska samverkan kännetecknas av?', { expect: ['gemensamma nyttan', 'demokratiska', 'ge och få'], lang: 'sv' }),
  it('facts', 'vilka målområden finns i utvecklingsprogrammet?', { expect: ['Näringsliv', 'Mångfald', 'Klimat', 'Infrastruktur'], lang: 'sv' }),
  it('facts', 'Hur många konkreta utvecklingsfrågor hör till målområdena?', { expectAny: [['fem', '5']], lang: 'sv' }),
  it('facts', 'Which infrastructure projects does the plan mention?', { expect: ['73', 'Nynäsbanan', 'Södertörnsleden', 'E4'], lang: 'en' }),
  it('facts', 'vilka företag nämns i planen?', { expect: ['Scania', 'Astra Zeneca'], lang: 'sv' }),
  it('facts', 'i vilka regionala organ samordnar vi våra insatser?', { expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'], lang: 'sv' }),
  it('facts', 'Vad innebär gemensam ägarstyrning?', { expectAny: [['ägardialog']], lang: 'sv' }),
  it('facts', 'vilka är de två huvudområdena för samverkan?', { expect: ['regionala utvecklingsfrågor', 'verksamhetsfrågor'], lang: 'sv' }),
  it('facts', 'When did the ÖFN, the joint guardianship board, start?', { expect: ['2011'], expectAny: [['1 January', 'January 1']], lang: 'en' }),
  it('facts', 'vilka kommuner ingår i Södertörns överförmyndarnämnd?', { expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], expectNot: ['Salem'], lang: 'sv' }),
  it('facts', 'vilka bildade miljö- och hälsoskyddsförbundet?', { expect: ['Haninge', 'Nynäshamn', 'Tyresö'], lang: 'sv' }),
  it('facts', 'vad säger planen om upphandling?', { expectAny: [['offentlig upphandling', 'fler varor']], lang: 'sv' }),
  it('facts', 'vad ska vi lägga mest tid på 2011, regionala frågor eller verksamhetsfrågor?', { expect: ['regionala utvecklingsfrågor'], lang: 'sv' }),
  it('facts', 'Who sits on the samarbetskommitté?', { expectAny: [['chair', 'ordförande']], lang: 'en' }),
  it('facts', 'hur ofta träffas LG?', { expectAny: [['sex', '6']], lang: 'sv' }),
  it('facts', 'vilka tider har SK?', { expect: ['torsdag'], expectAny: [T12, T15], lang: 'sv' }),
  it('facts', 'LG mötestid?', { expectAny: [T0830, T13], lang: 'sv' }),
  it('facts', 'Vem tillhandahåller sekretariatet?', { expect: ['Huddinge'], lang: 'sv' }),
  it('facts', 'When and where is the key figures day this year?', { expect: ['6 October', 'Botkyrka'], lang: 'en' }),
  it('facts', 'vad är rådslaget för något?', { expectAny: [['frågeställningar', 'fokus']], lang: 'sv' }),
  it('facts', 'vilka utvecklingsfrågor pekar SUP 2010 ut?', { expect: ['utbildningsnivå', 'kunskapsintensivt', 'klimateffektivt', 'infrastruktur'], lang: 'sv' }),
  it('facts', 'When was the Södertörns UtvecklingsProgram adopted?', { expect: ['2010'], expectAny: [['autumn', 'fall']], lang: 'en' }),
  it('facts', 'inom vilka områden har samarbetet traditioner?', { expect: ['gymnasie', 'räddningstjänst', 'återvinning'], lang: 'sv' }),
  it('facts', 'vilka mer än ordförandena deltar på SK:s möten?', { expect: ['kommundirektör'], lang: 'sv' }),
  it('facts', 'vad kallas Stockholm i planen?', { expect: ['Capital of Scandinavia'], lang: 'sv' }),
  it('facts', 'varför ska det avsättas mer tid för de regionala frågorna i år?', { expect: ['handlingsplan'], lang: 'sv' }),
  it('facts', 'vad gör kommunerna när riksdagen ger dem nya uppgifter?', { expect: ['befintliga'], lang: 'sv' }),
  it('facts', 'vilka lärosäten nämns?', { expect: ['Södertörns högskola', 'KTH', 'Karolinska Institutet'], lang: 'sv' }),
  it('facts', 'SK jan 2012, var?', { expect: ['Södertälje'], lang: 'sv' }),
  it('facts', 'Where is the SK meeting in April 2012?', { expect: ['Huddinge'], lang: 'en' }),
  it('facts', 'var hölls SK i januari?', { expect: ['Haninge'], lang: 'sv' }),
  it('facts', 'vad säger planen om omvärldsbevakning?', { expect: ['kontaktnät'], lang: 'sv' }),
  it('facts', 'hur lång är rådslagsdagen?', { expect: ['heldag'], lang: 'sv' }),
  it('facts', 'On what weekday does the committee meet?', { expect: ['Thursday'], lang: 'en' }),
  it('facts', 'What are the four focus areas in the development programme?', { expectAny: [['Climate', 'Klimat'], ['Infrastructure', 'Infrastruktur'], ['Diversity', 'Mångfald']], lang: 'en' }),
);

// ---------------------------------------------------------------- commands
const C = [];
const S = 'secretariat', M = 'member';
const REF = [['sekretariat', 'secretariat']];

// move
C.push(
  it('move', 'flytta LG 20/5 till 27/5', { as: S, kind: 'confirm', expect: ['27 maj'], lang: 'sv' }),
  it('move', '27/5 istället för 20/5 för LG', { as: S, kind: 'confirm', expect: ['27 maj'], lang: 'sv' }),
  it('move', 'SK 9/6 flyttas till 16/6, krockar med fullmäktige', { as: S, kind: 'confirm', expect: ['16 juni'], lang: 'sv' }),
  it('move', 'move the LG meeting on 14 October to 21 October', { as: S, kind: 'confirm', expect: ['21 October'], lang: 'en' }),
  it('move', 'flyta nyckeltalsdagen till 13/10', { as: S, kind: 'confirm', expect: ['13 oktober'], lang: 'sv' }),
  it('move', 'kan ni flytta sk-mötet 22/9 till den 29:e', { as: S, kind: 'confirm', expect: ['29 september'], lang: 'sv' }),
  it('move', 'flytta LG 9/9 till 16/9 och SK 3/11 till 10/11', { as: S, kind: 'confirm', expect: ['16 september', '10 november'], lang: 'sv' }),
  it('move', 'södertörnskonf 1/9 -> 8/9', { as: S, kind: 'confirm', expect: ['8 september'], lang: 'sv' }),
);
// host
C.push(
  it('host', 'ny värd för SK 22/9: Södertälje istället för Nynäshamn', { as: S, kind: 'confirm', expect: ['Södertälje'], lang: 'sv' }),
  it('host', 'Haninge tar SK-mötet 8/12 istället för Tyresö', { as: S, kind: 'confirm', expect: ['Haninge'], lang: 'sv' }),
  it('host', 'change the host of the key figures day on 6 October to Huddinge', { as: S, kind: 'confirm', expect: ['Huddinge'], lang: 'en' }),
  it('host', 'byt värd sk 14/4 till salem, nykvarn kan inte', { as: S, kind: 'confirm', expect: ['Salem'], lang: 'sv' }),
);
// cancel
C.push(
  it('cancel', 'ställ in LG 14/10', { as: S, kind: 'confirm', expect: ['14 oktober'], lang: 'sv' }),
  it('cancel', 'cancel the SK meeting on 8 December', { as: S, kind: 'confirm', expect: ['8 December'], lang: 'en' }),
  it('cancel', 'stryk sk-mötet i juni', { as: S, kind: 'confirm', expect: ['9 juni'], lang: 'sv' }),
);
// add
C.push(
  it('add', 'lägg till ett extra LG-möte fre 17/6', { as: S, kind: 'confirm', expect: ['17 juni'], lang: 'sv' }),
  it('add', 'add an extra SK meeting on 20 October, host Haninge', { as: S, kind: 'confirm', expect: ['20 October', 'Haninge'], lang: 'en' }),
  it('add', 'nytt SK-möte 25/8 i Huddinge kl 12-15', { as: S, kind: 'confirm', expect: ['25 augusti', 'Huddinge'], lang: 'sv' }),
);
// budget line
C.push(
  it('budgetline', 'ändra persnalkostnad till 600k', { as: S, kind: 'confirm', expect: ['600 000'], lang: 'sv' }),
  it('budgetline', 'utredningar/konsultstöd sänks till 210 000', { as: S, kind: 'confirm', expect: ['210 000'], lang: 'sv' }),
  it('budgetline', "raise Huddinge's compensation for office services to 60 000", { as: S, kind: 'confirm', expect: ['60 000'], lang: 'en' }),
  it('budgetline', '250 000 på konsultstöd istället för 230', { as: S, kind: 'confirm', expect: ['250 000'], lang: 'sv' }),
);
// rotation host
C.push(
  it('rotationhost', 'rådslaget 2014 byter värd till Salem', { as: S, kind: 'confirm', expect: ['Salem', '2014'], lang: 'sv' }),
  it('rotationhost', 'Nykvarn och Haninge byter år för rådslaget (2016/2017)', { as: S, kind: 'confirm', expect: ['Nykvarn', 'Haninge', '2016', '2017'], lang: 'sv' }),
  it('rotationhost', 'make Södertälje host of the 2013 rådslag instead of Botkyrka', { as: S, kind: 'confirm', expect: ['Södertälje', '2013'], lang: 'en' }),
);
// history / undo
C.push(
  it('history', 'visa ändringar', { as: S, kind: 'history', lang: 'sv' }),
  it('history', 'what has changed?', { as: S, kind: 'history', lang: 'en' }),
  conv('history', [
    { q: 'flytta LG 25/11 till 2/12', as: S, kind: 'confirm', expect: ['2 december'], lang: 'sv' },
    { q: 'ja', as: S, kind: 'confirmed', lang: 'sv' },
    { q: 'visa ändringar', as: S, kind: 'history', expect: ['2 december'], lang: 'sv' },
  ], { as: S }),
  conv('history', [
    { q: 'LG 20/5 -> 13/5', as: S, kind: 'confirm', expect: ['13 maj'], lang: 'sv' },
    { q: 'ok kör', as: S, kind: 'confirmed', lang: 'sv' },
    { q: 'ångra det där', as: S, expect: ['20 maj'], lang: 'sv' },
  ], { as: S }),
);
// missing info → clarify
C.push(
  it('missing', 'flytta LG-mötet', { as: S, kind: 'clarify', lang: 'sv' }),
  it('missing', 'ändra budgeten för utredningar', { as: S, kind: 'clarify', lang: 'sv' }),
  it('missing', 'flytta mötet till 27/5', { as: S, kind: 'clarify', lang: 'sv' }),
  it('missing', 'ny värd för rådslaget', { as: S, kind: 'clarify', lang: 'sv' }),
  it('missing', 'cancel the meeting', { as: S, kind: 'clarify', lang: 'en' }),
);
// members trying to change things
C.push(
  it('refused', 'flytta SK 14/4 till 28/4', { as: M, kind: 'refused', expectAny: REF, lang: 'sv' }),
  it('refused', 'ställ in LG 9/9, vi kan ändå inte', { as: M, kind: 'refused', expectAny: REF, lang: 'sv' }),
  it('refused', 'change the staff budget to 500 000', { as: M, kind: 'refused', expectAny: REF, lang: 'en' }),
  it('refused', 'Botkyrka vill byta rådslagsår med Tyresö, fixa det', { as: M, kind: 'refused', expectAny: REF, lang: 'sv' }),
  it('refused', 'lägg till ett SK-möte 18/8', { as: M, kind: 'refused', expectAny: REF, lang: 'sv' }),
  it('refused', 'ändra värd för nyckeltalsdagen till Salem', { as: M, kind: 'refused', expectAny: REF, lang: 'sv' }),
);
// confirm / cancel flows
C.push(
  conv('confirm', [
    { q: 'flytta SK 3/11 till 17/11', as: S, kind: 'confirm', expect: ['17 november'], lang: 'sv' },
    { q: 'ja', as: S, kind: 'confirmed', lang: 'sv' },
  ], { as: S }),
  conv('confirm', [
    { q: 'sätt personal till 590 000', as: S, kind: 'confirm', expect: ['590 000'], lang: 'sv' },
    { q: 'avbryt', as: S, kind: 'cancelled', lang: 'sv' },
  ], { as: S }),
  conv('confirm', [
    { q: 'move the LG meeting on 9 September to 2 September', as: S, kind: 'confirm', expect: ['2 September'], lang: 'en' },
    { q: 'yes', as: S, kind: 'confirmed', lang: 'en' },
  ], { as: S }),
  conv('confirm', [
    { q: 'ny värd rådslaget 2015: Huddinge', as: S, kind: 'confirm', expect: ['Huddinge', '2015'], lang: 'sv' },
    { q: 'nej', as: S, kind: 'cancelled', lang: 'sv' },
  ], { as: S }),
  conv('confirm', [
    { q: 'ställ in LG 25/11', as: S, kind: 'confirm', expect: ['25 november'], lang: 'sv' },
    { q: 'ok kör', as: S, kind: 'confirmed', lang: 'sv' },
  ], { as: S }),
  conv('confirm', [
    { q: 'ändra ersättningen till huddinge till 55 000', as: S, kind: 'confirm', expect: ['55 000'], lang: 'sv' },
    { q: 'bekräfta', as: S, kind: 'confirmed', lang: 'sv' },
    { q: 'vad är ersättningen till Huddinge nu?', as: S, expect: ['55 000'], lang: 'sv' },
  ], { as: S }),
);
// secretariat questions that look like commands
C.push(
  it('period', 'när är LG i maj?', { as: S, expect: ['20 maj'], lang: 'sv' }),
  it('facts', 'vem är värd för SK i november?', { as: S, expect: ['Botkyrka'], lang: 'sv' }),
  it('yesno', 'har vi något LG i juni?', { as: S, startsWith: 'Nej', lang: 'sv' }),
  it('budget', 'hur mycket ligger på konsultstöd nu?', { as: S, expect: ['230 000'], lang: 'sv' }),
  it('rotation', 'vilket år har Haninge rådslaget?', { as: S, expect: ['2016'], lang: 'sv' }),
  it('facts', 'which day is the LG planning conference, I need to move my calendar', { as: S, expect: ['31 March'], lang: 'en' }),
);

function write(name, description, items) {
  const out = { description, defaultNow: NOW, items };
  fs.writeFileSync(path.join(__dirname, name), JSON.stringify(out, null, 2) + '\n');
}
write('pool-questions.json', 'Round 28 writer aj: questions about Verksamhetsplan 2011 (kommundirektör, reporter, secretariat voices)', Q);
write('pool-commands.json', 'Round 28 writer aj: change requests, confirmations, history, refusals and secretariat questions', C);

function stats(items) {
  const cat = {}, lang = {};
  for (const i of items) {
    cat[i.category] = (cat[i.category] || 0) + 1;
    const l = i.lang || (i.conversation && i.conversation[0].lang) || '?';
    lang[l] = (lang[l] || 0) + 1;
  }
  return { n: items.length, cat, lang };
}
console.log(JSON.stringify({ questions: stats(Q), commands: stats(C) }, null, 1));
