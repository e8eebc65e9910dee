// Round 16, writer y — persona: Haninge's kommunstyrelseordförande (SK member).
// Source: /work/shared/plan/verksamhetsplan-2011.txt only.
const fs = require('fs');
const path = require('path');
const DEF = '2011-04-07T10:00:00+02:00';
const NOT = ['notInPlan', 'cannot'];
const T12 = ['12.00', '12:00', '12'];
const T0830 = ['08.30', '8.30', '08:30', '8:30'];
const n = (s) => `${s}T09:00:00+01:00`;   // winter time helper
const s = (s) => `${s}T09:00:00+02:00`;   // summer time helper

const Q = [];
const add = (o) => Q.push(o);

// ---------------- rotation ----------------
add({ category: 'rotation', q: 'vem är värd för rådslaget 2013?', expect: ['Botkyrka'], lang: 'sv' });
add({ category: 'rotation', q: 'när är det haninges tur att ha rådslaget?', expect: ['2016'], lang: 'sv' });
add({ category: 'rotation', q: 'rådslaget nästa år, vem håller i det?', expect: ['Nynäshamn'], lang: 'sv' });
add({ category: 'rotation', q: 'vem är värd för rådslaget i år?', now: n('2012-01-10'), expect: ['Nynäshamn'], lang: 'sv' });
add({ category: 'rotation', q: 'jag ska träffa Botkyrkas ordförande imorgon och vill ha koll innan – vilket år är det Botkyrka som står värd för rådslaget?', expect: ['2013'], lang: 'sv' });
add({ category: 'rotation', q: 'vem tar rådslaget efter tyresö', expect: ['Södertälje'], lang: 'sv' });
add({ category: 'rotation', q: 'sista året i rådslagsrotationen, vilken kommun blir det?', expect: ['Huddinge', '2018'], lang: 'sv' });
add({ category: 'rotation', q: 'Which municipality hosts the Södertörn rådslag in 2017?', expect: ['Nykvarn'], lang: 'en' });
add({ category: 'rotation', q: "Who hosted this year's rådslag?", expect: ['Salem'], lang: 'en' });
add({ category: 'rotation', q: 'rådslag 2015?', locale: 'sv-SE', expect: ['Södertälje'], lang: 'sv' });
add({ category: 'rotation', q: 'vilka är värdar för rådslaget 2012, 2013 och 2014?', expect: ['Nynäshamn', 'Botkyrka', 'Tyresö'], lang: 'sv' });
add({ category: 'rotation', q: 'nästa år – vem har rådslaget då?', now: n('2011-12-14'), expect: ['Nynäshamn'], lang: 'sv' });
add({ category: 'rotation', q: 'kan du ge mig hela ordningen för rådslaget fram till 2018, vill ha den inför KS', expect: ['Salem', 'Nynäshamn', 'Botkyrka', 'Tyresö', 'Södertälje', 'Haninge', 'Nykvarn', 'Huddinge'], lang: 'sv' });
add({ category: 'rotation', q: 'Does Huddinge ever get to host the rådslag, and if so which year?', expect: ['2018'], lang: 'en' });
add({ category: 'rotation', q: 'vilken kommun har rådslaget året före oss i haninge?', expect: ['Södertälje'], lang: 'sv' });
add({ category: 'rotation', q: 'vem är värd för rådslaget nästa år?', now: s('2012-03-01'), expect: ['Botkyrka'], lang: 'sv' });

// ---------------- budget ----------------
add({ category: 'budget', q: 'om avgifterna delas lika mellan de åtta, hur mycket betalar varje kommun?', expect: ['107 500'], lang: 'sv' });
add({ category: 'budget', q: 'vad kostar personalen per månad ungefär?', expect: ['48 333'], lang: 'sv' });
add({ category: 'budget', q: 'How big is the total budget for 2011?', expect: ['860 000'], lang: 'en' });
add({ category: 'budget', q: 'hur stor andel av budgeten går till personal?', expectAny: [['67', '68']], lang: 'sv' });
add({ category: 'budget', q: 'hur mycket får huddinge i ersättning för kontorsservice och arbetsrum', expect: ['50 000'], lang: 'sv' });
add({ category: 'budget', q: 'skillnaden mellan personalkostnaden och utredningspotten?', expect: ['350 000'], lang: 'sv' });
add({ category: 'budget', q: 'vad blir kvar av intäkterna när personalen är betald?', expect: ['280 000'], lang: 'sv' });
add({ category: 'budget', q: 'budget per kvartal?', locale: 'sv-SE', expect: ['215 000'], lang: 'sv' });
add({ category: 'budget', q: "What's the biggest cost item in the budget?", expect: ['580 000'], lang: 'en' });
add({ category: 'budget', q: 'minsta kostnadsposten?', locale: 'sv-SE', expect: ['50 000'], expectAny: [['Huddinge', 'kontorsservice']], lang: 'sv' });
add({ category: 'budget', q: 'om vi delar utredningspengarna lika per kommun, vad blir det per kommun?', expect: ['28 750'], lang: 'sv' });
add({ category: 'budget', q: 'What percentage of the budget goes to studies and consultancy?', expectAny: [['26', '27']], lang: 'en' });
add({ category: 'budget', q: 'personal plus ersättningen till huddinge, vad blir det tillsammans', expect: ['630 000'], lang: 'sv' });
add({ category: 'budget', q: 'vad kostar kommittén per månad om man räknar hela budgeten?', expectAny: [['71 666', '71 667']], lang: 'sv' });
add({ category: 'budget', q: 'If the fees are split equally, what does each municipality pay per month?', expectAny: [['8 958']], lang: 'en' });
add({ category: 'budget', q: 'personalkostnad per kommun om vi delar lika?', expect: ['72 500'], lang: 'sv' });
add({ category: 'budget', q: 'how much is set aside for the office services compensation per month?', expectAny: [['4 166', '4 167']], lang: 'en' });

