// The seed holds the whole 2011 plan with the values the document gives.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateStore } from '../../bot/store/store.js';
import { ROOT, SEED } from '../helpers/app.js';

const data = validateStore(JSON.parse(readFileSync(SEED, 'utf8')));
const plan = data.plan;
const PLAN_TEXT = path.resolve(ROOT, '..', 'shared', 'plan', 'verksamhetsplan-2011.txt');

type Row = [body: string, when: string, time: string, hosts: string[], certainty?: string];
// Section 7, Kalendarium, entry by entry.
const CALENDAR: Row[] = [
  ['samarbetskommitten', '2011-01-27', '12:00-15:00', ['haninge'], 'uncertain'],
  ['samarbetskommitten', '2011-04-14', '12:00-15:00', ['nykvarn']],
  ['samarbetskommitten', '2011-06-09', '12:00-15:00', ['salem']],
  ['samarbetskommitten', '2011-09-22', '12:00-15:00', ['nynashamn']],
  ['samarbetskommitten', '2011-11-03', '12:00-15:00', ['botkyrka']],
  ['samarbetskommitten', '2011-12-08', '12:00-15:00', ['tyreso']],
  ['samarbetskommitten', 'month:2012-01', '12:00-15:00', ['sodertalje']],
  ['samarbetskommitten', 'month:2012-04', '12:00-15:00', ['huddinge']],
  ['planeringskonferensen', '2011-01-27..2011-01-28', 'allDay', []],
  ['ledningsgruppen', '2011-01-21', '08:30-13:00', []],
  ['ledningsgruppen', '2011-03-31..2011-04-01', 'lunchToLunch', []],
  ['ledningsgruppen', '2011-05-20', '08:30-13:00', []],
  ['ledningsgruppen', '2011-09-09', '08:30-13:00', []],
  ['ledningsgruppen', '2011-10-14', '08:30-13:00', []],
  ['ledningsgruppen', '2011-11-25', '08:30-13:00', []],
  ['sodertornskonferensen', '2011-09-01', 'allDay', ['huddinge', 'tyreso']],
  ['radslaget', '2011-03-24', 'allDay', ['salem']],
  ['nyckeltal', '2011-10-06', 'allDay', ['botkyrka']],
];

function when(m: (typeof plan.meetings)[number]): string {
  if (m.date.kind === 'day') return m.date.date;
  if (m.date.kind === 'days') return `${m.date.start}..${m.date.end}`;
  return `month:${m.date.month}`;
}
function time(m: (typeof plan.meetings)[number]): string {
  return m.time.kind === 'clock' ? `${m.time.start}-${m.time.end}` : m.time.kind;
}

