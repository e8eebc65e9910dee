// Sums over the plan's budget.
import type { Budget, BudgetLine } from '../store/schema.js';

export const sum = (lines: BudgetLine[]): number => lines.reduce((s, l) => s + l.amount, 0);

export function budgetBalance(b: Budget): { income: number; costs: number; diff: number } {
  const income = sum(b.income);
  const costs = sum(b.costs);
  return { income, costs, diff: income - costs };
}
