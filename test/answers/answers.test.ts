// Answers come from the store, follow-ups survive a restart, and month-only dates say so.
import path from 'node:path';
import { createCore } from '../../bot/core/bot.js';
import { createMemoryLogger } from '../../bot/log.js';
import { openStore } from '../../bot/store/store.js';
import { renderText } from '../../cards/text.js';
import { renderAdaptiveCard } from '../../cards/adaptive.js';
import { SEED } from '../helpers/app.js';
import { createTestCore, LEXICON, memoryStore, type TestCore } from '../helpers/core.js';

describe('answers', () => {
  let bot: TestCore;
  beforeEach(async () => {
    bot = await createTestCore('2011-04-07T10:00:00+02:00');
  });
  afterEach(() => bot.cleanup());

  it('answer from the store: a changed rotation changes the answer', async () => {
    expect((await bot.ask('vem är värd för rådslaget 2014?')).text).toContain('Tyresö');
    await bot.store.update({ actor: 'test', action: 'rotation', summary: 'x' }, (d) => {
      d.plan.hostRotations.find((r) => r.year === 2014)!.host = 'salem';
    });
    const after = await bot.ask('vem är värd för rådslaget 2014?');
    expect(after.text).toContain('Salem');
    expect(after.text).not.toContain('Tyresö');
  });

  it('answer from the store: a moved meeting and a new budget line change the answers', async () => {
    await bot.store.update({ actor: 'test', action: 'x', summary: 'x' }, (d) => {
      d.plan.meetings.find((m) => m.id === 'lg-2011-05-20')!.date = { kind: 'day', date: '2011-05-27' };
      d.plan.budgets[0]!.costs.push({ id: 'resor', label: 'Resor', amount: 10000 });
    });
    expect((await bot.ask('nästa LG')).text).toContain('27 maj 2011');
    const budget = (await bot.ask('budget')).text;
    expect(budget).toContain('Resor: 10 000 kr');
    expect(budget).toContain('går inte ihop');
  });

  it('writes dates, times and amounts the Swedish way, or the English way for English questions', async () => {
    expect((await bot.ask('nästa SK')).text).toContain('torsdag 14 april 2011, 12.00–15.00');
    expect((await bot.ask('next committee meeting')).text).toContain('Thursday 14 April 2011, 12:00–15:00');
    expect((await bot.ask('hur mycket går till personal?')).text).toContain('580 000 kr');
  });

  it('says that a month-only date has no day yet', async () => {
    bot.clock.set('2011-12-09T10:00:00+01:00');
    const a = await bot.ask('nästa SK');
    expect(a.text).toContain('januari 2012 (dagen är inte bestämd än)');
    expect(a.text).toContain('Södertälje');
  });

  it('reads follow-ups over the last answer: its meeting, its body, its listing, its budget line', async () => {
    expect((await bot.ask('SK-mötet i november?', 'f1')).text).toContain('3 november');
    expect((await bot.ask('hur dags?', 'f1')).text).toContain('12.00–15.00');
    expect((await bot.ask('berätta om ledningsgruppen', 'f2')).kind).toBe('bodyInfo');
    expect((await bot.ask('när träffas de nästa gång?', 'f2')).text).toContain('20 maj');
    expect((await bot.ask('list the LG meetings', 'f3')).kind).toBe('calendar');
    expect((await bot.ask('the last one?', 'f3')).text).toContain('25 November');
    expect((await bot.ask('the second one?', 'f3')).text).toContain('31 March');
    const personal = (await bot.ask('vad får Huddinge i ersättning?', 'f4'), await bot.ask('och personalen?', 'f4'));
    expect(personal.text).not.toContain('50 000');
    expect((await bot.ask('per månad?', 'f4')).text).toContain('48 333');
    expect((await bot.ask('och om den ökar med 10 %?', 'f4')).text).toContain('638 000');
    await bot.ask('när var rådslaget i år?', 'f5');
    expect((await bot.ask('vilka deltar?', 'f5')).text).toContain('Handelskammaren');
    bot.clock.set('2011-09-01T09:00:00+02:00');
    expect((await bot.ask('which LG meetings are left this year?', 'f6')).text).toContain('14 October');
    expect((await bot.ask('the first one?', 'f6')).text).toContain('9 September');
    expect((await bot.ask('hur många möten är det i september?', 'f7')).text).toMatch(/^3 möten.*\(september\)/);
    await bot.ask('vilka kommuner är med i överförmyndarnämnden?', 'f8');
    expect((await bot.ask('och vilka är inte med?', 'f8')).text).toMatch(/^Inte med i Södertörns överförmyndarnämnd: Nykvarn, Salem och Södertälje/);
    await bot.ask('When does Nynäshamn host the rådslag?', 'f9');
    expect((await bot.ask('and the SK?', 'f9')).text).toContain('22 September');
    expect((await bot.ask('nästa möte efter 22/9', 'f10')).text).toContain('Nyckeltal Södertörn');
    await bot.ask('When is the LG planning conference?', 'f11');
    expect((await bot.ask('is it a full day?', 'f11')).text).toMatch(/^No – Ledningsgruppen \(Planeringskonferens\) is 2 days, lunch to lunch/);
    await bot.ask('rådslaget 2014?', 'f12');
    expect((await bot.ask('hur många år är det dit?', 'f12')).text).toMatch(/^3 år kvar: Tyresö/);
    await bot.ask('vad kostar kontorsservicen?', 'f13');
    expect((await bot.ask('och per kvartal?', 'f13')).text).toContain('12 500');
    // A weekday in the plural filters the last listing; one written with its own day is a claim to correct.
    await bot.ask('list all meetings in May and June', 'f14');
    const fridays = await bot.ask('which of them are on Fridays?', 'f14');
    expect(fridays.text).toContain('20 May');
    expect(fridays.text).not.toContain('9 June');
    expect((await bot.ask('LG on Wednesday 20 May, what time?', 'f15')).text).toContain('Friday');
  });

  it('counts the years between two hosts from a year named with one of them, and reads a span from a year as its hosts', async () => {
    expect((await bot.ask('hur många år efter salems rådslag 2011 kommer tyresö', 'y1')).text).toMatch(/^3 år mellan Salem \(2011\) och Tyresö \(2014\)/);
    expect((await bot.ask("how many years after Nynäshamn's rådslag in 2012 does Nykvarn host?", 'y2')).text).toMatch(/^5 years between Nynäshamn \(2012\) and Nykvarn \(2017\)/);
    // (A year neither of them hosts is no turn of theirs: not answered as years between them.)
    expect((await bot.ask('hur många år efter salems rådslag 2013 kommer tyresö', 'y3')).text).not.toMatch(/år mellan/);
    const span = await bot.ask('vilka är värdar för rådslaget från och med 2016?', 'y4');
    expect(span.text).toMatch(/2016: Haninge[\s\S]*2017: Nykvarn[\s\S]*2018: Huddinge/);
  });

  it('checks a claimed total in kronor against the budget', async () => {
    expect((await bot.ask('is the total 860,000 kr?')).text).toMatch(/^Yes – the 2011 budget is 860 000 kr/);
    expect((await bot.ask('är totalen 900 000 kr?')).text).toMatch(/^Nej – budgeten 2011 är 860 000 kr/);
  });

  it('answers honestly when the plan does not say, with suggestions', async () => {
    const a = await bot.ask('vem är värd för rådslaget 2019?');
    expect(a.kind).toBe('notInPlan');
    expect(a.text).toContain('Det står inte i planen');
    expect(a.text).toContain('2019');
    expect(a.text).toMatch(/Prova: /);
  });

  it('offers buttons that resend the choice when a question is ambiguous', async () => {
    const [r] = await bot.core.handleMessage({ conversationId: 'c', channel: 'terminal', userId: 'u', text: 'värd?' });
    expect(r!.kind).toBe('clarify');
    const card = renderAdaptiveCard(r!);
    const values = (card.actions as Array<{ data: { text: string } }>).map((a) => a.data.text);
    expect(values.length).toBeGreaterThan(1);
    const [again] = await bot.core.handleMessage({ conversationId: 'c', channel: 'terminal', userId: 'u', text: values[1]! });
    expect(renderText(again!)).toContain('Tyresö');
  });

  it('keeps the budget card with amount, share and a bar per line, far below the Teams size limit', async () => {
    const [r] = await bot.core.handleMessage({ conversationId: 'c', channel: 'terminal', userId: 'u', text: 'budget' });
    const card = JSON.stringify(renderAdaptiveCard(r!));
    expect(card).toContain('580 000 kr (67,4 %)');
    expect(card).toContain('"style":"accent"');
    expect(card.length).toBeLessThan(10_000);
  });

  it('keeps follow-up context across a restart (it lives in the store)', async () => {
    const bot = await createTestCore('2011-04-07T10:00:00+02:00', { onDisk: true });
    try {
      expect((await bot.ask('Vem är värd för rådslaget 2014?', 'conv-restart')).text).toContain('Tyresö');
      await bot.store.settled(); // as a restart does (app.close()): the answer does not wait for the disk
      const store = await openStore({ storePath: bot.store.path, seedPath: SEED, clock: bot.clock });
      const core = createCore({ store, clock: bot.clock, logger: createMemoryLogger(), lexicon: LEXICON });
      const [r] = await core.handleMessage({ conversationId: 'conv-restart', channel: 'terminal', userId: 'u', text: 'och 2015?' });
      expect(renderText(r!)).toContain('Södertälje');
      await store.settled();
    } finally {
      await bot.cleanup();
    }
  });

  it('logs the intent and entities of each message when DEBUG_NLU is on', async () => {
    const logger = createMemoryLogger();
    const store = memoryStore(bot.clock);
    const core = createCore({ store, clock: bot.clock, logger, lexicon: LEXICON, debugNlu: true });
    await core.handleMessage({ conversationId: 'd', channel: 'terminal', userId: 'u', text: 'radslag 2015?' });
    expect(logger.lines).toContainEqual(
      expect.objectContaining({ msg: 'nlu', intent: 'rotationHost', entities: expect.objectContaining({ bodies: ['radslaget'], years: [2015] }) }),
    );
    // A message in spoken forms is logged as read and as sent.
    await core.handleMessage({ conversationId: 'd2', channel: 'terminal', userId: 'u', text: 'va rådslaget i Salem i år?' });
    expect(logger.lines).toContainEqual(expect.objectContaining({ msg: 'nlu', text: 'var rådslaget i Salem i år?', spoken: 'va rådslaget i Salem i år?' }));
    // The answer's follow-up context is written after the reply: wait for it, or the temp dir is removed under it.
    await store.settled();
  });

  it('say the count of a list of the plan asked how many, also as a follow-up', async () => {
    expect((await bot.ask('hur många målområden har utvecklingsprogrammet?')).text).toMatch(/^Målområden[^\n]*: fyra/);
    expect((await bot.ask('vilka målområden finns?', 'c-count')).text).not.toMatch(/: fyra/);
    expect((await bot.ask('och hur många konkreta utvecklingsfrågor hör till dem?', 'c-count')).text).toMatch(/: fem/);
  });

  it('put a municipality named with "efter" in a follow-up in the rotation, not the year answered last', async () => {
    await bot.ask('vem har rådslaget 2011?', 'c-rot');
    const text = (await bot.ask('och vem har det efter Nynäshamn?', 'c-rot')).text;
    expect(text).toContain('Botkyrka');
    expect(text).toContain('2013');
  });

  it('read "är" as a verb, not as "år": a vague question is asked back', async () => {
    expect((await bot.ask('vem är värd')).kind).toBe('clarify');
    expect((await bot.ask('vem e värd')).kind).toBe('clarify');
  });
});

