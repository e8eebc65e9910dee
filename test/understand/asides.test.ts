// A sentence beside a question that says what the asker is going to do ("Jag ska boka lokal.") is the asker's
// reason, not what is asked (bot/understand/understand.ts withoutAsides, the lexicon's asides): the question is
// answered, and a room or an invitation named there does not make it one the plan cannot answer.
import { readFileSync } from 'node:fs';
import { buildLexicon } from '../../bot/understand/lexicon.js';
import { withoutAsides } from '../../bot/understand/understand.js';
import { validateStore } from '../../bot/store/store.js';
import { SEED } from '../helpers/app.js';
import { createTestCore, LEXICON, type TestCore } from '../helpers/core.js';

const plan = validateStore(JSON.parse(readFileSync(SEED, 'utf8'))).plan;
const lexicon = buildLexicon(LEXICON, plan);

describe('an aside beside a question', () => {
  it('is left out where a question is left, before or after it', () => {
    expect(withoutAsides('Vilken tid brukar ledningsgruppen träffas? Jag ska boka lokal.', lexicon)).toBe('Vilken tid brukar ledningsgruppen träffas?');
    expect(withoutAsides('What time does the LG meet? I need to book a room.', lexicon)).toBe('What time does the LG meet?');
    expect(withoutAsides('Hej! Vi ska skicka ut kallelser. När är SK i september?', lexicon)).toBe('Hej! När är SK i september?');
    // A stop inside a time or a date ends no sentence.
    expect(withoutAsides('Börjar LG kl. 8.30 den 20/5? Jag ska boka lokal kl. 8.', lexicon)).toBe('Börjar LG kl. 8.30 den 20/5?');
    // Typed with a "?" of its own, or the question without one, it is still the asker's reason.
    expect(withoutAsides('Vilken tid brukar ledningsgruppen träffas? Jag ska boka lokal?', lexicon)).toBe('Vilken tid brukar ledningsgruppen träffas?');
    expect(withoutAsides('när träffas LG. jag ska boka lokal', lexicon)).toBe('när träffas LG.');
  });

  it('is kept where it is asked, or where nothing else is a question', () => {
    for (const text of [
      'Jag ska boka lokal till LG 20/5.',
      'När är LG? Jag behöver boka lokal, kan du göra det?',
      'What time is the LG? I need to book a room, could you?',
      'Kan du boka en lokal till LG-mötet 20/5?',
      'När är LG? Boka lokal.',
      'Vilken tid brukar ledningsgruppen träffas?',
    ]) expect(withoutAsides(text, lexicon)).toBe(text);
  });

  it('is left out written without its subject, as chat writes it, and after a comma or a dash of a question (round 24)', () => {
    expect(withoutAsides('vilken tid börjar LG-mötena, ska skicka ut kallelse', lexicon)).toBe('vilken tid börjar LG-mötena');
    expect(withoutAsides('när slutar LG 20/5, behöver veta för att beställa lunch', lexicon)).toBe('när slutar LG 20/5');
    expect(withoutAsides('vilken tid börjar SK-mötena? ska boka lokal', lexicon)).toBe('vilken tid börjar SK-mötena?');
    expect(withoutAsides('what time does the LG meeting on 9 September start? need to send out the invitations', lexicon)).toBe('what time does the LG meeting on 9 September start?');
    expect(withoutAsides('när är SK i juni – ska boka resa', lexicon)).toBe('när är SK i juni');
    // Asked with a "?" of its own, or after no question, it is kept.
    for (const text of ['när är LG 20/5, behöver jag boka lokal?', 'när är LG 20/5? behöver boka lokal?', 'SK 9/6, ska boka lokal', 'ska boka lokal till LG 20/5']) expect(withoutAsides(text, lexicon)).toBe(text);
  });

  describe('answered', () => {
    let bot: TestCore;
    beforeEach(async () => {
      bot = await createTestCore('2011-04-07T10:00:00+02:00');
    });
    afterEach(() => bot.cleanup());

    it('answers the question, and still says it cannot book where booking is asked', async () => {
      const time = await bot.ask('Vilken tid brukar ledningsgruppen träffas? Jag ska boka lokal.');
      expect(time.kind).not.toBe('notInPlan');
      expect(time.text).toMatch(/08\.30–13\.00/);
      const en = await bot.ask('What time does the management group usually meet? I need to book a room.');
      expect(en.kind).not.toBe('notInPlan');
      expect(en.text).toMatch(/08:30–13:00/);
      expect((await bot.ask('Kan du boka en lokal till LG-mötet 20/5?')).kind).toBe('notInPlan');
    });
  });
});