// ---------------- yesno ----------------
add({ category: 'yesno', q: 'är nästa SK-möte i Nykvarn?', startsWith: 'Ja', expect: ['14 april'], lang: 'sv' });
add({ category: 'yesno', q: 'Är Salem med i överförmyndarnämnden?', startsWith: 'Nej', lang: 'sv' });
add({ category: 'yesno', q: 'ingår Haninge i miljö- och hälsoskyddsförbundet?', startsWith: 'Ja', lang: 'sv' });
add({ category: 'yesno', q: 'Are the LG meetings held on Fridays?', startsWith: 'Yes', lang: 'en' });
add({ category: 'yesno', q: 'Does Huddinge provide the secretariat for the committee?', startsWith: 'Yes', lang: 'en' });
add({ category: 'yesno', q: 'Är det Nykvarn som har rådslaget 2016?', startsWith: 'Nej', expect: ['Haninge'], lang: 'sv' });
add({ category: 'yesno', q: 'är det SK-möte i morgon?', now: '2011-06-08T16:00:00+02:00', startsWith: 'Ja', expect: ['Salem'], lang: 'sv' });
add({ category: 'yesno', q: 'ligger nyckeltalsdagen på hösten?', startsWith: 'Ja', expect: ['6 oktober'], lang: 'sv' });
add({ category: 'yesno', q: 'Is KTH one of the participants in the rådslag?', startsWith: 'Yes', lang: 'en' });
add({ category: 'yesno', q: 'är Södertälje med i miljö- och hälsoskyddsförbundet?', startsWith: 'Nej', lang: 'sv' });
add({ category: 'yesno', q: 'har LG möte den här veckan?', now: s('2011-09-05'), startsWith: 'Ja', expect: ['9 september'], lang: 'sv' });
add({ category: 'yesno', q: 'Has the rådslag already taken place this year?', startsWith: 'Yes', expect: ['24 March'], lang: 'en' });
add({ category: 'yesno', q: 'Is the Södertörn conference a full-day event?', startsWith: 'Yes', lang: 'en' });
add({ category: 'yesno', q: 'blir det något SK-möte i augusti?', startsWith: 'Nej', lang: 'sv' });
add({ category: 'yesno', q: 'deltar kommundirektörerna på kommitténs möten?', startsWith: 'Ja', lang: 'sv' });
add({ category: 'yesno', q: 'kan fler kommuner gå med i miljöförbundet?', startsWith: 'Ja', lang: 'sv' });
add({ category: 'yesno', q: 'jag ska köra ut till Nynäshamn i morgon – börjar SK-mötet kl 12?', now: '2011-09-21T18:00:00+02:00', startsWith: 'Ja', lang: 'sv' });
add({ category: 'yesno', q: 'förra SK-mötet var i Tyresö va?', now: n('2011-12-09'), startsWith: 'Ja', expect: ['8 december'], lang: 'sv' });
add({ category: 'yesno', q: 'är det LG idag?', now: '2011-11-25T07:00:00+01:00', startsWith: 'Ja', expectAny: [T0830], lang: 'sv' });
add({ category: 'yesno', q: 'är det något möte alls i juli?', now: s('2011-07-15'), startsWith: 'Nej', lang: 'sv' });
add({ category: 'yesno', q: 'Is there a committee meeting next week?', now: n('2011-12-01'), startsWith: 'Yes', expect: ['8 December', 'Tyresö'], lang: 'en' });
add({ category: 'yesno', q: 'är det södertörnskonferensen idag?', now: '2011-09-01T08:00:00+02:00', startsWith: 'Ja', lang: 'sv' });

// ---------------- premise ----------------
add({ category: 'premise', q: 'hur kommer det sig att Huddinge har SK-mötet i juni?', expect: ['Salem'], lang: 'sv' });
add({ category: 'premise', q: 'när är rådslaget i Haninge i år?', expect: ['Salem', '24 mars'], lang: 'sv' });
add({ category: 'premise', q: 'Since Tyresö is hosting the key figures day in October, which date should I block in my calendar?', expect: ['Botkyrka', '6 October'], lang: 'en' });
add({ category: 'premise', q: 'LG-mötet torsdag 20 maj, börjar det kl 12?', expect: ['fredag'], expectAny: [T0830], lang: 'sv' });
add({ category: 'premise', q: 'när är Södertörnskonferensen i Salem?', expect: ['1 september', 'Huddinge', 'Tyresö'], lang: 'sv' });
add({ category: 'premise', q: 'av budgeten på en miljon, hur mycket går till personal?', expect: ['860 000', '580 000'], lang: 'sv' });
add({ category: 'premise', q: 'Why is Nynäshamn the host municipality for the joint guardianship board?', expect: ['Haninge'], lang: 'en' });
add({ category: 'premise', q: 'miljöförbundet startade ju 2011, vilka var med från början?', expect: ['2008', 'Haninge', 'Nynäshamn', 'Tyresö'], lang: 'sv' });
add({ category: 'premise', q: 'SK 3/11 hos Tyresö, vilken tid?', expect: ['Botkyrka'], expectAny: [T12], lang: 'sv' });
add({ category: 'premise', q: 'Who are the six municipalities in the överförmyndarnämnd?', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], expectAny: [['five', '5']], lang: 'en' });
add({ category: 'premise', q: 'vi är ju sju kommuner i SK – vilka är det?', expectAny: [['åtta', '8']], lang: 'sv' });

