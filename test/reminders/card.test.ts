// The reminder messages as neutral replies (pure), and as the Adaptive Card Teams gets.
import { cancellationReply, dateToBeSetReply, relativeWhen, reminderReply } from '../../bot/reminders/card.js';
import { renderAdaptiveCard } from '../../cards/adaptive.js';
import { renderText } from '../../cards/text.js';
import { seedPlan } from './fixtures.js';

const plan = seedPlan();
const meeting = (id: string) => plan.meetings.find((m) => m.id === id)!;
const base = 'https://bot.example.org/';

describe('the reminder card', () => {
  it('names the body, weekday, date, time, host and note, with the calendar actions', () => {
    const r = reminderReply({ plan, meeting: meeting('sk-2011-04-14'), now: new Date('2011-04-07T07:00:00Z'), baseUrl: base });
    expect(r.kind).toBe('reminder');
    expect(r.lang).toBe('sv');
    const text = renderText(r);
    expect(text).toBe(
      [
        'Påminnelse: Södertörns samarbetskommitté om 7 dagar',
        'Möte: Södertörns samarbetskommitté',
        'När: torsdag 14 april 2011, 12.00–15.00',
        'Värdkommun: Nykvarn',
        '',
        'Prova: "kalender Södertörns samarbetskommitté"',
        'Lägg till i kalendern: https://bot.example.org/calendar/meeting/sk-2011-04-14.ics',
      ].join('\n'),
    );
    const card = renderAdaptiveCard(r);
    expect(card.version).toBe('1.4');
    expect(card.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Lägg till i kalendern', url: 'https://bot.example.org/calendar/meeting/sk-2011-04-14.ics' },
      {
        type: 'Action.Submit',
        title: 'Visa kalendern',
        data: { msteams: { type: 'imBack', value: 'kalender Södertörns samarbetskommitté' }, text: 'kalender Södertörns samarbetskommitté' },
      },
    ]);
  });

  it('shows the meeting title, the note and several hosts', () => {
    const lg = renderText(reminderReply({ plan, meeting: meeting('lg-2011-03-31'), now: new Date('2011-03-30T07:00:00Z'), baseUrl: base }));
    expect(lg).toMatch(/Möte: Ledningsgruppen: Planeringskonferens/);
    expect(lg).toMatch(/När: torsdag 31 mars–fredag 1 april 2011, lunch till lunch/);
    expect(lg).toMatch(/Anteckning: Planeringskonferens lunch till lunch/);
    const stk = renderText(reminderReply({ plan, meeting: meeting('stk-2011-09-01'), now: new Date('2011-08-25T07:00:00Z'), baseUrl: base }));
    expect(stk).toMatch(/Värdkommuner: Huddinge och Tyresö/);
  });

  it('says "sent late", with when it should have gone, and that a meeting moved', () => {
    const r = reminderReply({
      plan,
      meeting: meeting('lg-2011-05-20'),
      now: new Date('2011-05-19T09:00:00Z'),
      baseUrl: base,
      late: true,
      dueAt: new Date('2011-05-19T07:00:00Z'),
      moved: true,
    });
    const text = renderText(r);
    expect(text).toMatch(/Skickad sent: jag var inte igång när påminnelsen skulle gå \(den skulle ha gått torsdag 19 maj kl\. 09\.00\)\./);
    expect(text).toMatch(/Mötet har flyttats sedan förra påminnelsen\./);
  });

  it('counts "om 7 dagar", "i morgon" and hours from the sending time', () => {
    const lg = meeting('lg-2011-05-20'); // 08.30 +02:00
    expect(relativeWhen(lg, new Date('2011-05-13T07:00:00Z'))).toBe('om 7 dagar');
    expect(relativeWhen(lg, new Date('2011-05-19T07:00:00Z'))).toBe('i morgon');
    expect(relativeWhen(lg, new Date('2011-05-20T04:30:00Z'))).toBe('om 2 timmar');
    expect(relativeWhen(lg, new Date('2011-05-20T05:30:00Z'))).toBe('om en timme');
  });

  it('has a cancellation notice and a note about a date still to be set', () => {
    const c = cancellationReply({ plan, meeting: { ...meeting('lg-2011-05-20'), status: 'cancelled' }, baseUrl: base });
    expect(c.kind).toBe('reminderCancelled');
    expect(renderText(c)).toMatch(/^Inställt: Ledningsgruppen fredag 20 maj 2011\nMötet som jag påminde om är inställt\./);
    const d = dateToBeSetReply({ plan, meeting: meeting('sk-2012-01') });
    expect(d.kind).toBe('dateToBeSet');
    expect(renderText(d)).toMatch(/^Datum saknas: Södertörns samarbetskommitté januari 2012\nMötet i januari 2012 \(värd: Södertälje\) har ännu inget bestämt datum\./);
  });
});
