// Budget answers: the whole breakdown with shares and bars, one line, shares, income, balance.
import { reply, type Block } from '../core/reply.js';
import { stockholmDate } from '../domain/calendar.js';
import type { Budget, BudgetLine, Plan } from '../store/schema.js';
import { kronor, percent } from '../../cards/text.js';
import { contextOf, notInPlan, t, type Answer, type AnswerInput } from './common.js';

const sum = (lines: BudgetLine[]) => lines.reduce((s, l) => s + l.amount, 0);

function pickBudget(plan: Plan, years: number[], now: Date): Budget | undefined {
  if (years.length) return plan.budgets.find((b) => b.year === years[0]);
  const y = Number(stockholmDate(now).slice(0, 4));
  return plan.budgets.find((b) => b.year === y) ?? [...plan.budgets].sort((a, b) => b.year - a.year)[0];
}

export function budgetBalance(b: Budget): { income: number; costs: number; diff: number } {
  const income = sum(b.income);
  const costs = sum(b.costs);
  return { income, costs, diff: income - costs };
}

export function budget({ q, plan, now }: AnswerInput): Answer {
  const lang = q.lang;
  const b = pickBudget(plan, q.years, now);
  if (!b) {
    return notInPlan(q, plan, t(lang, `Planen har ingen budget för ${q.years[0]}.`, `The plan has no budget for ${q.years[0]}.`));
  }
  const { income, costs, diff } = budgetBalance(b);
  const balanceText =
    diff === 0
      ? t(lang, `Budgeten går ihop: intäkter och kostnader är båda ${kronor(income)}.`, `The budget balances: income and costs are both ${kronor(income)}.`)
      : diff > 0
        ? t(lang, `Budgeten går inte ihop: intäkterna (${kronor(income)}) överstiger kostnaderna (${kronor(costs)}) med ${kronor(diff)}.`, `The budget does not balance: income (${kronor(income)}) exceeds costs (${kronor(costs)}) by ${kronor(diff)}.`)
        : t(lang, `Budgeten går inte ihop: kostnaderna (${kronor(costs)}) överstiger intäkterna (${kronor(income)}) med ${kronor(-diff)}.`, `The budget does not balance: costs (${kronor(costs)}) exceed income (${kronor(income)}) by ${kronor(-diff)}.`);
  const ctx = contextOf(q, { years: [b.year] });
  const yearNote = q.years.length ? [] : b.year !== Number(stockholmDate(now).slice(0, 4)) ? [{ type: 'text' as const, subtle: true, text: t(lang, `Budgeten för ${b.year}, den senaste i planen.`, `The ${b.year} budget, the latest in the plan.`) }] : [];
  const share = (l: BudgetLine) => (costs > 0 ? l.amount / costs : 0);

  // A named cost line, or the line a municipality's name points to ("ersättningen till Huddinge").
  const names = q.municipalities.map((m) => plan.municipalities.find((x) => x.id === m)?.name.toLowerCase() ?? '');
  const byName = b.costs.filter((l) => names.some((n) => n && l.label.toLowerCase().includes(n)));
  const lines = byName.length ? byName : b.costs.filter((l) => q.budgetLines.includes(l.id));
  const asksShare = q.cues.includes('share');
  const asksIncome = q.cues.includes('income') || q.budgetLines.some((id) => b.income.some((l) => l.id === id));
  const asksBalance = q.cues.includes('balance');

  if (lines.length && !asksBalance) {
    const blocks: Block[] = [{ type: 'bars', rows: lines.map((l) => ({ label: l.label, value: kronor(l.amount), share: share(l) })) }];
    blocks.push({ type: 'text', subtle: true, text: t(lang, `Andel av kostnaderna ${b.year} (${kronor(costs)}).`, `Share of the ${b.year} costs (${kronor(costs)}).`) });
    const l = lines[0]!;
    const title = asksShare
      ? t(lang, `${l.label}: ${percent(share(l), lang)} av budgeten`, `${l.label}: ${percent(share(l), lang)} of the budget`)
      : t(lang, `${l.label}: ${kronor(l.amount)}`, `${l.label}: ${kronor(l.amount)}`);
    return { reply: reply('budgetLine', lang, title, blocks), context: ctx };
  }
  if (!lines.length && q.municipalities.length && (asksIncome || q.cues.includes('money'))) {
    const who = q.municipalities.map((m) => plan.municipalities.find((x) => x.id === m)?.name ?? m).join(', ');
    return notInPlan(q, plan, t(lang, `Planen anger inte hur avgifterna (${kronor(income)} ${b.year}) fördelas mellan kommunerna, alltså inte vad ${who} betalar.`, `The plan does not say how the fees (${kronor(income)} in ${b.year}) are split between the municipalities, so not what ${who} pays.`));
  }
  if (asksIncome && !asksBalance) {
    return {
      reply: reply('budgetIncome', lang, t(lang, `Intäkter ${b.year}: ${kronor(income)}`, `Income ${b.year}: ${kronor(income)}`), [
        { type: 'facts', facts: b.income.map((l) => ({ title: l.label, value: kronor(l.amount) })) },
        ...yearNote,
      ]),
      context: ctx,
    };
  }
  if (asksBalance) {
    return {
      reply: reply('budgetBalance', lang, diff === 0 ? t(lang, 'Ja, budgeten går ihop', 'Yes, the budget balances') : t(lang, 'Nej, budgeten går inte ihop', 'No, the budget does not balance'), [
        { type: 'text', text: balanceText },
        ...yearNote,
      ]),
      context: ctx,
    };
  }
  const blocks: Block[] = [
    { type: 'heading', text: t(lang, 'Intäkter', 'Income') },
    { type: 'facts', facts: [...b.income.map((l) => ({ title: l.label, value: kronor(l.amount) })), { title: t(lang, 'Summa', 'Total'), value: kronor(income) }] },
    { type: 'heading', text: t(lang, 'Kostnader', 'Costs') },
    { type: 'bars', rows: b.costs.map((l) => ({ label: l.label, value: kronor(l.amount), share: share(l) })) },
    { type: 'facts', facts: [{ title: t(lang, 'Summa', 'Total'), value: kronor(costs) }] },
    { type: 'text', text: balanceText },
    ...yearNote,
  ];
  return { reply: reply('budget', lang, t(lang, `Budget ${b.year}`, `Budget ${b.year}`), blocks), context: ctx };
}