// ---------------- offplan ----------------
add({ category: 'offplan', q: 'kan du boka ett rum i Salem till 9/6?', kind: NOT, lang: 'sv' });
add({ category: 'offplan', q: 'vem är kommundirektör i Nykvarn?', kind: NOT, lang: 'sv' });
add({ category: 'offplan', q: 'vad kostar lunchen på nyckeltalsdagen?', kind: NOT, lang: 'sv' });
add({ category: 'offplan', q: 'Can you send the agenda for the 14 April meeting to my assistant?', kind: NOT, lang: 'en' });
add({ category: 'offplan', q: 'vilken adress är det till SK-mötet i Nynäshamn 22/9?', kind: NOT, lang: 'sv' });
add({ category: 'offplan', q: 'hur stor blir kommitténs budget 2012?', kind: NOT, lang: 'sv' });
add({ category: 'offplan', q: 'jag ska träffa Botkyrkas ordförande imorgon, vad heter hen nu igen?', kind: NOT, lang: 'sv' });
add({ category: 'offplan', q: "What's the weather forecast for Tyresö on 8 December?", kind: NOT, lang: 'en' });
add({ category: 'offplan', q: 'ring Södertäljes kansli och säg att jag blir sen', kind: NOT, lang: 'sv' });
add({ category: 'offplan', q: 'vad står på dagordningen för SK 22/9?', kind: NOT, lang: 'sv' });
add({ category: 'offplan', q: 'Which hotel should our visiting delegation book near Huddinge?', kind: NOT, lang: 'en' });

// ---------------- topic ----------------
add({ category: 'topic', q: 'när är samarbetskommitténs planeringskonferens?', expect: ['27', '28 januari'], expectNot: ['31 mars'], lang: 'sv' });
add({ category: 'topic', q: 'ledningsgruppens planeringskonferens, när var den?', expect: ['31 mars', '1 april'], expectNot: ['28 januari'], lang: 'sv' });
add({ category: 'topic', q: 'What does the 230 000 budget line cover?', expectAny: [['consult', 'konsult']], lang: 'en' });
add({ category: 'topic', q: 'vad ingår i ersättningen till huddinge?', expect: ['kontorsservice', 'arbetsrum'], lang: 'sv' });
add({ category: 'topic', q: 'vad är syftet med ledningsgruppen?', expect: ['förbereda', 'samordna'], lang: 'sv' });
add({ category: 'topic', q: 'syftet med verksamhetsfrågorna, alltså inte de regionala?', expect: ['effektivisera'], lang: 'sv' });
add({ category: 'topic', q: 'vilket styrdokument styr de regionala utvecklingsfrågorna?', expect: ['UtvecklingsProgram 2010'], lang: 'sv' });
add({ category: 'topic', q: 'vad är skillnaden mellan södertörnskonferensen och rådslaget när det gäller vilka som deltar?', expect: ['partier', 'Handelskammaren'], lang: 'sv' });
add({ category: 'topic', q: 'When is the Södertörn conference – the conference, not the rådslag?', expect: ['1 September'], expectNot: ['24 March'], lang: 'en' });
add({ category: 'topic', q: 'vilket förbund tar explosiva varor och vilket tar receptfria läkemedel?', expect: ['brandförsvarsförbund', 'miljö- och hälsoskyddsförbund'], lang: 'sv' });
add({ category: 'topic', q: 'styrdokument för verksamhetsfrågorna?', locale: 'sv-SE', expect: ['verksamhetsplan'], lang: 'sv' });

// ---------------- period ----------------
add({ category: 'period', q: 'vilka SK-möten har vi i höst?', expect: ['22 september', '3 november', '8 december'], expectNot: ['9 juni'], lang: 'sv' });
add({ category: 'period', q: 'vilka LG-möten är kvar före sommaren?', expect: ['20 maj'], expectNot: ['9 september'], lang: 'sv' });
add({ category: 'period', q: 'första SK-mötet efter sommaren, var är det?', expect: ['Nynäshamn', '22 september'], lang: 'sv' });
add({ category: 'period', q: 'sista LG-mötet för året?', expect: ['25 november'], lang: 'sv' });
add({ category: 'period', q: 'What are the committee meetings in the second half of 2011?', expect: ['22 September', '3 November', '8 December'], lang: 'en' });
add({ category: 'period', q: 'vad händer i oktober?', expect: ['6 oktober', '14 oktober'], lang: 'sv' });
add({ category: 'period', q: 'vilka heldagar har vi i höst?', expect: ['1 september', '6 oktober'], lang: 'sv' });
add({ category: 'period', q: 'vad är kvar i år för SK?', now: s('2011-06-20'), expect: ['22 september', '3 november', '8 december'], expectNot: ['9 juni'], lang: 'sv' });
add({ category: 'period', q: 'sista SK-mötet 2011, var?', expect: ['Tyresö', '8 december'], lang: 'sv' });
add({ category: 'period', q: "What's on in November?", expect: ['3 November', '25 November'], lang: 'en' });
add({ category: 'period', q: 'which LG meetings are left after the summer break?', expect: ['9 September', '14 October', '25 November'], lang: 'en' });

// ---------------- followup ----------------
add({ category: 'followup', conversation: [
  { q: 'när är nästa SK?', expect: ['14 april', 'Nykvarn'], lang: 'sv' },
  { q: 'och mötet efter det?', expect: ['9 juni', 'Salem'], lang: 'sv' },
  { q: 'vilken tid börjar det?', expectAny: [T12], lang: 'sv' } ] });
add({ category: 'followup', conversation: [
  { q: 'vem är värd för rådslaget 2014?', expect: ['Tyresö'], lang: 'sv' },
  { q: 'och året efter?', expect: ['Södertälje'], lang: 'sv' },
  { q: 'när är det vår tur i Haninge då?', expect: ['2016'], lang: 'sv' } ] });
add({ category: 'followup', conversation: [
  { q: 'vad är personalbudgeten?', expect: ['580 000'], lang: 'sv' },
  { q: 'och per månad?', expect: ['48 333'], lang: 'sv' },
  { q: 'hur stor del av hela budgeten är det?', expectAny: [['67', '68']], lang: 'sv' } ] });
add({ category: 'followup', conversation: [
  { q: 'Who sits on the committee?', expectAny: [['chair', 'ordförande']], lang: 'en' },
  { q: 'and how often do they meet?', expectAny: [['six', '6']], lang: 'en' },
  { q: 'who supports them with a secretariat?', expect: ['Huddinge'], lang: 'en' } ] });
