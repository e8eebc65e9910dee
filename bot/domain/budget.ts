// Sums over the plan's budget.
import type { Budget, BudgetLine, Plan } from '../store/schema.js';

export const sum = (lines: BudgetLine[]): number => lines.reduce((s, l) => s + l.amount, 0);

export function budgetBalance(b: Budget): { income: number; costs: number; diff: number } {
  const income = sum(b.income);
  const costs = sum(b.costs);
  return { income, costs, diff: income - costs };
}

/** The budget of `year` if the plan has one, else the latest budget it has (undefined: no budget at all). */
export function budgetOf(plan: Pick<Plan, 'budgets'>, year: number): Budget | undefined {
  let latest: Budget | undefined;
  for (const b of plan.budgets) {
    if (b.year === year) return b;
    if (!latest || b.year > latest.year) latest = b;
  }
  return latest;
}
