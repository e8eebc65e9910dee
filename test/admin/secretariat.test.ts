// The secretariat's commands through the core: who may, confirmation, once-only, undo, forms, and a
// property: nothing but a member's confirmed, valid command ever changes the plan.
import fc from 'fast-check';
import type { Reply } from '../../bot/core/reply.js';
import { renderAdaptiveCard } from '../../cards/adaptive.js';
import { renderText } from '../../cards/text.js';
import { createTestCore, LEXICON, type TestCore } from '../helpers/core.js';
import { plainAnswer } from '../../bot/admin/answers.js';
import { splitWords } from '../../bot/understand/understand.js';
import { fold } from '../../bot/understand/normalize.js';

const MEMBER = 'sec-1';
/** Fixed, so a failure can be replayed (as in the bad-input fuzz test). */
const FUZZ_SEED = 20110407;
/** Whether a text confirms the pending proposal when typed: parse.ts's bekräfta/confirm, and a plain yes (bot/admin/answers.ts). */
const confirming = (text: string) => /^(bekrafta|confirm)$/.test(fold(text)) || plainAnswer(splitWords(fold(text)), LEXICON.plainAnswers)?.answer === 'yes';

describe('secretariat commands', () => {
  let bot: TestCore;
  beforeEach(async () => {
    bot = await createTestCore('2011-04-07T10:00:00+02:00', { secretariat: [MEMBER] });
  });
  afterEach(() => bot.cleanup());

  const send = async (userId: string, text: string, value?: Record<string, unknown>, conversationId = 'conv-1') =>
    (await bot.core.handleMessage({ conversationId, channel: 'botframework', userId, text, value }))[0]!;
  const confirmData = (r: Reply) => {
    const a = r.actions.find((x) => x.kind === 'submit' && x.data.admin === 'confirm');
    if (!a || a.kind !== 'submit') throw new Error(`no confirm button in ${renderText(r)}`);
    return a.data;
  };

  it('refuses anyone outside the secretariat, politely, and logs the attempt', async () => {
    const before = structuredClone(bot.store.data.plan);
    const r = await send('someone-else', 'flytta LG 20/5 till 27/5');
    expect(r.kind).toBe('refused');
    expect(renderText(r)).toMatch(/bara sekretariatet/);
    expect(bot.store.data.plan).toEqual(before);
    expect(bot.store.data.runtime.pending).toEqual([]);
    expect(bot.logger.lines).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'plan change refused: not in the secretariat', user: 'someone-else' }));
    // A display name or the channel grants nothing: the same text from a member's name but another id.
    const byName = await bot.core.handleMessage({ conversationId: 'sekretariatet', channel: 'botframework', userId: 'x', userName: MEMBER, text: 'flytta LG 20/5 till 27/5' });
    expect(byName[0]!.kind).toBe('refused');
  });

  it('changes nothing until Bekräfta, then applies once and answers change at once', async () => {
    const card = await send(MEMBER, 'flytta LG 20/5 till 27/5');
    expect(card.kind).toBe('confirm');
    expect(renderText(card)).toMatch(/fredag 20 maj 2011, 08.30–13.00 → fredag 27 maj 2011, 08.30–13.00/);
    expect((await bot.ask('nästa LG-möte')).text).toContain('20 maj 2011');
    const data = confirmData(card);
    const [first, second] = await Promise.all([send(MEMBER, '', data), send(MEMBER, '', data)]);
    expect([first!.kind, second!.kind].sort()).toEqual(['confirmed', 'confirmed']);
    expect([renderText(first!), renderText(second!)].filter((t) => /Redan genomförd/.test(t))).toHaveLength(1);
    expect(bot.store.data.runtime.audit.filter((e) => e.action === 'meeting.update')).toHaveLength(1);
    expect((await bot.ask('nästa LG-möte')).text).toContain('27 maj 2011');
  });

  it('never proposes a change that changes nothing: says what the plan has and asks for the new value', async () => {
    for (const [text, has, asks] of [
      ['Rådslaget 2014 behöver få en ny värdkommun, Tyresö har bett att få byta. Kan du ordna det?', /Planen har redan det: Värd för Södertörns rådslag 2014: Tyresö\./, /Vilken kommun\?/],
      ['flytta LG 20/5 till 20/5', /Planen har redan det: Ledningsgruppen fredag 20 maj 2011, 08\.30–13\.00\./, /Till vilket datum\?/],
      ['ändra budget 2011 personal 580 000', /Planen har redan det: Budget 2011: Personal: 580 000 kr\./, /Vilket belopp\?/],
      ['ändra värd SK 9/6 till Salem', /Planen har redan det: Södertörns samarbetskommitté torsdag 9 juni 2011, 12\.00–15\.00 – värd: Salem\./, /Vilken kommun ska vara värd\?/],
    ] as const) {
      const r = await send(MEMBER, text, undefined, `noop-${text}`);
      expect({ text, kind: r.kind }).toEqual({ text, kind: 'clarify' });
      expect(renderText(r)).toMatch(has);
      expect(renderText(r)).toMatch(asks);
      expect(renderText(r)).not.toMatch(/→/);
    }
    expect(bot.store.data.runtime.pending).toEqual([]);
    // The value given next completes the request.
    const next = await send(MEMBER, 'Haninge', undefined, 'noop-Rådslaget 2014 behöver få en ny värdkommun, Tyresö har bett att få byta. Kan du ordna det?');
    expect(next.kind).toBe('confirm');
    expect(renderText(next)).toMatch(/2014: Tyresö → Haninge/);
  });

  it('of several changes, proposes those that change something and says which the plan has already', async () => {
    const r = await send(MEMBER, 'flytta LG 20/5 till 27/5 och SK 9/6 till 9/6');
    expect(r.kind).toBe('confirm');
    const text = renderText(r);
    expect(text).toMatch(/fredag 20 maj 2011, 08\.30–13\.00 → fredag 27 maj 2011, 08\.30–13\.00/);
    expect(text).toMatch(/Planen har redan det: Södertörns samarbetskommitté torsdag 9 juni 2011, 12\.00–15\.00\./);
    expect(text).not.toMatch(/9 juni 2011, 12\.00–15\.00 → /);
    await send(MEMBER, 'bekräfta');
    expect(bot.store.data.runtime.audit.at(-1)).toMatchObject({ action: 'meeting.update', after: { meetingId: 'lg-2011-05-20' } });
  });

  it('only the proposer confirms; "avbryt" drops the proposal', async () => {
    await bot.store.update(null, (d) => {
      d.runtime.secretariat.push('sec-2');
    });
    const card = await send(MEMBER, 'ställ in SK 9/6');
    expect((await send('sec-2', '', confirmData(card))).kind).toBe('adminError');
    expect((await send(MEMBER, 'avbryt')).kind).toBe('cancelled');
    expect((await send(MEMBER, '', confirmData(card))).kind).toBe('adminError');
    expect(bot.store.data.plan.meetings.find((m) => m.id === 'sk-2011-06-09')!.status).toBe('planned');
  });

  it('lists changes and undoes the last one (after its own confirmation)', async () => {
    await send(MEMBER, '', confirmData(await send(MEMBER, 'värd rådslag 2014 Salem')));
    expect((await bot.ask('vem är värd för rådslaget 2014?')).text).toContain('Salem');
    const history = renderText(await send(MEMBER, 'ändringar'));
    // Before → after, who (no display name in this channel: the id) and when, in Stockholm time.
    expect(history).toMatch(/Värd för Södertörns rådslag 2014\n\d+\/\d+ \d{4} \d\d\.\d\d · sec-1 · id [\w-]+\n• 2014: Tyresö → Salem/);
    const undo = await send(MEMBER, 'ångra');
    expect(renderText(undo)).toMatch(/Salem → Tyresö/);
    await send(MEMBER, 'bekräfta');
    expect((await bot.ask('vem är värd för rådslaget 2014?')).text).toContain('Tyresö');
    expect(bot.store.data.runtime.audit.at(-1)).toMatchObject({ actor: MEMBER, undoOf: expect.any(String) });
    expect(renderText(await send(MEMBER, 'ångra'))).toMatch(/Du har ingen ändring att ångra/);
  });

  it('confirms several changes of one message at once, keeps one history entry, and undoes them together', async () => {
    const card = await send(MEMBER, 'flytta LG 20/5 till 27/5 och ställ in SK 9/6');
    expect(card.kind).toBe('confirm');
    expect(renderText(card)).toMatch(/^2 ändringar på en gång\nFlytta Ledningsgruppen: fredag 20 maj 2011, 08.30–13.00 → fredag 27 maj 2011, 08.30–13.00\nStäll in Södertörns samarbetskommitté torsdag 9 juni 2011, 12.00–15.00: planerat → inställt/);
    expect(bot.store.data.runtime.pending).toHaveLength(1);
    expect((await send(MEMBER, '', confirmData(card))).kind).toBe('confirmed');
    const meeting = (id: string) => bot.store.data.plan.meetings.find((m) => m.id === id)!;
    expect([meeting('lg-2011-05-20').date, meeting('sk-2011-06-09').status]).toEqual([{ kind: 'day', date: '2011-05-27' }, 'cancelled']);
    expect(bot.store.data.runtime.audit.filter((e) => e.actor === MEMBER)).toMatchObject([{ action: 'batch', summary: '2 ändringar på en gång' }]);
    expect(renderText(await send(MEMBER, 'ändringar'))).toMatch(/2 ändringar på en gång\n.*\n• Flytta Ledningsgruppen: .* → fredag 27 maj 2011, 08.30–13.00\n• Ställ in Södertörns samarbetskommitté .*: planerat → inställt/);
    // Undone as one: both back.
    expect(renderText(await send(MEMBER, 'ångra'))).toMatch(/inställt → planerat[\s\S]*fredag 27 maj 2011, 08.30–13.00 → fredag 20 maj 2011/);
    expect((await send(MEMBER, 'bekräfta')).kind).toBe('confirmed');
    expect([meeting('lg-2011-05-20').date, meeting('sk-2011-06-09').status]).toEqual([{ kind: 'day', date: '2011-05-20' }, 'planned']);
  });

  it('refuses to undo several changes at once where one of them was changed since', async () => {
    await bot.store.update(null, (d) => {
      d.runtime.secretariat.push('sec-2');
    });
    await send(MEMBER, '', confirmData(await send(MEMBER, 'flytta LG 20/5 till 27/5 och ställ in SK 9/6')));
    // Another member changes one of the two meetings afterwards.
    await send('sec-2', '', confirmData(await send('sec-2', 'ändra värd SK 9/6 till Haninge')));
    const before = structuredClone(bot.store.data.plan);
    const r = await send(MEMBER, 'ångra');
    expect(r.kind).toBe('adminError');
    expect(renderText(r)).toMatch(/Ny värd för Södertörns samarbetskommitté/);
    expect(bot.store.data.plan).toEqual(before);
  });

  it('reads the natural whole answers to a proposal ("ja tack", "kör", "glöm det"), but never a sentence that starts with one', async () => {
    await send(MEMBER, 'ställ in SK 9/6');
    expect((await send(MEMBER, 'glöm det')).kind).toBe('cancelled');
    await send(MEMBER, 'ställ in SK 9/6');
    expect((await send(MEMBER, 'ja, men först LG')).kind).not.toBe('confirmed');
    expect(bot.store.data.plan.meetings.find((m) => m.id === 'sk-2011-06-09')!.status).toBe('planned');
    expect((await send(MEMBER, 'Ja tack!')).kind).toBe('confirmed');
    expect(bot.store.data.plan.meetings.find((m) => m.id === 'sk-2011-06-09')!.status).toBe('cancelled');
  });

  it('answers a plain yes or no with no proposal waiting by saying so, in its own language, and changes nothing', async () => {
    const before = structuredClone(bot.store.data.plan);
    for (const [text, lang] of [['ok go ahead', 'en'], ['ja', 'sv'], ['kör', 'sv'], ['bekräfta', 'sv'], ['nej', 'sv']] as const) {
      const r = await send(MEMBER, text);
      expect({ text, kind: r.kind, lang: r.lang }).toEqual({ text, kind: 'noProposal', lang });
    }
    expect(renderText(await send(MEMBER, 'ok go ahead'))).toMatch(/no change waiting.*\n.*move LG 20\/5 to 27\/5/s);
    // Someone outside the secretariat is not told how to make a change.
    const other = await send('someone-else', 'ja');
    expect(other.kind).toBe('noProposal');
    expect(renderText(other)).toMatch(/ändras av sekretariatet/);
    expect(bot.store.data.plan).toEqual(before);
    expect(bot.store.data.runtime.pending).toEqual([]);
  });

  it('drops the change asked about on a plain no to the open question, and never joins a request of its own to it', async () => {
    expect((await send(MEMBER, 'flytta LG-mötet 19/5 till 26/5')).kind).toBe('clarify');
    const no = await send(MEMBER, 'nej');
    expect(no.kind).toBe('cancelled');
    expect(renderText(no)).toMatch(/Ändringen jag frågade om släpps/);
    expect((await send(MEMBER, 'ja')).kind).toBe('noProposal');
    expect((await send(MEMBER, 'höj budgeten med 40 000')).kind).toBe('clarify');
    // Its own request, with its own amount (written as a word, read as 600 000 since numbers as words are read):
    // proposed alone, never given the 40 000 before it.
    const own = await send(MEMBER, 'ändra personal till sexhundratusen');
    expect(renderText(own)).toMatch(/600 000/);
    expect(renderText(own)).not.toMatch(/40 000/);
    expect(bot.store.data.runtime.pending.map((p) => p.change)).toEqual([expect.objectContaining({ kind: 'budget.line', line: expect.objectContaining({ amount: 600000 }) })]);
  });

  it('with two proposals waiting, a yes or a no decides the latest and names the other, which the next one decides', async () => {
    await send(MEMBER, 'flytta LG 20/5 till 27/5');
    await send(MEMBER, 'ställ in SK 9/6');
    expect(bot.store.data.runtime.pending).toHaveLength(2);
    const yes = await send(MEMBER, 'ok');
    expect(yes.kind).toBe('confirmed');
    expect(renderText(yes)).toMatch(/Klart: Ställ in Södertörns samarbetskommitté torsdag 9 juni.*väntar fortfarande.*Flytta Ledningsgruppen fredag 20 maj/s);
    expect(bot.store.data.plan.meetings.find((m) => m.id === 'sk-2011-06-09')!.status).toBe('cancelled');
    expect(bot.store.data.plan.meetings.find((m) => m.id === 'lg-2011-05-20')!.date).toEqual({ kind: 'day', date: '2011-05-20' });
    const no = await send(MEMBER, 'nej');
    expect(no.kind).toBe('cancelled');
    expect(renderText(no)).toMatch(/Flytta Ledningsgruppen fredag 20 maj/);
    expect(renderText(no)).not.toMatch(/väntar fortfarande/);
    expect(bot.store.data.runtime.pending).toEqual([]);
    expect(bot.store.data.plan.meetings.find((m) => m.id === 'lg-2011-05-20')!.date).toEqual({ kind: 'day', date: '2011-05-20' });
    // A typed "bekräfta" does the same as a yes.
    await send(MEMBER, 'flytta LG 9/9 till 16/9');
    await send(MEMBER, 'ställ in LG 14/10');
    expect(renderText(await send(MEMBER, 'bekräfta'))).toMatch(/Ställ in Ledningsgruppen.*väntar fortfarande.*Flytta Ledningsgruppen fredag 9 september/s);
  });

  it('asks "Menar du …?" for a day the body does not meet, and a yes proposes the change on the meeting offered', async () => {
    const before = structuredClone(bot.store.data.plan);
    const q = await send(MEMBER, 'flytta LG-mötet 19/5 till 26/5');
    expect(q.kind).toBe('clarify');
    expect(renderText(q)).toMatch(/Ledningsgruppen har inget möte torsdag 19 maj\. Menar du fredag 20 maj 2011/);
    const p = await send(MEMBER, 'ja');
    expect(p.kind).toBe('confirm');
    expect(renderText(p)).toMatch(/fredag 20 maj 2011, 08\.30–13\.00 → torsdag 26 maj 2011/);
    expect(bot.store.data.plan).toEqual(before); // nothing until confirmed
    expect((await send(MEMBER, 'ja')).kind).toBe('confirmed');
    expect(bot.store.data.plan.meetings.find((m) => m.id === 'lg-2011-05-20')?.date).toEqual({ kind: 'day', date: '2011-05-26' });
    // In words, in English, with the day spelt out: the same.
    await send(MEMBER, 'cancel the LG meeting on 15 October', undefined, 'conv-2');
    expect(renderText(await send(MEMBER, 'yes', undefined, 'conv-2'))).toMatch(/Cancel Ledningsgruppen Friday 14 October 2011/);
    // A yes after a question that offered nothing (a day far from any meeting) changes nothing.
    await send(MEMBER, 'ställ in SK 1/8', undefined, 'conv-3');
    expect((await send(MEMBER, 'ja', undefined, 'conv-3')).kind).not.toBe('confirm');
  });

  it('shows the undo of a budget line as that line going back, not as a new budget', async () => {
    await send(MEMBER, '', confirmData(await send(MEMBER, 'ändra budget 2011 utredningar 300 000')));
    const undo = renderText(await send(MEMBER, 'ångra'));
    expect(undo).toMatch(/^Budget 2011\n/);
    expect(undo).toContain('Utredningar, konsultstöd mm: 300 000 kr → 230 000 kr');
    expect(undo).not.toMatch(/Ny budget|\(inget\)/);
  });

  it('warns when a budget change breaks the balance, and the budget answer says so', async () => {
    const card = await send(MEMBER, 'ändra budget 2011 personal 600 000');
    expect(renderText(card)).toMatch(/Budgeten 2011 går inte ihop/);
    await send(MEMBER, 'bekräfta');
    expect((await bot.ask('går budgeten ihop?')).text).toMatch(/går inte ihop/);
  });

  it('lets members add and remove members, and the new member may then change the plan', async () => {
    await send(MEMBER, 'lägg till sekreterare anna');
    await send(MEMBER, 'bekräfta');
    expect((await send('anna', 'ställ in SK 9/6')).kind).toBe('confirm');
    await send(MEMBER, 'ta bort sekreterare anna');
    await send(MEMBER, 'bekräfta');
    expect((await send('anna', 'ställ in SK 9/6')).kind).toBe('refused');
  });

  it('offers card forms with date, time and choice inputs, and a submitted form is checked like a command', async () => {
    const menu = await send(MEMBER, 'redigera');
    expect(menu.actions.map((a) => a.title)).toContain('Flytta ett möte');
    const form = await send(MEMBER, '', { admin: 'form', form: 'move' });
    const card = JSON.stringify(renderAdaptiveCard(form));
    for (const type of ['Input.ChoiceSet', 'Input.Date', 'Input.Time']) expect(card).toContain(type);
    const bad = await send(MEMBER, '', { admin: 'formSubmit', form: 'move', meetingId: 'lg-2011-05-20', date: '2011-05-27', start: '13:00', end: '09:00' });
    expect(renderText(bad)).toMatch(/Sluttiden 09:00 är före starttiden 13:00/);
    const clash = await send(MEMBER, '', { admin: 'formSubmit', form: 'move', meetingId: 'lg-2011-05-20', date: '2011-09-09' });
    expect(renderText(clash)).toMatch(/Krockar/);
    const ok = await send(MEMBER, '', { admin: 'formSubmit', form: 'host', meetingId: 'sk-2011-04-14', hosts: 'salem,tyreso' });
    expect(renderText(ok)).toMatch(/Nykvarn → Salem, Tyresö/);
    const budget = await send(MEMBER, '', { admin: 'formSubmit', form: 'budget', line: '2011|costs|personal', amount: '-1' });
    expect(renderText(budget)).toMatch(/negativt/);
  });

  it('imports a plan file for a new year only when it is valid as a whole, adding to the plan', async () => {
    const next = structuredClone(bot.store.data.plan);
    next.meetings = [{ id: 'sk-2012-02-16', body: 'samarbetskommitten', date: { kind: 'day', date: '2012-02-16' }, time: { kind: 'clock', start: '12:00', end: '15:00' }, hosts: ['salem'], certainty: 'confirmed', status: 'planned' }];
    next.calendarYears = [2012];
    const broken = structuredClone(next);
    broken.meetings[0]!.hosts = ['stockholm'];
    const refusedImport = await send(MEMBER, `importera ${JSON.stringify(broken)}`);
    expect(renderText(refusedImport)).toMatch(/okänd kommun "stockholm"/);
    expect(renderText(await send(MEMBER, 'importera {inte json'))).toMatch(/inte giltig JSON/);
    const card = await send(MEMBER, `importera ${JSON.stringify(next)}`);
    expect(renderText(card)).toMatch(/Möten: 18 → 19/);
    await send(MEMBER, 'bekräfta');
    expect(bot.store.data.plan.meetings).toHaveLength(19);
    expect(bot.store.data.plan.calendarYears).toEqual([2011, 2012]);
  });

  it('property: random input never changes the plan unless a member confirms a valid command', async () => {
    const plan = JSON.stringify(bot.store.data.plan);
    const words = ['flytta', 'move', 'ställ in', 'värd', 'ändra', 'budget', 'LG', 'SK', 'rådslag', 'till', 'to', '20/5', '27/5', '30/2', '2019', 'Salem', 'Stockholm', '-5', '600 000', 'ångra', 'bekräfta', 'importera', 'lägg till', 'sekreterare', 'ta bort', 'vision:', 'kalender', '{', '}', '?'];
    const text = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((w) => w.join(' ')),
    );
    const value = fc.option(
      fc.oneof(
        fc.record({ admin: fc.constantFrom('confirm', 'cancel', 'formSubmit', 'form', 'x'), id: fc.string({ maxLength: 12 }), form: fc.constantFrom('move', 'host', 'budget', 'nope'), meetingId: fc.constantFrom('lg-2011-05-20', 'nope'), date: fc.string({ maxLength: 10 }) }),
        fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 })),
      ),
      { nil: undefined },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(MEMBER, 'outsider', ''), text, value, async (user, t, v) => {
        // Nobody ever presses a real Bekräfta here: the plan must stay exactly as it was.
        const safeValue = v && (v as { admin?: unknown }).admin === 'confirm' ? { ...v, id: `random-${String((v as { id?: unknown }).id)}` } : v;
        // Any text that reads as a confirmation once folded ("bekräfta {", "OK!", and the natural "ja"/"yes" words
        // that confirm the one pending proposal) gets a word added, so it is no confirmation.
        const safeText = confirming(t) ? `${t} nej` : t;
        await bot.core.handleMessage({ conversationId: 'fuzz', channel: 'botframework', userId: user || 'anon', text: safeText, value: safeValue as Record<string, unknown> | undefined });
        expect(JSON.stringify(bot.store.data.plan)).toBe(plan);
      }),
      { numRuns: 300, seed: FUZZ_SEED },
    );
    // And the positive control: the same machinery does change the plan on a member's Bekräfta.
    await send(MEMBER, 'flytta LG 20/5 till 27/5', undefined, 'fuzz-2');
    await send(MEMBER, 'bekräfta', undefined, 'fuzz-2');
    expect(JSON.stringify(bot.store.data.plan)).not.toBe(plan);
  });
});
