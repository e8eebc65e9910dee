// Review round 32: the answers read the question as it was read once (Query.words), not its text folded again.
import { readFileSync } from 'node:fs';
import { answer } from '../../bot/answers/answer.js';
import { buildLexicon } from '../../bot/understand/lexicon.js';
import { understand } from '../../bot/understand/understand.js';
import { validateStore } from '../../bot/store/store.js';
import { SEED } from '../helpers/app.js';
import { LEXICON } from '../helpers/core.js';

const plan = validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
const lexicon = buildLexicon(LEXICON, plan);
const now = new Date('2011-04-07T10:00:00+02:00');
const replyTo = (text: string, emptied: boolean) => {
  const q = understand({ text, plan, lexicon, now });
  return answer({ q: emptied ? { ...q, text: '' } : q, plan, now, data: lexicon.data }).reply;
};

describe('the answers read the words the question was read as, not its text again', () => {
  it.each([
    ['a count of municipalities sharing a split (budget.ts countedMembers)', 'om avgifterna delas mellan fyra kommuner, hur mycket blir det per kommun?', /215 000/],
    ['members missing from a body (organisation.ts)', 'vilka kommuner saknas i miljöförbundet?', /Botkyrka/],
    ["a meeting's length with its day asked (meetings.ts)", 'vilken veckodag träffas LG och hur länge?', /fredagar 08\.30–13\.00/],
  ])('%s: the same reply with the text emptied', (_what, text, fact) => {
    const read = replyTo(text, false);
    expect(JSON.stringify(read)).toMatch(fact);
    expect(replyTo(text, true)).toEqual(read);
  });
});

describe("answer(): the lexicon's data is required", () => {
  it('does not take a question without the data (its stop words and who words), as no turn asks one', () => {
    const q = understand({ text: 'vad säger planen om upphandling?', plan, lexicon, now });
    // @ts-expect-error: the data is required (without it the plan's sentences were searched with no stop words).
    const call = () => answer({ q, plan, now });
    expect(typeof call).toBe('function');
    expect(answer({ q, plan, now, data: lexicon.data }).reply.lang).toBe('sv');
  });
});
