// The core keeps each conversation's follow-up context in the store, the most recent 2 000 of them.
import { createTestCore, type TestCore } from '../helpers/core.js';

describe('follow-up contexts', () => {
  let bot: TestCore;
  beforeEach(async () => {
    bot = await createTestCore('2011-04-07T10:00:00+02:00');
  });
  afterEach(() => bot.cleanup());

  it('keeps the most recent 2 000, dropping the oldest', async () => {
    await bot.store.update(null, (d) => {
      for (let i = 0; i < 2000; i++) {
        d.runtime.dialog[`c-${i}`] = { context: { intent: 'nextMeeting' }, at: new Date(Date.UTC(2011, 0, 1, 0, 0, 2000 - i)).toISOString() };
      }
    });
    await bot.ask('nästa SK', 'new-conversation');
    const dialog = bot.store.data.runtime.dialog;
    expect(Object.keys(dialog)).toHaveLength(2000);
    expect(dialog['c-1999']).toBeUndefined(); // the oldest
    expect(dialog['c-0']).toBeDefined();
    expect(dialog['new-conversation']?.context).toMatchObject({ intent: 'nextMeeting', bodies: ['samarbetskommitten'] });
    expect((await bot.ask('och efter det?', 'new-conversation')).text).toMatch(/9 juni/);
  });

  it('a context in the store is replaced, never edited in place', async () => {
    await bot.ask('nästa SK', 'c-1');
    const before = bot.store.data.runtime.dialog['c-1'];
    await expect(
      bot.store.update(null, (d) => {
        d.runtime.dialog['c-1']!.at = 'edited';
      }),
    ).rejects.toThrow(TypeError);
    expect(bot.store.data.runtime.dialog['c-1']).toBe(before);
    expect(before?.at).not.toBe('edited');
  });

  it('does not read a message longer than 1 000 characters, and says so', async () => {
    const long = await bot.ask('när är nästa möte 14/4 '.repeat(200), 'c-long');
    expect(long.kind).toBe('tooLong');
    expect(long.text).toMatch(/högst 1\s000 tecken/);
    expect(bot.store.data.runtime.dialog['c-long']).toBeUndefined();
    expect((await bot.ask(`${'x'.repeat(980)} when is the next meeting?`.slice(0, 1000), 'c-edge')).kind).not.toBe('tooLong');
    expect((await bot.ask('when is the next meeting? '.repeat(60), 'c-en')).text).toMatch(/up to 1,000 characters/);
  });
});