add({ category: 'followup', now: s('2011-09-20'), conversation: [
  { q: 'när träffas SK nästa gång?', expect: ['22 september', 'Nynäshamn'], lang: 'sv' },
  { q: 'och LG?', expect: ['14 oktober'], lang: 'sv' } ] });
add({ category: 'followup', conversation: [
  { q: 'vilka kommuner ingår i överförmyndarnämnden?', expect: ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
  { q: 'vem är värdkommun?', expect: ['Haninge'], lang: 'sv' },
  { q: 'sedan när?', expectAny: [['1 januari 2011']], lang: 'sv' } ] });
add({ category: 'followup', conversation: [
  { q: 'miljö- och hälsoskyddsförbundet, vilka kommuner är med?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'], lang: 'sv' },
  { q: 'när drog det igång?', expect: ['2008'], lang: 'sv' },
  { q: 'och vilken ny uppgift har det fått på sistone?', expect: ['läkemedel'], lang: 'sv' } ] });
add({ category: 'followup', now: n('2011-12-05'), conversation: [
  { q: 'vad har vi för möten den här veckan?', expect: ['8 december', 'Tyresö'], lang: 'sv' },
  { q: 'och nästa SK efter det?', expect: ['Södertälje'], expectAny: [['januari', 'jan']], lang: 'sv' } ] });
add({ category: 'followup', conversation: [
  { q: 'When is the key figures day?', expect: ['6 October'], lang: 'en' },
  { q: 'where?', expect: ['Botkyrka'], lang: 'en' },
  { q: 'is it a full day?', startsWith: 'Yes', lang: 'en' } ] });
add({ category: 'followup', conversation: [
  { q: 'vad säger visionen?', expect: ['2025', 'halv miljon'], lang: 'sv' },
  { q: 'hur många invånare har vi idag då?', expect: ['430 000'], lang: 'sv' } ] });
add({ category: 'followup', conversation: [
  { q: 'vilka målområden finns i utvecklingsprogrammet?', expect: ['Klimat', 'Infrastruktur', 'Mångfald', 'Högskola'], lang: 'sv' },
  { q: 'och hur många konkreta utvecklingsfrågor hör till dem?', expectAny: [['fem', '5']], lang: 'sv' } ] });
add({ category: 'followup', now: n('2012-02-15'), conversation: [
  { q: 'förra SK-mötet, var var det?', expect: ['Södertälje'], lang: 'sv' },
  { q: 'och nästa?', expect: ['Huddinge'], expectAny: [['april', 'apr']], lang: 'sv' } ] });
add({ category: 'followup', conversation: [
  { q: 'när är Södertörnskonferensen?', expect: ['1 september'], lang: 'sv' },
  { q: 'vem arrangerar den?', expect: ['Huddinge', 'Tyresö'], lang: 'sv' },
  { q: 'vilka bjuds in?', expectAny: [['partier']], lang: 'sv' } ] });
add({ category: 'followup', conversation: [
  { q: 'We have a delegation visiting from Tallinn – which joint bodies do the Södertörn municipalities run together?', expectAny: [['överförmyndar', 'guardian']], lang: 'en' },
  { q: 'and which municipalities are in the environmental one?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'], lang: 'en' },
  { q: 'when did it start?', expect: ['2008'], lang: 'en' } ] });

// ---------------- typo ----------------
add({ category: 'typo', q: 'när är ledingsgruppen i maj', expect: ['20 maj'], lang: 'sv' });
add({ category: 'typo', q: 'SK-mötet i noveber var?', expect: ['Botkyrka', '3 november'], lang: 'sv' });
add({ category: 'typo', q: 'rådslgaet 2013 värd', expect: ['Botkyrka'], lang: 'sv' });
add({ category: 'typo', q: 'överförmyndarnämden värdkommun?', expect: ['Haninge'], lang: 'sv' });
add({ category: 'typo', q: 'nyckeltasldagen när', expect: ['6 oktober'], lang: 'sv' });
add({ category: 'typo', q: 'persnalkostnad per kommun?', expect: ['72 500'], lang: 'sv' });
add({ category: 'typo', q: 'samarbetskomitens möten vilken tid', expectAny: [T12, ['15.00', '15:00', '15']], lang: 'sv' });
add({ category: 'typo', q: 'Whne is teh next LG meeting?', expect: ['20 May'], lang: 'en' });
add({ category: 'typo', q: 'södertörnskonfernsen plats', expect: ['Huddinge', 'Tyresö'], lang: 'sv' });
add({ category: 'typo', q: 'miljö- och hälsoskydsförbundet startade vilket år', expect: ['2008'], lang: 'sv' });
add({ category: 'typo', q: 'visonen för 2025?', expect: ['halv miljon'], lang: 'sv' });
add({ category: 'typo', q: 'utredingar och konsulstöd budget', expect: ['230 000'], lang: 'sv' });

// ---------------- language ----------------
add({ category: 'language', q: 'SK 3/11 värd?', locale: 'en-GB', expect: ['Botkyrka'], lang: 'en' });
add({ category: 'language', q: 'kostnader?', locale: 'en-GB', expect: ['580 000', '50 000', '230 000'], lang: 'en' });
add({ category: 'language', q: 'rådslag 2016?', locale: 'sv-SE', expect: ['Haninge'], lang: 'sv' });
add({ category: 'language', q: 'LG 14/10?', locale: 'en-GB', expect: ['14 October'], expectAny: [T0830], lang: 'en' });
add({ category: 'language', q: 'Hej! We have a delegation from Tallinn here today – could you explain in English what the Södertörn cooperation is for?', expectAny: [['regional development', 'regional']], lang: 'en' });
add({ category: 'language', q: 'nyckeltal 2011?', locale: 'en-GB', expect: ['6 October', 'Botkyrka'], lang: 'en' });
add({ category: 'language', q: 'vision 2025?', locale: 'en-GB', expectAny: [['half a million', '500 000']], lang: 'en' });
add({ category: 'language', q: 'ÖFN?', locale: 'en-GB', expect: ['Haninge'], lang: 'en' });

