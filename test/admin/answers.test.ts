// A plain yes or no to a waiting proposal, read word by word from the lexicon's table (bot/admin/answers.ts).
import { plainAnswer } from '../../bot/admin/answers.js';
import { fold } from '../../bot/understand/normalize.js';
import { splitWords } from '../../bot/understand/understand.js';
import { createTestCore } from '../helpers/core.js';
import { LEXICON } from '../helpers/core.js';

const read = (text: string) => plainAnswer(splitWords(fold(text)), LEXICON.plainAnswers);

describe('a plain answer to a proposal', () => {
  it.each([
    ['ok go ahead', 'yes', 'en'],
    ['Ja, kör!', 'yes', 'sv'],
    ['okej, gör det', 'yes', 'sv'],
    ['yes, that is fine', undefined, undefined],
    ['sure, go for it', 'yes', 'en'],
    ['låter bra', 'yes', 'sv'],
    ['ja det stämmer', 'yes', 'sv'],
    ['ok', 'yes', undefined],
    ['nej, strunta i det', 'no', 'sv'],
    ['no, cancel that please', 'no', 'en'],
    ['nä, gör det inte', 'no', 'sv'],
    ['hold on, don’t', 'no', 'en'],
    ['Nej förlåt, jag ångrar mig, avbryt är du snäll.', 'no', 'sv'],
    ['Ja tack, det ser jättebra ut!', 'yes', 'sv'],
    // A no with its reason: the thing is not decided yet ("visst inte", "inte klart" read whole, before "visst"/"klart" as yes).
    ['nej vänta, det var visst inte bestämt än', 'no', 'sv'],
    ['nej förresten, det är inte klart än', 'no', 'sv'],
    ['no wait, that hasn’t been decided yet', 'no', 'en'],
    ['ja, det är bestämt', 'yes', 'sv'],
    // A symbol alone, or beside a yes or a no (round 26): neutral, the proposal's language answers.
    ['👍', 'yes', undefined],
    ['✅', 'yes', undefined],
    ['ok 👍', 'yes', undefined],
    ['❌', 'no', undefined],
    ['nej ❌', 'no', 'sv'],
    ['✖️', 'no', undefined],
  ])('"%s" is %s (%s)', (text, answer, lang) => {
    const r = read(text);
    expect(r?.answer).toBe(answer);
    expect(r?.lang).toBe(lang);
  });

  it.each(['ja men flytta den till 3/6', 'ok, inte än', 'yes no', 'ja nej', 'det', 'tack', 'flytta LG 20/5', 'ok ok ok ok ok ok ok ok ok ok ok ok ok'])('"%s" is no plain answer', (text) => {
    expect(read(text)).toBeUndefined();
  });

  it('confirms and cancels the one waiting proposal in either language ("ok go ahead", "nej tack, strunta i det")', async () => {
    const bot = await createTestCore('2011-04-07T10:00:00+02:00', { secretariat: ['sec'] });
    const send = async (text: string) => (await bot.core.handleMessage({ conversationId: 'c', channel: 'terminal', userId: 'sec', text }))[0]!;
    expect((await send('move SK 9 June to 16 June')).kind).toBe('confirm');
    const yes = await send('ok go ahead');
    expect([yes.kind, yes.lang]).toEqual(['confirmed', 'en']);
    expect((await send('flytta LG 20/5 till 27/5')).kind).toBe('confirm');
    const no = await send('nej tack, strunta i det');
    expect([no.kind, no.lang]).toEqual(['cancelled', 'sv']);
    expect(bot.store.data.runtime.pending).toEqual([]);
    await bot.cleanup();
  });
});

describe('a proposal left too long (more than a day)', () => {
  it('is confirmed by nothing: not by "ja", not by a typed "bekräfta", not by its card\'s button', async () => {
    const bot = await createTestCore('2011-04-07T10:00:00+02:00', { secretariat: ['sec'] });
    const send = async (text: string, value?: Record<string, unknown>) => (await bot.core.handleMessage({ conversationId: 'c', channel: 'terminal', userId: 'sec', text, ...(value ? { value } : {}) }))[0]!;
    const planBefore = JSON.stringify(bot.store.data.plan);
    const audited = bot.store.data.runtime.audit.length;
    expect((await send('flytta LG 20/5 till 27/5')).kind).toBe('confirm');
    const id = String(bot.store.data.runtime.pending[0]!.id);
    bot.clock.advance(25 * 60 * 60 * 1000);
    expect((await send('ja')).kind).toBe('noProposal');
    expect((await send('bekräfta')).kind).toBe('noProposal');
    const pressed = await send('', { admin: 'confirm', id });
    expect(pressed.kind).toBe('adminError');
    expect(pressed.blocks).toEqual(expect.arrayContaining([expect.objectContaining({ text: expect.stringMatching(/för gammalt/) })]));
    expect(JSON.stringify(bot.store.data.plan)).toBe(planBefore);
    expect(bot.store.data.runtime.audit).toHaveLength(audited);
    await bot.cleanup();
  });

  it('is not the one a yes decides when a newer one waits, nor named as still waiting', async () => {
    const bot = await createTestCore('2011-04-07T10:00:00+02:00', { secretariat: ['sec'] });
    const send = async (text: string) => (await bot.core.handleMessage({ conversationId: 'c', channel: 'terminal', userId: 'sec', text }))[0]!;
    expect((await send('flytta LG 20/5 till 27/5')).kind).toBe('confirm');
    bot.clock.advance(25 * 60 * 60 * 1000);
    expect((await send('ställ in SK 9/6')).kind).toBe('confirm');
    const yes = await send('bekräfta');
    expect(yes.kind).toBe('confirmed');
    expect(JSON.stringify(yes.blocks)).not.toMatch(/27 maj|väntar/);
    expect(bot.store.data.runtime.audit.map((a) => a.action).filter((a) => a !== 'secretariat.seed')).toEqual(['meeting.update']);
    expect(JSON.stringify(bot.store.data.plan.meetings)).not.toContain('2011-05-27');
    await bot.cleanup();
  });
});

describe('the words a change stores are the writer\'s', () => {
  it('keeps a note and a source as written: no spoken form read into them ("dom"), no greeting or thanks', async () => {
    const bot = await createTestCore('2011-04-07T10:00:00+02:00', { secretariat: ['sec'] });
    const send = async (text: string, conversationId: string) => (await bot.core.handleMessage({ conversationId, channel: 'terminal', userId: 'sec', text }))[0]!;
    expect((await send('Hej! lägg till möte LG 2/12 not: ta med dom nya papprena, tack', 'c1')).kind).toBe('confirm');
    expect((await send('boka in ett extra LG-möte 9/12 om budgeten e viktigt tack', 'c2')).kind).toBe('confirm');
    const added = bot.store.data.runtime.pending.map((p) => (p.change as { meetings: Array<{ note?: string; source: string }> }).meetings[0]);
    expect(added).toEqual([
      expect.objectContaining({ note: 'ta med dom nya papprena', source: 'LG 2/12 not: ta med dom nya papprena' }),
      expect.objectContaining({ source: 'boka in ett extra LG-möte 9/12 om budgeten e viktigt' }),
    ]);
    await bot.cleanup();
  });
});
