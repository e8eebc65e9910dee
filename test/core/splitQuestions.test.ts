// Two questions in one message: where the core splits a message (bot/core/bot.ts splitQuestions).
import { splitQuestions as splitWith } from '../../bot/core/bot.js';
import { LEXICON } from '../helpers/core.js';

// The lexicon's words of a split (exactWords), as the core passes them.
const splitQuestions = (text: string, namedFirst?: (part: string) => boolean) => splitWith(text, LEXICON.exactWords!, namedFirst);

it('splits where "och"/"and" opens a question word, or at a question mark inside the message', () => {
  expect(splitQuestions('när är rådslaget och vem är värd')).toEqual(['när är rådslaget', 'vem är värd']);
  expect(splitQuestions('hur ofta träffas SK, och vilken veckodag')).toEqual(['hur ofta träffas SK', 'vilken veckodag']);
  expect(splitQuestions('nästa LG? och nästa SK?')).toEqual(['nästa LG?', 'och nästa SK?']);
  expect(splitQuestions('when is nyckeltal and who hosts it')).toEqual(['when is nyckeltal', 'who hosts it']);
});

it('splits a statement that opens with a name from the question after its comma; a condition stays one question', () => {
  const named = (part: string) => /^(rådslaget|Tyresö|SK)(?= )/.test(part);
  expect(splitQuestions('rådslaget var i Salem i år, vem har det nästa år?', named)).toEqual(['rådslaget var i Salem i år', 'vem har det nästa år?']);
  expect(splitQuestions('Tyresö har ju rådslaget 2014, vem är värd året efter?', named)).toEqual(['Tyresö har ju rådslaget 2014', 'vem är värd året efter?']);
  expect(splitQuestions('Om personalen höjs till 600 000, hur mycket blir kvar?', named)).toBeUndefined();
  expect(splitQuestions('rådslaget var i Salem i år, vem har det nästa år?')).toBeUndefined();
  expect(splitQuestions('SK i juni, är det i Salem?', named)).toBeUndefined();
});

it('leaves one question whole: "och" between names or lines, a question mark at the end, a one-word first part', () => {
  expect(splitQuestions('vad kostar personal och utredningar tillsammans')).toBeUndefined();
  expect(splitQuestions('vem är värd för rådslaget 2013 och 2014')).toBeUndefined();
  expect(splitQuestions('radslag 2015?')).toBeUndefined();
  expect(splitQuestions('when and where is the rådslag')).toBeUndefined();
});

it('reads a long run of words once (a message may be 1000 characters): the same answer for any length', () => {
  expect(splitQuestions('a '.repeat(499))).toBeUndefined();
  expect(splitQuestions(`${'x och '.repeat(160)}vem`)?.[1]).toBe('vem');
});

it('leaves one question whole where "och hur mycket" asks by how much, or a two-word question part shares the subject after it', () => {
  expect(splitQuestions('vilka möten är längst, SK:s eller LG:s, och hur mycket längre?')).toBeUndefined();
  expect(splitQuestions('which is bigger, staff or the studies, and how much more?')).toBeUndefined();
  expect(splitQuestions('vilken dag och hur länge träffas LG?')).toBeUndefined();
  expect(splitQuestions('how long and what weekday does the committee meet?')).toBeUndefined();
  // "hur mycket" with words of its own is a question of its own.
  expect(splitQuestions('när är rådslaget och hur mycket kostar det?')).toEqual(['när är rådslaget', 'hur mycket kostar det?']);
});