// ---------------- facts (whole plan) ----------------
add({ category: 'facts', q: 'hur många invånare har södertörn?', expect: ['430 000'], lang: 'sv' });
add({ category: 'facts', q: 'vilka företag lyfts fram som exempel i inledningen?', expect: ['Scania', 'Astra Zeneca'], lang: 'sv' });
add({ category: 'facts', q: 'Which universities are mentioned in the plan?', expect: ['Södertörn', 'KTH', 'Karolinska'], lang: 'en' });
add({ category: 'facts', q: 'vilka infrastruktursatsningar har vi drivit gemensamt? behöver det till ett tal', expect: ['väg 73', 'Nynäsbanan', 'Södertörnsleden', 'E4'], lang: 'sv' });
add({ category: 'facts', q: 'inom vilka områden har kommunerna samarbetat traditionellt?', expect: ['gymnasie', 'räddningstjänst', 'återvinning'], lang: 'sv' });
add({ category: 'facts', q: 'What are the key regional development issues in Södertörns UtvecklingsProgram 2010?', expectAny: [['education']], lang: 'en' });
add({ category: 'facts', q: 'hur beskriver planen Stockholm?', expect: ['Capital of Scandinavia'], lang: 'sv' });
add({ category: 'facts', q: 'vad är syftet med vår samverkan egentligen?', expectAny: [['regionala utvecklingen', 'regional']], lang: 'sv' });
add({ category: 'facts', q: 'vilka förhållningssätt ska prägla samverkan?', expect: ['gemensamma nyttan', 'ge och få'], lang: 'sv' });
add({ category: 'facts', q: 'What principles should characterise the cooperation?', expectAny: [['democra']], lang: 'en' });
add({ category: 'facts', q: 'What does the 2025 vision say about population?', expectAny: [['half a million', '500 000']], lang: 'en' });
add({ category: 'facts', q: 'vilka två huvudområden bedrivs samverkan inom?', expect: ['regionala utvecklingsfrågor', 'verksamhetsfrågor'], lang: 'sv' });
add({ category: 'facts', q: 'i vilka regionala organ samordnar vi våra insatser?', expect: ['KSL', 'Stockholms Business Alliance', 'Mälardalsrådet'], lang: 'sv' });
add({ category: 'facts', q: 'vad innebär omvärldsbevakningen enligt planen?', expect: ['kontaktnät'], lang: 'sv' });
add({ category: 'facts', q: 'hur ska vi sköta ägarstyrningen av de gemensamma organisationerna?', expect: ['ägardialog'], lang: 'sv' });
add({ category: 'facts', q: 'vad säger planen om gemensam upphandling?', expectAny: [['fler varor', 'offentlig upphandling']], lang: 'sv' });
add({ category: 'facts', q: 'What is driving the joint procurement work?', expectAny: [['procurement']], lang: 'en' });
add({ category: 'facts', q: 'When did the joint guardianship board start?', expect: ['1 January 2011'], lang: 'en' });
add({ category: 'facts', q: 'vilka kommuner bildade miljö- och hälsoskyddsförbundet?', expect: ['Haninge', 'Nynäshamn', 'Tyresö'], lang: 'sv' });
add({ category: 'facts', q: 'vem sköter kontrollen av receptfria läkemedel för oss i Haninge?', expect: ['miljö- och hälsoskyddsförbund'], lang: 'sv' });
add({ category: 'facts', q: 'explosiva varor – vart har de frågorna lagts?', expect: ['brandförsvarsförbund'], lang: 'sv' });
add({ category: 'facts', q: 'ska vi lägga mest tid på regionala frågor eller verksamhetsfrågor i år?', expect: ['regionala'], lang: 'sv' });
add({ category: 'facts', q: 'när fastställdes utvecklingsprogrammet?', expect: ['2010'], expectAny: [['hösten', 'höst']], lang: 'sv' });
add({ category: 'facts', q: 'vilka sitter i samarbetskommittén?', expect: ['kommunstyrelseordförande'], lang: 'sv' });
add({ category: 'facts', q: 'hur ofta ska SK träffas minst?', expectAny: [['sex', '6']], lang: 'sv' });
add({ category: 'facts', q: 'vem står för sekretariatet?', expect: ['Huddinge'], lang: 'sv' });
add({ category: 'facts', q: 'vilka ingår i LG?', expect: ['kommundirektör'], lang: 'sv' });
add({ category: 'facts', q: 'vilka deltar i södertörnskonferensen?', expect: ['partier'], expectAny: [['tjänstemän']], lang: 'sv' });
add({ category: 'facts', q: 'Apart from the eight municipalities, which organisations take part in the rådslag?', expect: ['KTH', 'Karolinska'], expectAny: [['Handelskammaren', 'Chamber of Commerce']], lang: 'en' });
add({ category: 'facts', q: 'vad är egentligen poängen med rådslaget?', expectAny: [['frågeställningar', 'Södertörns utveckling']], lang: 'sv' });
add({ category: 'facts', q: 'nyckeltalsarbetet, vad är det för något?', expect: ['uppföljning'], lang: 'sv' });
add({ category: 'facts', q: 'vilken tid och veckodag har SK sina möten?', expect: ['torsdag'], expectAny: [T12, ['15.00', '15:00']], lang: 'sv' });
add({ category: 'facts', q: 'What time do LG meetings start and finish?', expectAny: [T0830, ['13.00', '13:00', '1 pm', '1pm']], lang: 'en' });
add({ category: 'facts', q: 'Where is the committee meeting on 8 December?', expect: ['Tyresö'], lang: 'en' });
add({ category: 'facts', q: 'när är SK i Nynäshamn?', expect: ['22 september'], lang: 'sv' });
add({ category: 'facts', q: 'var är SK i april?', expect: ['Nykvarn'], lang: 'sv' });
add({ category: 'facts', q: 'vilka frågor ska kommittén driva?', expectAny: [['gagna', 'gynna']], lang: 'sv' });
add({ category: 'facts', q: 'vilka fyra målområden har utvecklingsprogrammet?', expect: ['Näringsliv', 'Mångfald', 'Klimat', 'Infrastruktur'], lang: 'sv' });
// facts that depend on "now"
add({ category: 'facts', q: 'i morgon SK – var är vi?', now: '2011-04-13T15:00:00+02:00', expect: ['Nykvarn'], lang: 'sv' });
add({ category: 'facts', q: 'How long until the next committee meeting?', expectAny: [['7 days', 'seven days', 'one week', 'a week']], expect: ['14 April'], lang: 'en' });
add({ category: 'facts', q: 'hur länge är det kvar till SK-mötet i Nynäshamn?', now: s('2011-08-15'), expect: ['22 september'], expectAny: [['38', '5 veckor']], lang: 'sv' });
add({ category: 'facts', q: 'hur många dagar är det kvar till rådslaget?', now: n('2011-02-10'), expect: ['42', 'Salem'], lang: 'sv' });
add({ category: 'facts', q: 'när är SK i april nästa år och vem är värd?', now: n('2011-11-15'), expect: ['Huddinge'], lang: 'sv' });
add({ category: 'facts', q: 'Next SK meeting?', now: n('2011-11-28'), expect: ['8 December', 'Tyresö'], lang: 'en' });
add({ category: 'facts', q: 'vad händer den här veckan?', now: s('2011-10-03'), expect: ['6 oktober', 'Botkyrka'], lang: 'sv' });
add({ category: 'facts', q: 'förra SK-mötet – var höll vi till?', now: n('2011-11-04'), expect: ['Botkyrka'], lang: 'sv' });
add({ category: 'facts', q: 'LG i morgon, vilken tid börjar de?', now: '2011-05-19T17:00:00+02:00', expectAny: [T0830], lang: 'sv' });
add({ category: 'facts', q: 'förra mötet i SK, var var det?', now: s('2011-06-10'), expect: ['Salem'], lang: 'sv' });
add({ category: 'facts', q: 'How many committee meetings are left this year?', now: s('2011-06-10'), expectAny: [['3', 'three']], expect: ['22 September'], lang: 'en' });
add({ category: 'facts', q: 'när är nästa SK-möte och var?', now: n('2011-02-15'), expect: ['14 april', 'Nykvarn'], lang: 'sv' });
add({ category: 'facts', q: 'rådslaget i år – när och var?', now: n('2011-02-15'), expect: ['24 mars', 'Salem'], lang: 'sv' });
add({ category: 'facts', q: 'nästa LG?', now: s('2011-05-25'), expect: ['9 september'], expectNot: ['20 maj'], lang: 'sv' });
add({ category: 'facts', q: 'i morgon SK – vilken tid börjar vi?', now: '2011-06-08T14:00:00+02:00', expectAny: [T12], expect: ['Salem'], lang: 'sv' });
add({ category: 'facts', q: 'vad händer i veckan?', now: s('2011-08-29'), expect: ['1 september'], lang: 'sv' });
add({ category: 'facts', q: 'How many LG meetings are left this year?', now: s('2011-10-20'), expect: ['25 November'], lang: 'en' });
add({ category: 'facts', q: 'förra LG-mötet, när var det?', now: s('2011-09-10'), expect: ['9 september'], lang: 'sv' });
add({ category: 'facts', q: "What's the next committee meeting after yesterday's?", now: s('2011-09-23'), expect: ['3 November', 'Botkyrka'], lang: 'en' });
add({ category: 'facts', q: 'LG i morgon? vilken tid?', now: n('2011-01-20'), expect: ['21 januari'], expectAny: [T0830], lang: 'sv' });
add({ category: 'facts', q: 'hur många SK-möten är det kvar i år?', expect: ['14 april'], expectAny: [['5', 'fem']], lang: 'sv' });
add({ category: 'facts', q: 'vilka möten har vi den här veckan?', now: s('2011-04-11'), expect: ['14 april', 'Nykvarn'], lang: 'sv' });
add({ category: 'facts', q: 'hur långt är det till nyckeltalsdagen?', expect: ['6 oktober'], expectAny: [['182', '26 veckor']], lang: 'sv' });
add({ category: 'facts', q: 'när är första SK-mötet i år?', now: n('2012-01-05'), expect: ['Södertälje'], lang: 'sv' });
add({ category: 'facts', q: 'vem är värd för SK-mötet den här veckan?', now: n('2011-11-01'), expect: ['Botkyrka'], lang: 'sv' });

