// Follow-ups about the body just talked about: who takes part in it, and what it does.
import { freshCoreEach } from '../helpers/core.js';

describe('follow-ups about a body', () => {
  const bot = freshCoreEach();

  it("answers 'vilka är med?' after a body with that body's participants, not the last answer's year", async () => {
    await bot.ask('rådslaget i år?');
    const a = await bot.ask('vilka är med?');
    expect(a.kind).toBe('members');
    expect(a.text).toContain('Handelskammaren');
    const en = await bot.ask('when is the next LG meeting?', 'en-conv');
    expect(en.text).toContain('20 May');
    expect((await bot.ask('who takes part in it?', 'en-conv')).text).toMatch(/Kommundirektörerna|municipal (chief executives|directors)/i);
  });

  it("reads 'who attends?' after a body as who takes part in it, and alone as attendance the plan does not hold", async () => {
    await bot.ask('tell me about the regional conference', 'c-attend');
    expect((await bot.ask('who attends?', 'c-attend')).text).toContain('politiska partierna');
    expect((await bot.ask('who attends?', 'c-alone')).kind).toBe('notInPlan');
  });

  it('keeps the cooperation\'s municipalities where no body came before', async () => {
    const a = await bot.ask('vilka är med?', 'fresh');
    expect(a.text).toContain('Södertörns 8 kommuner');
  });

  it('reads a longer question that points back with a pronoun as a follow-up, and puts the tasks asked for first', async () => {
    await bot.ask('miljöförbundet, vilka kommuner?');
    const a = await bot.ask('vad har de fått för ny uppgift?');
    expect(a.kind).toBe('bodyInfo');
    expect(a.text.split('\n')[0]).toContain('läkemedel');
  });

  it("keeps the meeting just answered through 'what time does it start?', so 'and the one after that?' is the next one", async () => {
    await bot.ask('when is the next LG meeting?', 'c-time');
    const time = await bot.ask('what time does it start?', 'c-time');
    expect(time.text.split('\n')[0]).toContain('20 May');
    expect((await bot.ask('and the one after that?', 'c-time')).text).toContain('9 September');
    // A body named again is asked of itself: its usual time, not the meeting before.
    await bot.ask('när är nästa SK?', 'c-time-sv');
    expect((await bot.ask('hur dags börjar LG?', 'c-time-sv')).text).toContain('08.30');
  });
});
