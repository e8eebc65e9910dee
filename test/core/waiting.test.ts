// A question about what the asker's own waiting proposal would change says that the proposal still waits.
import { createTestCore } from '../helpers/core.js';
import { withWaitingProposals } from '../../bot/core/waiting.js';
import { reply } from '../../bot/core/reply.js';

describe('an answer beside a waiting proposal', () => {
  it('notes the secretary\'s waiting undo where the answer states the value it would take back', async () => {
    const bot = await createTestCore('2011-04-07T10:00:00+02:00', { secretariat: ['tester'] });
    try {
      expect(await bot.ask('ändra utredningar till 300 000')).toMatchObject({ kind: 'confirm' });
      expect(await bot.ask('ok')).toMatchObject({ kind: 'confirmed' });
      expect(await bot.ask('ångra det')).toMatchObject({ kind: 'confirm' });
      const asked = await bot.ask('vad kostar utredningarna');
      // The plan as it is (the undo is not made yet), and the proposal that waits.
      expect(asked.kind).toBe('budgetLine');
      expect(asked.text).toMatch(/Utredningar, konsultstöd mm: 300 000 kr/);
      expect(asked.text).toMatch(/väntar fortfarande på bekräftelse: Utredningar, konsultstöd mm: 300 000 kr → 230 000 kr/);
      // Another line's answer says nothing of it.
      expect((await bot.ask('vad kostar personal')).text).not.toMatch(/väntar/);
      expect(await bot.ask('ja')).toMatchObject({ kind: 'confirmed' });
      const after = await bot.ask('vad kostar utredningarna');
      expect(after.text).toMatch(/230 000 kr/);
      expect(after.text).not.toMatch(/väntar/);
    } finally {
      await bot.cleanup();
    }
  });

  const proposal = { actor: 'u1', conversationId: 'c1', createdAt: '2011-04-07T08:00:00.000Z', rows: [{ title: 'Personal', before: '580 000 kr', after: '600 000 kr' }] };
  const answer = reply('budgetLine', 'en', 'Personal (staff): 580\u00a0000 kr', []);
  it('reads only the asker\'s own fresh proposals in this conversation', () => {
    const now = new Date('2011-04-07T09:00:00Z');
    expect(withWaitingProposals(answer, [proposal], 'u1', 'c1', now).blocks).toEqual([{ type: 'text', subtle: true, text: expect.stringMatching(/^Your proposal is still waiting for confirmation: Personal: 580 000 kr → 600 000 kr\./) }]);
    expect(withWaitingProposals(answer, [proposal], 'u2', 'c1', now)).toBe(answer);
    expect(withWaitingProposals(answer, [proposal], 'u1', 'c2', now)).toBe(answer);
    expect(withWaitingProposals(answer, [proposal], 'u1', 'c1', new Date('2011-04-08T09:00:00Z'))).toBe(answer);
  });
});