// trimmed to keep the pool near 150-170 items (duplicates of other items)
const DROP = new Set([
  'vem tar rådslaget efter tyresö', 'vilka är värdar för rådslaget 2012, 2013 och 2014?',
  'personalkostnad per kommun om vi delar lika?', 'kan fler kommuner gå med i miljöförbundet?',
  'deltar kommundirektörerna på kommitténs möten?', 'är Södertälje med i miljö- och hälsoskyddsförbundet?',
  'blir det något SK-möte i augusti?', 'vilken adress är det till SK-mötet i Nynäshamn 22/9?',
  'sista SK-mötet 2011, var?', 'visonen för 2025?', 'vilka kommuner bildade miljö- och hälsoskyddsförbundet?',
  'vilka fyra målområden har utvecklingsprogrammet?', 'hur många invånare har södertörn?', 'vem står för sekretariatet?',
  'när är SK i Nynäshamn?', 'var är SK i april?', 'förra mötet i SK, var var det?', 'i morgon SK – vilken tid börjar vi?',
  'LG i morgon, vilken tid börjar de?', 'vilka deltar i södertörnskonferensen?',
  'hur mycket får huddinge i ersättning för kontorsservice och arbetsrum', 'ligger nyckeltalsdagen på hösten?',
  'explosiva varor – vart har de frågorna lagts?', 'i morgon SK – var är vi?',
  'rådslaget nästa år, vem håller i det?', 'vem är värd för rådslaget 2013?', 'vad kostar personalen per månad ungefär?',
]);
const qs = Q.map((it) => it.q || it.conversation[0].q);
for (const d of DROP) if (!qs.includes(d)) throw new Error('drop not found: ' + d);
for (let i = Q.length - 1; i >= 0; i--) if (DROP.has(Q[i].q)) Q.splice(i, 1);
// the chair asks these at different moments of the year (answers do not change with the date)
const WHEN = {
  'när är det haninges tur att ha rådslaget?': n('2012-02-01'),
  'jag ska träffa Botkyrkas ordförande imorgon och vill ha koll innan – vilket år är det Botkyrka som står värd för rådslaget?': s('2011-09-14'),
  'sista året i rådslagsrotationen, vilken kommun blir det?': n('2011-12-01'),
  'Which municipality hosts the Södertörn rådslag in 2017?': s('2011-10-12'),
  'kan du ge mig hela ordningen för rådslaget fram till 2018, vill ha den inför KS': n('2011-02-20'),
  'om avgifterna delas lika mellan de åtta, hur mycket betalar varje kommun?': n('2011-12-12'),
  'hur stor andel av budgeten går till personal?': s('2011-06-15'),
  'What percentage of the budget goes to studies and consultancy?': s('2011-09-28'),
  'Är det Nykvarn som har rådslaget 2016?': n('2012-01-20'),
  'hur kommer det sig att Huddinge har SK-mötet i juni?': s('2011-05-30'),
  'Why is Nynäshamn the host municipality for the joint guardianship board?': s('2011-10-05'),
  'av budgeten på en miljon, hur mycket går till personal?': n('2011-02-25'),
  'när är rådslaget i Haninge i år?': n('2011-02-20'),
  'kan du boka ett rum i Salem till 9/6?': s('2011-05-16'),
  'vad står på dagordningen för SK 22/9?': s('2011-09-12'),
  'vilka förhållningssätt ska prägla samverkan?': n('2012-01-25'),
  'vad säger visionen?': s('2011-09-14'),
  'We have a delegation visiting from Tallinn – which joint bodies do the Södertörn municipalities run together?': s('2011-10-18'),
  'Hej! We have a delegation from Tallinn here today – could you explain in English what the Södertörn cooperation is for?': s('2011-06-15'),
  'ska vi lägga mest tid på regionala frågor eller verksamhetsfrågor i år?': n('2011-02-20'),
  'vilka frågor ska kommittén driva?': s('2011-08-22'),
  'vilka sitter i samarbetskommittén?': n('2011-12-12'),
  'ledningsgruppens planeringskonferens, när var den?': s('2011-05-02'),
};
for (const it of Q) { const k = it.q || it.conversation[0].q; if (WHEN[k]) { if (it.now) throw new Error('now twice ' + k); it.now = WHEN[k]; delete WHEN[k]; } }
if (Object.keys(WHEN).length) throw new Error('WHEN not found: ' + Object.keys(WHEN));