describe('the calendar answer', () => {
  it('lists coming meetings first, then those already held (what "Visa kalendern" on a reminder asks)', async () => {
    const bot = await createTestCore('2011-06-01T10:00:00+02:00');
    try {
      const { text } = await bot.ask('kalender Ledningsgruppen');
      const coming = text.indexOf('Kommande');
      const held = text.indexOf('Har varit');
      expect(coming).toBeGreaterThan(-1);
      expect(held).toBeGreaterThan(coming);
      expect(text.indexOf('9 september 2011')).toBeGreaterThan(coming);
      expect(text.indexOf('9 september 2011')).toBeLessThan(held);
      expect(text.indexOf('20 maj 2011')).toBeGreaterThan(held);
    } finally {
      await bot.cleanup();
    }
  });
});

describe('answers with a plan of many years', () => {
  it('keep every list short enough for a Teams card', async () => {
    const bot = await createTestCore('2011-04-07T10:00:00+02:00');
    try {
      await bot.store.update(null, (d) => {
        const base = d.plan.meetings.filter((m) => m.date.kind === 'day');
        for (let y = 1; y <= 30; y++) {
          for (const m of base) {
            if (m.date.kind !== 'day') continue;
            d.plan.meetings.push({ ...m, id: `${m.id}-y${y}`, date: { kind: 'day', date: `${2011 + y}${m.date.date.slice(4)}` } });
          }
        }
      });
      const [r] = await bot.core.handleMessage({ conversationId: 'c', channel: 'terminal', userId: 'u', text: 'hela kalendariet' });
      const card = JSON.stringify(renderAdaptiveCard(r!));
      expect(card.length).toBeLessThan(28_000);
      expect(renderText(r!)).toMatch(/… och \d+ till/);
    } finally {
      await bot.cleanup();
    }
  });

  // The secretariat adds a year at a time: the 2011 calendar again for 2012–2015, with their budgets and
  // rådslag hosts. Listings without a year then cover the year in focus and say which other years there are.
  async function manyYears(now: string): Promise<TestCore> {
    const bot = await createTestCore(now);
    await bot.store.update(null, (d) => {
      const base = d.plan.meetings.filter((m) => m.date.kind === 'day' && m.date.date.startsWith('2011'));
      for (const y of [2012, 2013, 2014, 2015]) {
        for (const m of base) {
          if (m.date.kind !== 'day') continue;
          d.plan.meetings.push({ ...m, id: `${m.id}-y${y}`, date: { kind: 'day', date: `${y}${m.date.date.slice(4)}` } });
        }
        d.plan.budgets.push({ ...d.plan.budgets[0]!, year: y });
        d.plan.calendarYears.push(y);
      }
      for (const r of d.plan.hostRotations.filter((x) => x.body === 'radslaget')) {
        d.plan.hostRotations.push({ ...r, year: r.year + 8 });
        d.plan.hostRotations.push({ ...r, year: r.year + 16 });
      }
    });
    return bot;
  }

  it('list the calendar of the year in focus, and name the other years as runs', async () => {
    const bot = await manyYears('2013-04-07T10:00:00+02:00');
    try {
      const all = (await bot.ask('hela kalendariet')).text;
      expect(all).toContain('Kalender 2013');
      expect(all).toContain('14 oktober 2013');
      expect(all).not.toMatch(/oktober 201[1245]/);
      expect(all).toContain('Planen har också kalendern för 2011, 2012, 2014 och 2015');
      const other = (await bot.ask('kalender 2015')).text;
      expect(other).toContain('14 oktober 2015');
      expect(other).not.toContain('2013');
      // Without a year and now past the plan: the plan's latest year.
      bot.clock.set('2031-01-10T10:00:00+01:00');
      expect((await bot.ask('hela kalendariet')).text).toContain('Kalender 2015');
      const none = (await bot.ask('vad säger planen om parkering?')).text;
      expect(none).toContain('kalendern för 2011–2015');
      expect(none).toContain('budgeten för 2011–2015');
    } finally {
      await bot.cleanup();
    }
  });

  it('list what a municipality hosts in the year in focus, but find its next meeting in any year', async () => {
    const bot = await manyYears('2012-12-20T10:00:00+01:00');
    try {
      const hosts = (await bot.ask('Botkyrkas möten')).text;
      expect(hosts).toContain('3 november 2012');
      expect(hosts).not.toContain('3 november 2013');
      expect(hosts).toContain('Värd för Södertörns rådslag 2013, 2021 och 2029.');
      expect(hosts).toMatch(/också kalendern för 2011 och 2013–2015/);
      const next = (await bot.ask('nästa möte i Botkyrka')).text;
      expect(next).toContain('2013');
      expect(next).not.toContain('2012');
    } finally {
      await bot.cleanup();
    }
  });

  it('move to the year that has what was asked for when the year in focus has none of it', async () => {
    // 2012 and 2013 have only the committee's meetings; the ledningsgrupp met in 2011 only.
    const bot = await createTestCore('2012-12-20T10:00:00+01:00');
    try {
      await bot.store.update(null, (d) => {
        const sk = d.plan.meetings.filter((m) => m.body === 'samarbetskommitten' && m.date.kind === 'day' && m.date.date.startsWith('2011'));
        for (const y of [2012, 2013]) {
          for (const m of sk) if (m.date.kind === 'day') d.plan.meetings.push({ ...m, id: `${m.id}-y${y}`, date: { kind: 'day', date: `${y}${m.date.date.slice(4)}` } });
          d.plan.calendarYears.push(y);
        }
      });
      const left = (await bot.ask('vilka möten är kvar?')).text;
      expect(left).toContain('2013');
      expect(left).not.toMatch(/inga möten/i);
      const lg = (await bot.ask('kalender för ledningsgruppen')).text;
      expect(lg).toContain('Kalender 2011 – Ledningsgruppen');
      expect(lg).toContain('20 maj 2011');
      expect(lg).toMatch(/också kalendern för 2012 och 2013/);
      const sk = (await bot.ask('kalender för samarbetskommittén')).text;
      expect(sk).toContain('Kalender 2012');
      expect(sk).toContain('Inga fler möten 2012.'); // not "no more meetings in the plan": 2013 has some
    } finally {
      await bot.cleanup();
    }
  });

  it('show one round of a long host rotation, from this year', async () => {
    const bot = await manyYears('2020-03-01T10:00:00+01:00');
    try {
      const { text } = await bot.ask('visa värdrotationen för rådslaget');
      expect(text).toContain('2020:');
      expect(text).toContain('2027:');
      expect(text).not.toContain('2019:');
      expect(text).not.toContain('2028:');
      expect(text).toContain('Planen anger värdar för 2011–2034');
    } finally {
      await bot.cleanup();
    }
  });
});