describe('the seed plan', () => {
  it('holds every calendar entry of section 7 and nothing else', () => {
    const actual = plan.meetings.map((m) => [m.body, when(m), time(m), m.hosts, m.certainty] as const);
    expect(actual).toHaveLength(CALENDAR.length);
    for (const [body, w, t, hosts, certainty] of CALENDAR) {
      const found = actual.find((a) => a[0] === body && a[1] === w);
      expect(found).toBeDefined();
      expect(found?.[2]).toBe(t);
      expect(found?.[3]).toEqual(hosts);
      expect(found?.[4]).toBe(certainty ?? 'confirmed');
    }
  });

  it('puts committee meetings on Thursdays and ledningsgruppen meetings on Fridays', () => {
    for (const m of plan.meetings) {
      if (m.date.kind !== 'day') continue;
      const weekday = new Date(`${m.date.date}T12:00:00Z`).getUTCDay();
      if (m.body === 'samarbetskommitten') expect(weekday).toBe(4);
      if (m.body === 'ledningsgruppen') expect(weekday).toBe(5);
    }
  });

  it('has the rådslag rotation 2011–2018', () => {
    const rot = Object.fromEntries(plan.hostRotations.filter((r) => r.body === 'radslaget').map((r) => [r.year, r.host]));
    expect(rot).toEqual({
      2011: 'salem', 2012: 'nynashamn', 2013: 'botkyrka', 2014: 'tyreso',
      2015: 'sodertalje', 2016: 'haninge', 2017: 'nykvarn', 2018: 'huddinge',
    });
  });

  it('has the 2011 budget line by line, and it balances', () => {
    const b = plan.budgets.find((x) => x.year === 2011)!;
    expect(b.income.map((l) => [l.label, l.amount])).toEqual([['Avgifter från kommunerna', 860000]]);
    expect(b.costs.map((l) => [l.label, l.amount])).toEqual([
      ['Personal', 580000],
      ['Ersättning till Huddinge kommun för kontorsservice, arbetsrum mm', 50000],
      ['Utredningar, konsultstöd mm', 230000],
    ]);
    const income = b.income.reduce((s, l) => s + l.amount, 0);
    const costs = b.costs.reduce((s, l) => s + l.amount, 0);
    expect(income).toBe(860000);
    expect(costs).toBe(income);
    expect(b.statedIncomeTotal).toBe(income);
    expect(b.statedCostTotal).toBe(costs);
  });

  it('names the eight municipalities and the joint bodies with their members', () => {
    expect(plan.municipalities.map((m) => m.name)).toEqual([
      'Botkyrka', 'Haninge', 'Huddinge', 'Nykvarn', 'Nynäshamn', 'Salem', 'Södertälje', 'Tyresö',
    ]);
    const body = (id: string) => plan.bodies.find((b) => b.id === id)!;
    expect(body('overformyndarnamnden').memberMunicipalities).toEqual(['botkyrka', 'haninge', 'huddinge', 'nynashamn', 'tyreso']);
    expect(body('overformyndarnamnden').hostMunicipality).toBe('haninge');
    expect(body('overformyndarnamnden').start).toBe('2011-01-01');
    expect(body('miljoforbundet').memberMunicipalities).toEqual(['haninge', 'nynashamn', 'tyreso']);
    expect(body('miljoforbundet').start).toBe('2008');
    expect(body('samarbetskommitten').secretariatMunicipality).toBe('huddinge');
    expect(body('samarbetskommitten').minMeetingsPerYear).toBe(6);
    expect(body('ledningsgruppen').usualTime).toEqual({ weekday: 5, start: '08:30', end: '13:00' });
    expect(body('radslaget').otherMembers).toEqual(['Södertörns högskola', 'Karolinska institutet', 'KTH', 'Handelskammaren', 'Företagarna på Södertörn']);
    expect(plan.organisation.population.approx).toBe(430000);
    expect(plan.organisation.developmentProgramme.targetAreas).toHaveLength(4);
    expect(plan.organisation.principles).toHaveLength(4);
  });

  const maybe = existsSync(PLAN_TEXT) ? it : it.skip;
  maybe('agrees with the plan text itself on the rotation and the budget amounts', () => {
    const text = readFileSync(PLAN_TEXT, 'utf8');
    const rotation = text.slice(text.indexOf('Värdkommun för rådslaget'), text.indexOf('Södertörns nyckeltal'));
    const pairs = [...rotation.matchAll(/(20\d\d)\s*\n\s*([A-ZÅÄÖ][a-zåäö]+)/g)].map((m) => [Number(m[1]), m[2]]);
    expect(pairs).toHaveLength(8);
    for (const [year, name] of pairs) {
      const r = plan.hostRotations.find((x) => x.year === year)!;
      expect(plan.municipalities.find((m) => m.id === r.host)?.name).toBe(name);
    }
    const amounts = [...text.slice(text.indexOf('8. Budget')).matchAll(/(\d{1,3}(?:[ \u00a0]\d{3})+)[ \u00a0]kr/g)].map((m) => Number(m[1]!.replace(/[ \u00a0]/g, '')));
    const b = plan.budgets[0]!;
    expect(amounts).toEqual([860000, 860000, 580000, 50000, 230000, 860000]);
    expect([...b.income, ...b.costs].map((l) => l.amount).sort()).toEqual([860000, 580000, 50000, 230000].sort());
  });
});