// ---------------- change requests ----------------
const C = [];
const c = (o) => C.push(o);
const SEC = 'secretariat', MEM = 'member';
const REF = [['sekretariat', 'secretariat']];
// move
c({ category: 'move', as: SEC, q: 'flytta SK-mötet 22/9 till 29/9', kind: 'confirm', expect: ['29 september'], lang: 'sv' });
c({ category: 'move', as: SEC, q: 'LG 20/5 behöver flyttas till fredag 27/5', kind: 'confirm', expect: ['27 maj'], lang: 'sv' });
c({ category: 'move', as: SEC, q: 'move the LG meeting on 14 October to 21 October', kind: 'confirm', expect: ['21 October'], lang: 'en' });
c({ category: 'move', as: SEC, q: 'kan du lägga nyckeltalsdagen den 13 oktober istället?', kind: 'confirm', expect: ['13 oktober'], lang: 'sv' });
c({ category: 'move', as: SEC, q: 'södertörnskonferensen flyttas till 8 sep', kind: 'confirm', expect: ['8 september'], lang: 'sv' });
// host
c({ category: 'host', as: SEC, q: 'SK 3/11 blir hos Huddinge i stället för Botkyrka', kind: 'confirm', expect: ['Huddinge'], lang: 'sv' });
c({ category: 'host', as: SEC, q: 'ändra värd för SK-mötet 8/12 till Haninge', kind: 'confirm', expect: ['Haninge'], lang: 'sv' });
c({ category: 'host', as: SEC, q: 'change the host of the 9 June committee meeting to Södertälje', kind: 'confirm', expect: ['Södertälje'], lang: 'en' });
// cancel
c({ category: 'cancel', as: SEC, q: 'ställ in LG 25/11', kind: 'confirm', expect: ['25 november'], lang: 'sv' });
c({ category: 'cancel', as: SEC, q: 'SK-mötet i december utgår, kan du stryka det', kind: 'confirm', expect: ['8 december'], lang: 'sv' });
c({ category: 'cancel', as: SEC, q: 'cancel the LG meeting on 9 September', kind: 'confirm', expect: ['9 September'], lang: 'en' });
// add
c({ category: 'add', as: SEC, q: 'lägg in ett extra SK-möte torsdag 18 augusti kl 12, Huddinge värd', kind: 'confirm', expect: ['18 augusti'], lang: 'sv' });
c({ category: 'add', as: SEC, q: 'nytt LG-möte fredag 16 december', kind: 'confirm', expect: ['16 december'], lang: 'sv' });
c({ category: 'add', as: SEC, q: 'add an extra LG meeting on Friday 17 June', kind: 'confirm', expect: ['17 June'], lang: 'en' });
// budget lines
c({ category: 'budgetline', as: SEC, q: 'höj utredningar och konsultstöd till 250 000', kind: 'confirm', expect: ['250 000'], lang: 'sv' });
c({ category: 'budgetline', as: SEC, q: 'personalposten ska vara 600 000 kr', kind: 'confirm', expect: ['600 000'], lang: 'sv' });
c({ category: 'budgetline', as: SEC, q: 'set the compensation to Huddinge for office services to 60 000', kind: 'confirm', expect: ['60 000'], lang: 'en' });
// rotation host
c({ category: 'rotationhost', as: SEC, q: 'byt värd för rådslaget 2015 till Salem', kind: 'confirm', expect: ['Salem', '2015'], lang: 'sv' });
c({ category: 'rotationhost', as: SEC, q: 'rådslaget 2013 tas av Huddinge i stället', kind: 'confirm', expect: ['Huddinge'], lang: 'sv' });
c({ category: 'rotationhost', as: SEC, q: 'The 2017 rådslag should be hosted by Tyresö instead', kind: 'confirm', expect: ['Tyresö'], lang: 'en' });
// history
c({ category: 'history', as: SEC, q: 'visa ändringar', kind: 'history', lang: 'sv' });
c({ category: 'history', as: SEC, q: 'what has changed in the plan so far?', kind: 'history', lang: 'en' });
c({ category: 'history', as: SEC, q: 'vilka ändringar har gjorts hittills?', kind: 'history', lang: 'sv' });
// missing info
c({ category: 'missing', as: SEC, q: 'flytta LG-mötet', kind: 'clarify', lang: 'sv' });
c({ category: 'missing', as: SEC, q: 'ändra budgeten för personal', kind: 'clarify', lang: 'sv' });
c({ category: 'missing', as: SEC, q: 'ställ in mötet', kind: 'clarify', lang: 'sv' });
c({ category: 'missing', as: SEC, q: 'move the committee meeting to 29 September', kind: 'clarify', lang: 'en' });
c({ category: 'missing', as: SEC, q: 'byt värd för rådslaget till Haninge', kind: 'clarify', lang: 'sv' });
// confirm conversations
c({ category: 'confirm', as: SEC, conversation: [
  { q: 'flytta SK 14/4 till 28/4', as: SEC, kind: 'confirm', expect: ['28 april'], lang: 'sv' },
  { q: 'ja', as: SEC, kind: 'confirmed', lang: 'sv' } ] });
c({ category: 'confirm', as: SEC, conversation: [
  { q: 'ändra utredningar, konsultstöd till 200 000', as: SEC, kind: 'confirm', expect: ['200 000'], lang: 'sv' },
  { q: 'avbryt', as: SEC, kind: 'cancelled', lang: 'sv' } ] });
c({ category: 'confirm', as: SEC, conversation: [
  { q: 'cancel LG 20 May', as: SEC, kind: 'confirm', expect: ['20 May'], lang: 'en' },
  { q: 'yes', as: SEC, kind: 'confirmed', lang: 'en' },
  { q: 'what has changed?', as: SEC, kind: 'history', lang: 'en' } ] });
c({ category: 'confirm', as: SEC, conversation: [
  { q: 'ny värd för SK 22/9: Salem', as: SEC, kind: 'confirm', expect: ['Salem'], lang: 'sv' },
  { q: 'nej', as: SEC, kind: 'cancelled', lang: 'sv' } ] });
c({ category: 'confirm', as: SEC, conversation: [
  { q: 'lägg till LG-möte fredag 2 december', as: SEC, kind: 'confirm', expect: ['2 december'], lang: 'sv' },
  { q: 'ok kör', as: SEC, kind: 'confirmed', lang: 'sv' },
  { q: 'visa ändringar', as: SEC, kind: 'history', lang: 'sv' } ] });
// members: refused
c({ category: 'refused', as: MEM, q: 'flytta SK 22/9 till 29/9, jag kan inte den dagen', kind: 'refused', expectAny: REF, lang: 'sv' });
c({ category: 'refused', as: MEM, q: 'ändra värd för rådslaget 2016 till Nykvarn, vi i Haninge har fullt upp det året', kind: 'refused', expectAny: REF, lang: 'sv' });
c({ category: 'refused', as: MEM, q: 'höj utredningsbudgeten till 300 000', kind: 'refused', expectAny: REF, lang: 'sv' });
c({ category: 'refused', as: MEM, q: 'ställ in SK-mötet 8/12', kind: 'refused', expectAny: REF, lang: 'sv' });
c({ category: 'refused', as: MEM, q: 'please add a committee meeting on Thursday 18 August', kind: 'refused', expectAny: REF, lang: 'en' });
c({ category: 'refused', as: MEM, q: 'lägg Haninge som värd för SK 3/11 istället', kind: 'refused', expectAny: REF, lang: 'sv' });
// secretariat questions that look like commands
c({ category: 'facts', as: SEC, q: 'när är LG i maj?', expect: ['20 maj'], lang: 'sv' });
c({ category: 'facts', as: SEC, q: 'vem är värd för SK 3/11?', expect: ['Botkyrka'], lang: 'sv' });
c({ category: 'budget', as: SEC, q: 'vad ligger personalposten på?', expect: ['580 000'], lang: 'sv' });
c({ category: 'period', as: SEC, q: 'which LG meetings are there after the summer?', expect: ['9 September', '14 October', '25 November'], lang: 'en' });
c({ category: 'rotation', as: SEC, q: 'rådslaget 2014 – vem har det?', expect: ['Tyresö'], lang: 'sv' });

const dir = __dirname;
fs.writeFileSync(path.join(dir, 'pool-questions.json'), JSON.stringify({
  description: 'Round 16 writer y: questions from Haninge\'s kommunstyrelseordförande (SK member) preparing across the year; source verksamhetsplan-2011.txt',
  defaultNow: DEF, items: Q }, null, 2));
fs.writeFileSync(path.join(dir, 'pool-commands.json'), JSON.stringify({
  description: 'Round 16 writer y: change requests (secretariat colleague) and refused member requests; source verksamhetsplan-2011.txt',
  defaultNow: DEF, items: C }, null, 2));
console.log('questions', Q.length, 'commands', C.length);
