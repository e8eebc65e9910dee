// Budget answers: the whole breakdown with shares and bars, one line, shares, income, balance.
import { reply, type Block } from '../core/reply.js';
import { formatDay, formatMonth, meetingYear, stockholmDate } from '../domain/calendar.js';
import type { Budget, BudgetLine, Plan } from '../store/schema.js';
import { contextOf, notInPlan, type Answer, type AnswerInput } from './common.js';
import { grouped, kronor, listText, percent } from '../text/format.js';
import { fold, inWordList } from '../understand/normalize.js';
import { wordsAt } from '../understand/understand.js';
import { budgetBalance, budgetOf, sum } from '../domain/budget.js';
import type { Query, Scale } from '../understand/understand.js';
import { countWord, glossedLabel, type LexiconData, type PerUnit } from '../understand/lexicon.js';
import type { Lang } from '../text/lang.js';
import { say } from '../text/catalogue/index.js';

/** An amount in kronor; below 100 kr with its öre ("1,35 kr"), as a per-inhabitant share can be. */
function amountText(v: number, lang: 'sv' | 'en'): string {
  if (Math.abs(v) >= 100 || Math.abs(v - Math.round(v)) < 0.005) return kronor(v);
  return `${v.toFixed(2).replace('.', say(lang, 'decimalSeparator'))} kr`;
}

/**
 * The units a budget amount is divided by, in the order asked: the lexicon's perUnits read from the
 * question, the members where the fees are split equally ('delas lika'), and a month where the older cue says so.
 */
function perUnitsOf(o: { cues: string[]; per: string[]; members: number; population: number; meetings?: BodyMeetings; units: Record<string, PerUnit | string> }): Array<{ id: string; n: number; unit: PerUnit }> {
  const ids = [...o.per];
  // ("per kvartal om vi sprider ut dem jämnt": evenly over time, cue overTime, is no split between the members; "om man
  // delar totala budgeten på SK:s möten": a split among a body's meetings is none either.)
  if (o.cues.includes('split') && !o.cues.includes('overTime') && !ids.includes('municipality') && !(ids.includes('meeting') && o.meetings)) ids.unshift('municipality');
  if (o.cues.includes('perMonth') && !ids.includes('month')) ids.push('month');
  // The municipality first: "per kommun och månad" reads better than "per månad och kommun".
  ids.sort((a, b) => Number(b === 'municipality') - Number(a === 'municipality'));
  return ids.flatMap((id) => {
    const unit = o.units[id];
    if (!unit || typeof unit === 'string') return [];
    const n = unit.divide === 'members' ? o.members : unit.divide === 'population' ? o.population : unit.divide === 'meetings' ? (o.meetings?.count ?? 0) : unit.divide;
    return n > 0 ? [{ id, n, unit }] : [];
  });
}

const meetingsPer = (q: Query, plan: Plan, year: number) => {
  const meetings = q.per?.includes('meeting') ? bodyMeetings(plan, q.bodies, year) : undefined;
  return meetings ? { meetings } : {};
};

/**
 * One member's equal share of the fees compared with one cost line: a comparison asked (a difference, "jämfört med",
 * "minus"), one cost line named (the fees' own line besides it may be), and the share asked of a member named before
 * the line ("Huddinges andel … ersättningen"; not "ersättningen till Huddinge", the line's own name) with a word of
 * share, split or fee, or of one municipality ("en kommuns lika andel", "one municipality's equal share").
 */
function shareAgainstLine(q: Query, b: Budget, members: number, data: AnswerInput['data']): { line: BudgetLine; members: number; lineAt: number } | undefined {
  if (q.scale || q.form || q.cues.includes('ratio') || q.cues.includes('net')) return undefined;
  if (!comparisonAsked(q, data)) return undefined;
  const costs = b.costs.filter((l) => q.budgetLines.includes(l.id));
  const others = q.budgetLines.filter((id) => !b.costs.some((l) => l.id === id) && !b.income.some((l) => l.id === id));
  if (costs.length !== 1 || others.length) return undefined;
  const line = costs[0]!;
  const lineAt = Math.min(...q.mentions.filter((m) => m.kind === 'budgetLine' && m.id === line.id).map((m) => m.at));
  const memberBefore = q.mentions.some((m) => m.kind === 'municipality' && m.at < lineAt);
  const shareWord = ['share', 'split', 'income', 'money'].some((c) => q.cues.includes(c));
  const oneMember = q.per?.includes('municipality') === true;
  if (!(memberBefore && shareWord) && !oneMember) return undefined;
  return { line, members, lineAt };
}

/** The meetings of one body in a budget's year, what a unit 'meetings' divides by (perUnits). */
interface BodyMeetings {
  body: string;
  count: number;
}

/**
 * "total budget per LG meeting", "varje SK-möte om man delar totala budgeten på mötena": the meetings the plan holds in
 * the budget's year of the one body named that meets (those cancelled left out). Undefined where no such body is named,
 * or several are: the amount is then not divided per meeting.
 */
function bodyMeetings(plan: Plan, bodies: readonly string[], year: number): BodyMeetings | undefined {
  const meeting = bodies.filter((id) => plan.meetings.some((m) => m.body === id));
  if (meeting.length !== 1) return undefined;
  const body = plan.bodies.find((b) => b.id === meeting[0]);
  const count = plan.meetings.filter((m) => m.body === meeting[0] && m.status !== 'cancelled' && meetingYear(m) === year).length;
  return body && count > 0 ? { body: body.name, count } : undefined;
}

/**
 * A count written before a word for municipalities ("fem kommuner", "de tre kommunerna", "4 municipalities"), from 2 up:
 * over the words the question was read as (a day or range such as "2-3" in its digits, as when the text was split here).
 */
function countedMembers(read: readonly string[], data: AnswerInput['data']): number | undefined {
  const unit = data?.perUnits?.municipality;
  const nouns = new Set(typeof unit === 'object' ? unit.words.map(fold) : []);
  const numbers = data?.offsets?.numbers ?? {};
  const words = read.flatMap((w) => w.split(/[^a-z0-9]+/)).filter(Boolean);
  for (let i = 0; i + 1 < words.length; i++) {
    if (!nouns.has(words[i + 1]!)) continue;
    const w = words[i]!;
    const n = countWord(w, numbers, 3);
    if (n !== undefined && n >= 2) return n;
  }
  return undefined;
}

/**
 * Fewer payers than all the members in an equal split of the fees (lexicon splitAmong): municipalities named with a
 * word of leaving ("om Salem hoppar av", "utan Nykvarn") or a count of municipalities leaving ("if two municipalities
 * left") take those out; "de sju andra", "the remaining six" count those left; "bara Botkyrka, Huddinge och Haninge",
 * "only X and Y … between them" are the payers. Undefined where nothing of that is asked, or no split is.
 */
export function splitAmong(q: AnswerInput['q'], plan: Plan, data: AnswerInput['data'], counted = countedMembers(q.words, data)): { members: number; why: string } | undefined {
  const words = data?.splitAmong;
  if (!words) return undefined;
  const ws = q.words;
  const has = (list: readonly string[]) => list.some((p) => ws.some((_, i) => wordsAt(ws, i, p)));
  const all = plan.municipalities.length;
  const named = q.municipalities.filter((m) => plan.municipalities.some((x) => x.id === m));
  const numbers = data?.offsets?.numbers ?? {};
  // "de sju andra", "the other seven", "the remaining six", "övriga fem": a count right before or after a word of the others.
  const othersCount = (() => {
    for (let i = 0; i < ws.length; i++) {
      if (!words.others.includes(ws[i]!)) continue;
      for (const j of [i - 1, i + 1]) {
        const n = j >= 0 && j < ws.length ? countWord(ws[j]!, numbers, 1) : undefined;
        if (n !== undefined && n >= 1 && n < all) return n;
      }
    }
    return undefined;
  })();
  const splitAsked = q.cues.includes('split') || Boolean(q.per?.includes('municipality')) || othersCount !== undefined || has(words.others);
  if (!splitAsked) return undefined;
  const lang = q.lang;
  const names = (ids: string[]) => listText(ids.map((m) => plan.municipalities.find((x) => x.id === m)?.name ?? m), lang);
  // A municipality, or a word for municipalities, at a word: its name (any ending) or the unit's words.
  const stems = plan.municipalities.map((m) => fold(m.name));
  const unit = data?.perUnits?.municipality;
  const nouns = typeof unit === 'object' ? unit.words.map(fold) : [];
  const municipalityAt = (i: number) => i >= 0 && i < ws.length && (stems.some((st) => ws[i]!.startsWith(st)) || nouns.includes(ws[i]!));
  // ("om Salem och Nykvarn hoppar av", "if Tyresö left": a verb of leaving within three words after a municipality;
  // "utan Salem": a word of without right before one. "what is left for each" names no one leaving.)
  const leaving = words.leaving.some((p) => ws.some((_, i) => wordsAt(ws, i, p) && [1, 2, 3].some((k) => municipalityAt(i - k))))
    || words.without.some((p) => ws.some((w, i) => w === p && municipalityAt(i + 1)));
  if (leaving && named.length && named.length < all) {
    return { members: othersCount ?? all - named.length, why: say(lang, 'equalSplitWithout', names(named), othersCount ?? all - named.length) };
  }
  // ("om en kommun hoppade av", "if one of the eight left": a count from one, before a word for municipalities or "of
  // the eight", within the three words before the verb of leaving, is how many leave.)
  const leavers = leaving && counted !== undefined ? counted : leavingCount(ws, words.leaving, municipalityAt, numbers, all);
  if (leavers !== undefined && leavers < all) {
    return { members: othersCount ?? all - leavers, why: say(lang, 'equalSplitLeft', leavers, othersCount ?? all - leavers) };
  }
  if (has(words.only) && named.length >= 2 && named.length < all) return { members: named.length, why: say(lang, 'equalSplitAmong', names(named)) };
  return undefined;
}

/**
 * How many leave, where a count (from one: "en", "one") stands before a word for municipalities, or before "of the
 * eight" / "av de åtta" (a count of all of them), within the three words before a verb of leaving.
 */
function leavingCount(ws: readonly string[], leavingWords: readonly string[], municipalityAt: (i: number) => boolean, numbers: Readonly<Record<string, number>>, all: number): number | undefined {
  for (let i = 0; i < ws.length; i++) {
    if (!leavingWords.some((p) => wordsAt(ws, i, p))) continue;
    for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
      const ofAll = countWord(ws[k]!, numbers, 1) === all && k >= 2 && ['of', 'av'].includes(ws[k - 2]!);
      if (!municipalityAt(k) && !ofAll) continue;
      const at = ofAll ? k - 3 : k - 1;
      const n = at >= 0 ? countWord(ws[at]!, numbers, 1) : undefined;
      if (n !== undefined && n >= 1 && n < all) return n;
    }
  }
  return undefined;
}

const municipalityLabel = (plan: Plan, id: string) => plan.municipalities.find((x) => x.id === id)?.name.toLowerCase() ?? '\u0000';

function pickBudget(plan: Plan, years: number[], now: Date): Budget | undefined {
  if (years.length) return plan.budgets.find((b) => b.year === years[0]);
  return budgetOf(plan, Number(stockholmDate(now).slice(0, 4)));
}


/** The head of a balance answer: yes or no to what was asked of the balance (a deficit, a surplus, or balanced), then the balance. */
function balanceHead(lang: AnswerInput['q']['lang'], cues: readonly string[], income: number, costs: number): string {
  const diff = income - costs;
  const deficit = cues.includes('deficit');
  const surplus = cues.includes('surplus');
  if (!deficit && !surplus) return diff === 0 ? say(lang, 'yesTheBudgetBalances') : say(lang, 'noTheBudgetDoes');
  const ok = (deficit && costs > income) || (surplus && income > costs);
  const fact = diff === 0 ? say(lang, 'theBudgetBalancesShort') : diff > 0 ? say(lang, 'theBudgetHasSurplus', kronor(diff)) : say(lang, 'theBudgetHasDeficit', kronor(-diff));
  return `${say(lang, ok ? 'yes' : 'no')} – ${fact}`;
}

export function budget({ q, plan, now, data }: AnswerInput): Answer {
  const lang = q.lang;
  // English answers gloss the plan's Swedish labels: "Personal (staff)".
  const label = (l: BudgetLine) => glossedLabel(data, lang, l);
  const b = pickBudget(plan, q.years, now);
  if (!b) {
    return notInPlan(q, plan, say(lang, 'thePlanHasNoBudget', q.years[0]));
  }
  const { income, costs, diff } = budgetBalance(b);
  const balanceText =
    diff === 0
      ? say(lang, 'theBudgetBalancesIncome', kronor(income))
      : diff > 0
        ? say(lang, 'theBudgetDoesNotBalance', kronor(income), kronor(costs), kronor(diff))
        : say(lang, 'theBudgetDoesNotBalanceCosts', kronor(costs), kronor(income), kronor(-diff));
  let ctx = contextOf(q, { years: [b.year] });
  const yearNote = q.years.length ? [] : b.year !== Number(stockholmDate(now).slice(0, 4)) ? [{ type: 'text' as const, subtle: true, text: say(lang, 'theBudgetTheLatest', b.year) }] : [];
  const share = (l: BudgetLine) => (costs > 0 ? l.amount / costs : 0);

  // A named cost line, or the line a municipality's name points to ("ersättningen till Huddinge").
  const names = q.municipalities.map((m) => plan.municipalities.find((x) => x.id === m)?.name.toLowerCase() ?? '');
  const byName = b.costs.filter((l) => names.some((n) => n && l.label.toLowerCase().includes(n)));
  // A line named by its amount ("the 230 000") is that line.
  const byAmount = [...b.costs, ...b.income].filter((l) => q.amounts.includes(l.amount) && l.amount !== q.scale?.amount);
  const named = [...new Set([...byName, ...b.costs.filter((l) => q.budgetLines.includes(l.id))])];
  const lines = [...new Set([...named, ...byAmount.filter((l) => b.costs.includes(l))])];
  // "vad är 230 000?" → "för vad?": a line named by its amount (or by its municipality) is the line the next
  // question refers back to, as one named by its words is.
  if (lines.length && !q.budgetLines.length) ctx = { ...ctx, budgetLines: lines.map((l) => l.id) };
  const asksShare = q.cues.includes('share');
  const asksIncome = q.cues.includes('income') || q.budgetLines.some((id) => b.income.some((l) => l.id === id));
  // "utredningar och personal ihop": with two cost lines named, "ihop" adds them up (the budget's balance is
  // asked of the whole, "går budgeten ihop").
  const linesNamed = new Set([...q.budgetLines.filter((id) => b.costs.some((l) => l.id === id)), ...byName.map((l) => l.id)]);
  const asksBalance = q.cues.includes('balance') && linesNamed.size < 2;
  const cues = q.cues.includes('balance') && !asksBalance && !q.cues.includes('sum') ? [...q.cues, 'sum'] : q.cues;
  // "de fem kommunerna", "four municipalities": a split between as many as the question names.
  const counted = countedMembers(q.words, data);
  // Where each line is first named ("personalen … än Huddinge-ersättningen"): by its own words, or by the
  // municipality its label names; a line named by its amount only comes last.
  const mentionOf = (l: BudgetLine) => Math.min(...q.mentions.filter((m) => (m.kind === 'budgetLine' && m.id === l.id) || (m.kind === 'municipality' && l.label.toLowerCase().includes(municipalityLabel(plan, m.id)))).map((m) => m.at), Number.MAX_SAFE_INTEGER);
  const ordered = [...lines].sort((x, y) => mentionOf(x) - mentionOf(y));
  // "vem bestämmer hur avgifterna fördelas?", "who decides how much each municipality pays?": who decides is asked, which
  // the plan does not say (an equal split would answer another question); what it gives is the fees' total.
  const decides = q.cues.includes('who') && q.words.some((w) => inWordList(w, data?.decideVerbs ?? []));
  if (decides && !q.scale) {
    return { ...notInPlan(q, plan, say(lang, 'whoDecidesNotInPlan', kronor(income), b.year)), context: ctx };
  }
  // "vad kostar samarbetet per invånare i Huddinge?", "cost per Salem resident?": the plan gives no municipality's own
  // population, only Södertörn's, so a municipality's cost per inhabitant is not in it; Södertörn's is said beside.
  // (A municipality whose line is named by its own words, "ersättningen till Huddinge per invånare", is that line, not
  // whose inhabitants; "per invånare i Huddinge" alone is Huddinge's inhabitants.)
  const lineNamedByWords = byName.some((l) => q.budgetLines.includes(l.id));
  if (q.per?.includes('inhabitant') && q.municipalities.length && !lineNamedByWords && !q.scale) {
    const population = plan.organisation.population.approx;
    const own = lines.filter((l) => !byName.includes(l) || q.budgetLines.includes(l.id));
    const amount = own.length ? sum(own) : asksIncome ? income : costs;
    const what = own.length ? own.map(label).join(' + ') : asksIncome ? say(lang, 'theFeesFromThe') : say(lang, 'costs2');
    const who = listText(q.municipalities.map((m) => plan.municipalities.find((x) => x.id === m)?.name ?? m), lang);
    return {
      reply: reply('budgetPer', lang, say(lang, 'populationOnlyOfSodertorn', who, grouped(population)), [
        { type: 'text', text: say(lang, 'perInhabitantOfSodertorn', what, b.year, kronor(amount), grouped(population), `${amountText(amount / population, lang)}`) },
        // ("avgift per haningebo?": what the plan does give of the municipality's own fee, its equal share, is offered.)
        ...(own.length ? [] : [{ type: 'text' as const, text: say(lang, 'equalShareOfFees', kronor(income), counted ?? plan.municipalities.length, kronor(income / (counted ?? plan.municipalities.length))) }, { type: 'text' as const, subtle: true, text: say(lang, 'thePlanDoesNotSay') }]),
        ...yearNote,
      ]),
      context: { ...ctx, budgetLines: own.map((l) => l.id) },
    };
  }
  // "vad är kvar av totalbudgeten för resten av året fr o m 1/4": the year's share from that day, spent evenly.
  if (q.restOfYear && !q.scale) {
    const rest = restOfYear(b, q.restOfYear.from, lines.length ? lines : undefined, asksIncome, label, lang);
    if (rest) return { reply: reply('budgetRemaining', lang, rest.title, [...rest.blocks, ...yearNote]), context: ctx };
  }
  // "ersättningen till huddinge på 230 000, vad ska den täcka?": one line named with another line's amount is a premise
  // mixed up. The line's own amount first, whose amount was written, then what the line named covers (its label).
  const mixedUp = named.length === 1 && q.amounts.length === 1 && !q.scale && !q.form && named[0]!.amount !== q.amounts[0] ? [...b.costs, ...b.income].find((l) => l.amount === q.amounts[0] && l !== named[0]) : undefined;
  if (mixedUp && ['covers', 'content', 'whatIs', 'whatFor', 'tasks'].some((c) => q.cues.includes(c)) && !['remaining', 'difference', 'share', 'sum', 'ratio', 'split', 'compare', 'largest', 'smallest', 'except'].some((c) => q.cues.includes(c)) && !q.per?.length) {
    const l = named[0]!;
    return {
      reply: reply('budgetLine', lang, say(lang, 'isNotButIn', label(l), kronor(q.amounts[0]!), kronor(l.amount), b.year), [
        { type: 'text', text: say(lang, 'amountIsAnotherLine', kronor(mixedUp.amount), label(mixedUp)) },
        { type: 'text', text: say(lang, 'lineCovers', label(l)) },
        ...yearNote,
      ]),
      context: { ...ctx, budgetLines: [l.id] },
    };
  }
  // "intäkter minus kostnader", "vad är kvar av intäkterna när kostnaderna är betalda": the whole income less the whole
  // costs (no cost line named), which is the budget's balance.
  const costsWhole = q.cues.includes('costsWord') && !lines.length && !q.scale && !q.form;
  if (costsWhole && asksIncome && (q.cues.includes('difference') || q.cues.includes('remaining')) && !q.per?.length && !q.cues.includes('share')) {
    const title = diff === 0 ? say(lang, 'incomeLessCostsBalances', kronor(income - costs)) : say(lang, 'incomeLessCosts', `${diff < 0 ? '−' : ''}${kronor(Math.abs(diff))}`);
    return { reply: reply('budgetBalance', lang, title, [{ type: 'text', text: `${kronor(income)} − ${kronor(costs)} = ${diff < 0 ? '−' : ''}${kronor(Math.abs(diff))}` }, { type: 'text', text: balanceText }, ...yearNote]), context: ctx };
  }
  // "skillnaden mellan största och minsta kostnadsposten", "largest plus smallest": the largest and the smallest cost
  // lines are the operands (of a difference where the question compares them, of a sum where it adds them up).
  if (!lines.length && q.cues.includes('largest') && q.cues.includes('smallest') && b.costs.length >= 2 && !q.scale) {
    const sorted = [...b.costs].sort((x, y) => y.amount - x.amount);
    const [x, y] = [sorted[0]!, sorted.at(-1)!];
    const both = `${label(x)} ${kronor(x.amount)}`;
    const compares = comparisonAsked(q, data);
    if (q.cues.includes('sum')) {
      return { reply: reply('budgetSum', lang, say(lang, 'largestAndSmallestTogether', kronor(x.amount + y.amount)), [{ type: 'text', text: `${both} + ${label(y)} ${kronor(y.amount)} = ${kronor(x.amount + y.amount)}` }, ...yearNote]), context: ctx };
    }
    if (compares) {
      return { reply: reply('budgetDifference', lang, say(lang, 'largestLessSmallest', kronor(x.amount - y.amount)), [{ type: 'text', text: `${both} − ${label(y)} ${kronor(y.amount)} = ${kronor(x.amount - y.amount)}` }, ...yearNote]), context: ctx };
    }
  }
  // "om Salem hoppar av och de sju andra delar lika", "if only Botkyrka, Huddinge and Haninge paid, equally": the fees
  // split equally among fewer than all the members (those left, or only those named).
  const among = splitAmong(q, plan, data, counted);
  if (among && !q.scale) {
    const each = income / among.members;
    return {
      reply: reply('budgetSplit', lang, `${kronor(each)} ${say(lang, 'perUnits', [data?.perUnits?.municipality].filter((u): u is PerUnit => typeof u === 'object'))}`.trim(), [
        { type: 'text', text: `${among.why}.` },
        { type: 'text', text: say(lang, 'equalShareOfFees', kronor(income), among.members, kronor(each)) },
        { type: 'text', subtle: true, text: say(lang, 'thePlanDoesNotSay') },
        ...yearNote,
      ]),
      context: { ...ctx, per: ['municipality'] },
    };
  }
  // "om avgifterna delas lika, vad betalar Huddinge netto efter ersättningen?": a member's equal share of the fees less
  // what the budget pays back to it (the cost lines whose label names it; none for most members).
  if (q.cues.includes('net') && q.municipalities.length === 1 && (q.cues.includes('split') || q.per?.includes('municipality')) && !q.scale) {
    const members = counted ?? plan.municipalities.length;
    const each = income / members;
    const net = each - sum(byName);
    const who = plan.municipalities.find((x) => x.id === q.municipalities[0])?.name ?? q.municipalities[0]!;
    const blocks: Block[] = [{ type: 'text', text: say(lang, 'equalShareOfFees', kronor(income), members, kronor(each)) }];
    blocks.push(byName.length ? { type: 'text', text: `${kronor(each)} − ${byName.map((l) => `${label(l)} ${kronor(l.amount)}`).join(' − ')} = ${kronor(net)}` } : { type: 'text', text: say(lang, 'nothingPaidBackTo', who) });
    blocks.push({ type: 'text', subtle: true, text: say(lang, 'thePlanDoesNotSay') }, ...yearNote);
    return { reply: reply('budgetNet', lang, say(lang, 'netOfMember', who, kronor(net)), blocks), context: ctx };
  }
  // "Huddinges andel jämfört med ersättningen för sekretariatet?", "skillnaden mellan en kommuns lika andel och
  // personalkostnaden", "hur mycket mer betalar Tyresö i avgift än Huddinge får för kontorsservice?": one member's equal
  // share of the fees (a member named before the line, or one municipality asked) against one cost line, as a difference.
  const against = shareAgainstLine(q, b, counted ?? plan.municipalities.length, data);
  if (against) {
    const { line, members, lineAt } = against;
    const each = income / members;
    const d = Math.abs(each - line.amount);
    const first = q.mentions.find((m) => m.kind === 'municipality' && m.at < lineAt);
    const who = first ? plan.municipalities.find((x) => x.id === first.id)?.name ?? first.id : undefined;
    const title = say(lang, each >= line.amount ? 'shareMoreThanLine' : 'shareLessThanLine', who, kronor(each), kronor(d), label(line), kronor(line.amount));
    return {
      reply: reply('budgetDifference', lang, title, [
        { type: 'text', text: say(lang, 'equalShareOfFees', kronor(income), members, kronor(each)) },
        { type: 'text', text: each >= line.amount ? `${kronor(each)} − ${kronor(line.amount)} = ${kronor(d)}` : `${kronor(line.amount)} − ${kronor(each)} = ${kronor(d)}` },
        { type: 'text', subtle: true, text: say(lang, 'thePlanDoesNotSay') },
        ...yearNote,
      ]),
      context: { ...ctx, budgetLines: [line.id] },
    };
  }
  // "nykvarn + salem tillsammans, om avgiften delas lika?": two or more members named with an equal split are that many
  // equal shares of the fees together (not the line a name points to, "Ersättning till Huddinge kommun").
  const members = counted ?? plan.municipalities.length;
  if (q.municipalities.length >= 2 && q.municipalities.length < members && (q.cues.includes('split') || q.per?.includes('municipality')) && !q.cues.includes('overTime') && !q.scale && !q.perCount && !q.budgetLines.some((id) => b.costs.some((l) => l.id === id))) {
    const each = income / members;
    const together = each * q.municipalities.length;
    const who = q.municipalities.map((m) => plan.municipalities.find((x) => x.id === m)?.name ?? m);
    return {
      reply: reply('budgetSplit', lang, say(lang, 'equalSharesTogether', listText(who, lang), kronor(together)), [
        { type: 'text', text: say(lang, 'equalShareOfFees', kronor(income), members, kronor(each)) },
        { type: 'text', text: `${kronor(each)} × ${q.municipalities.length} = ${kronor(together)}` },
        { type: 'text', subtle: true, text: say(lang, 'thePlanDoesNotSay') },
        ...yearNote,
      ]),
      context: { ...ctx, per: ['municipality'] },
    };
  }
  const sides = q.scale || q.cues.includes('share') || q.cues.includes('ratio') ? undefined : differenceOfSums(b, q, mentionOf, data?.comparisonWords?.sides?.[lang] ?? []);
  if (sides) {
    const [x, y] = sides[0].total >= sides[1].total ? sides : [sides[1], sides[0]];
    const d = x.total - y.total;
    const side = (s: { lines: BudgetLine[]; total: number }) => (s.lines.length === 1 ? `${label(s.lines[0]!)} ${kronor(s.total)}` : s.lines.map(label).join(' + '));
    const blocks: Block[] = [x, y].filter((s) => s.lines.length > 1).map((s) => ({ type: 'text' as const, text: `${side(s)}: ${s.lines.map((l) => kronor(l.amount)).join(' + ')} = ${kronor(s.total)}` }));
    blocks.push({ type: 'text', text: `${x.lines.length > 1 ? kronor(x.total) : side(x)} − ${y.lines.length > 1 ? kronor(y.total) : side(y)} = ${kronor(d)}` });
    return { reply: reply('budgetDifference', lang, say(lang, 'difference', kronor(d)), [...blocks, ...yearNote]), context: ctx };
  }
  const arithmetic = computeOver(b, ordered, byAmount, { asksIncome, label, lang, members: counted ?? plan.municipalities.length, population: plan.organisation.population.approx, ...meetingsPer(q, plan, b.year), cues: counted && !asksBalance && !cues.includes('split') ? [...cues, 'split'] : cues, per: q.per ?? [], ...(q.perCount ? { perCount: q.perCount } : {}), scale: q.scale, units: data?.perUnits ?? {}, text: q.text, at: (l) => mentionOf(l), totalHeld: q.totalHeld === true, amounts: q.amounts, unchangedAt: q.unchangedAt, window: data?.unchanged?.window ?? 0, yesNo: q.form === 'yesNo', ...(q.ordinal !== undefined ? { rank: q.ordinal } : {}) });
  // The units divided by are kept, so "och per kvartal?" divides the same amount further.
  if (arithmetic) {
    const found = arithmetic.found ? { budgetLines: arithmetic.found.lines, ...(arithmetic.found.earlier.length ? { earlierBudgetLines: arithmetic.found.earlier } : {}) } : {};
    return { reply: reply(arithmetic.kind, lang, arithmetic.title, [...arithmetic.blocks, ...yearNote]), context: { ...ctx, ...found, ...(arithmetic.per ? { per: arithmetic.per } : {}) } };
  }

  if (lines.length && !asksBalance) {
    const blocks: Block[] = [{ type: 'bars', rows: lines.map((l) => ({ label: label(l), value: kronor(l.amount), share: share(l) })) }];
    if (lines.length > 1) blocks.push({ type: 'text', text: say(lang, 'together', kronor(sum(lines)), percent(sum(lines) / costs, lang)) });
    blocks.push({ type: 'text', subtle: true, text: say(lang, 'shareOfTheCosts', b.year, kronor(costs)) });
    const l = lines[0]!;
    const title = asksShare
      ? say(lang, 'ofTheBudget', label(l), percent(share(l), lang))
      : say(lang, 'budgetLineTitle', label(l), kronor(l.amount));
    return { reply: reply('budgetLine', lang, title, blocks), context: ctx };
  }
  if (!lines.length && q.municipalities.length && (asksIncome || q.cues.includes('money'))) {
    const who = q.municipalities.map((m) => plan.municipalities.find((x) => x.id === m)?.name ?? m).join(', ');
    return notInPlan(q, plan, say(lang, 'thePlanDoesNot', kronor(income), b.year, who));
  }
  if (asksIncome && !asksBalance) {
    return {
      reply: reply('budgetIncome', lang, say(lang, 'incomeOfYear', b.year, kronor(income)), [
        { type: 'facts', facts: b.income.map((l) => ({ title: label(l), value: kronor(l.amount) })) },
        ...yearNote,
      ]),
      context: ctx,
    };
  }
  if (asksBalance) {
    return {
      // ("går den med underskott", "any surplus?": a deficit or a surplus asked is answered for what was asked, so a
      // balanced budget is "Nej" to a deficit.)
      reply: reply('budgetBalance', lang, balanceHead(lang, q.cues, income, costs), [
        { type: 'text', text: balanceText },
        ...yearNote,
      ]),
      context: ctx,
    };
  }
  // "vad är summan av alla kostnader", "budgeten totalt": the total is what was asked, so it heads the breakdown.
  const totalAsked = q.cues.includes('sum') && !q.cues.includes('income');
  const blocks: Block[] = [
    { type: 'heading', text: say(lang, 'incomeHeading') },
    { type: 'facts', facts: [...b.income.map((l) => ({ title: label(l), value: kronor(l.amount) })), { title: say(lang, 'total'), value: kronor(income) }] },
    { type: 'heading', text: say(lang, 'costs') },
    { type: 'bars', rows: b.costs.map((l) => ({ label: label(l), value: kronor(l.amount), share: share(l) })) },
    { type: 'facts', facts: [{ title: say(lang, 'total'), value: kronor(costs) }] },
    { type: 'text', text: balanceText },
    ...yearNote,
  ];
  return { reply: reply('budget', lang, totalAsked ? say(lang, 'costsInTotal', b.year, kronor(costs)) : say(lang, 'budget', b.year), blocks), context: ctx };
}

/**
 * What is left of an amount (lines named, else the income or the costs) for the rest of the budget's year from a day
 * (`from`, the first day that counts), spent evenly: whole months after that day's month, and the part of its month
 * from that day. "860 000 kr × 9/12 = 645 000 kr"; the answer says it is an even spread, which the plan does not give.
 */
function restOfYear(b: Budget, from: string, lines: BudgetLine[] | undefined, asksIncome: boolean, label: (l: BudgetLine) => string, lang: 'sv' | 'en'): { title: string; blocks: Block[] } | undefined {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  if (y !== b.year) return undefined;
  const { income, costs } = budgetBalance(b);
  const amount = lines ? sum(lines) : asksIncome ? income : costs;
  const what = lines ? lines.map(label).join(' + ') : say(lang, 'theBudgetWord');
  const inMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const months = 12 - m + (inMonth - d + 1) / inMonth;
  const left = Math.round((amount * months) / 12);
  const monthsText = Number.isInteger(months) ? String(months) : String(Math.round(months * 10) / 10).replace('.', say(lang, 'decimalSeparator'));
  const day = (iso: string) => formatDay(iso, lang, false).replace(/^\p{L}+ /u, '');
  const monthName = (n: number) => formatMonth(`${y}-${String(n).padStart(2, '0')}`, lang).replace(/ \d+$/, '');
  const span = d === 1 ? (m === 12 ? monthName(12) : `${monthName(m)}–${monthName(12)}`) : `${day(from)}–${day(`${y}-12-31`)}`;
  const blocks: Block[] = [{ type: 'text', text: `${kronor(amount)} × ${monthsText}/12 = ${kronor(left)}` }];
  if (m > 1 || d > 1) blocks.push({ type: 'text', text: say(lang, 'restOfYearSpentBefore', day(new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10)), kronor(amount - left)) });
  blocks.push({ type: 'text', subtle: true, text: say(lang, 'restOfYearBasis', monthsText, span) });
  return { title: say(lang, 'restOfYearTitle', what, b.year, day(from), kronor(left)), blocks };
}

/** A what-if change as written in a sum: "× 1,1", "− 30 000 kr", "→ 300 000 kr". */
function scaleText(s: Scale, lang: 'sv' | 'en'): string {
  return s.to !== undefined ? `→ ${kronor(s.to)}` : s.factor !== undefined ? `× ${String(Math.round(s.factor * 1000) / 1000).replace('.', say(lang, 'decimalSeparator'))}` : `${s.add! < 0 ? '−' : '+'} ${kronor(Math.abs(s.add!))}`;
}

interface Computed {
  kind: string;
  title: string;
  blocks: Block[];
  /** The perUnits ids the amount was divided by. */
  per?: string[];
  /** The lines the answer is about, for a follow-up ("difference between them?"): the last found, and the ones before. */
  found?: { lines: string[]; earlier: string[] };
}

/**
 * Arithmetic over the budget, from the cue words of the question: what a line named by its amount is,
 * an equal split between the member municipalities, per month, the difference between two lines, the
 * sum of lines, what is left after costs, the largest and smallest line. Each answer shows its sum.
 */
function computeOver(
  b: Budget,
  lines: BudgetLine[],
  byAmount: BudgetLine[],
  o: { asksIncome: boolean; label: (l: BudgetLine) => string; lang: 'sv' | 'en'; members: number; population: number; meetings?: BodyMeetings; cues: string[]; per: string[]; perCount?: { unit: string; count: number }; scale?: Scale; units: Record<string, PerUnit | string>; text?: string; at?: (l: BudgetLine) => number; totalHeld?: boolean; amounts?: number[]; unchangedAt?: number[]; window?: number; yesNo?: boolean; rank?: number },
): Computed | undefined {
  const { lang, label, cues } = o;
  const has = (c: string) => cues.includes(c);
  const { income, costs } = budgetBalance(b);
  const names = (ls: BudgetLine[]) => ls.map(label).join(' + ');
  const calc = (text: string): Block => ({ type: 'text', text });

  // "hur många gånger större är personalen än Huddinge-ersättningen", "ratio of staff to studies", "utredningar
  // delat med kontorsservicen", "the total is how many times the Huddinge line": one amount divided by another.
  // "gånger"/"times" asks how many times the larger holds the smaller; a ratio or a division keeps the order written.
  // ("hur många gånger" is a count of meetings too: with lines named it is a ratio.)
  const ratioAsked = has('ratio') || (has('count') && /\b(ganger|ggr|times)\b/.test(fold(o.text ?? '')));
  const ratioPair: Array<{ name: string; amount: number }> | undefined = !ratioAsked || o.scale
    ? undefined
    : lines.length >= 2
      ? lines.slice(0, 2).map((l) => ({ name: label(l), amount: l.amount }))
      : lines.length === 1 && (has('sum') || has('budget')) && lines[0]!.amount < costs
        ? [{ name: say(lang, 'theTotalCosts', b.year), amount: costs }, { name: label(lines[0]!), amount: lines[0]!.amount }]
        : undefined;
  if (ratioPair && ratioPair[1]!.amount > 0 && ratioPair[0]!.amount > 0) {
    const times = /\b(ganger|ggr|times)\b/.test(fold(o.text ?? ''));
    const [x, y] = times && ratioPair[0]!.amount < ratioPair[1]!.amount ? [ratioPair[1]!, ratioPair[0]!] : [ratioPair[0]!, ratioPair[1]!];
    const r = x.amount / y.amount;
    const n = String(Math.round(r * 10) / 10).replace('.', say(lang, 'decimalSeparator'));
    return {
      kind: 'budgetRatio',
      title: say(lang, 'timesAsLarge', x.name, n, y.name),
      blocks: [calc(`${kronor(x.amount)} / ${kronor(y.amount)} = ${String(Math.round(r * 100) / 100).replace('.', say(lang, 'decimalSeparator'))}`)],
    };
  }

  // "how much bigger is personal than all the other costs combined?", "hur mycket mindre är utredningarna än resten
  // tillsammans": one line against the sum of the other cost lines, as a difference.
  if (has('difference') && (has('others') || has('except')) && lines.length === 1 && b.costs.length > 2 && !o.scale && !ratioAsked) {
    const l = lines[0]!;
    const rest = b.costs.filter((x) => x !== l);
    const r = sum(rest);
    const more = l.amount >= r;
    const d = Math.abs(l.amount - r);
    return {
      kind: 'budgetDifference',
      title: say(lang, more ? 'lineMoreThanRest' : 'lineLessThanRest', label(l), kronor(d)),
      blocks: [
        calc(`${names(rest)}: ${rest.map((x) => kronor(x.amount)).join(' + ')} = ${kronor(r)}`),
        calc(more ? `${kronor(l.amount)} − ${kronor(r)} = ${kronor(d)}` : `${kronor(r)} − ${kronor(l.amount)} = ${kronor(d)}`),
      ],
    };
  }
  // "allt utom personal", "share of costs that is not staff": the other lines.
  if (has('except') && lines.length && lines.length < b.costs.length) {
    const rest = b.costs.filter((l) => !lines.includes(l));
    const total = sum(rest);
    return {
      kind: 'budgetLine',
      title: say(lang, 'allButOfThe', names(lines), kronor(total), percent(total / costs, lang)),
      blocks: [{ type: 'bars', rows: rest.map((l) => ({ label: label(l), value: kronor(l.amount), share: costs > 0 ? l.amount / costs : 0 })) }, calc(`${kronor(costs)} − ${lines.map((l) => kronor(l.amount)).join(' − ')} = ${kronor(total)}`)],
    };
  }
  // "per kommun och kvartal", "per månad", "per invånare": the amount divided by each unit asked for.
  const units = perUnitsOf(o);
  if (units.length) {
    const planned = lines.length ? sum(lines) : o.asksIncome || units.some((u) => u.id === 'municipality') ? income : costs;
    const what = lines.length ? names(lines) : o.asksIncome || units.some((u) => u.id === 'municipality') ? say(lang, 'theFeesFromThe') : say(lang, 'costs2');
    // "om utredningarna minskar med 10 000, hur mycket blir det per kvartal?": the amount after the change, divided.
    const s = o.scale && !o.totalHeld ? o.scale : undefined;
    const base = s ? s.to ?? planned * (s.factor ?? 1) + (s.add ?? 0) : planned;
    // "efter tre kvartal": the last unit counted, so the amount of that many units.
    const counted = o.perCount && units.at(-1)?.id === o.perCount.unit ? o.perCount.count : 1;
    const each = units.reduce((v, u) => v / u.n, base) * counted;
    const per = counted > 1
      ? say(lang, 'overUnits', units.slice(0, -1).map((u) => u.unit), counted, units.at(-1)!.unit)
      : say(lang, 'perUnits', units.map((u) => u.unit));
    const chain = units.map((u) => ` / ${grouped(u.n)} ${say(lang, 'unitPlural', u.unit)}`).join('') + (counted > 1 ? ` × ${counted}` : '');
    const blocks: Block[] = [];
    if (s) blocks.push(calc(`${what}: ${kronor(planned)} ${scaleText(s, lang)}${s.to === undefined ? ` = ${kronor(base)}` : ''}`));
    blocks.push(calc(`${what} ${b.year}: ${kronor(base)}${chain} = ${amountText(each, lang)} ${per}${units.some((u) => u.id === 'municipality') ? say(lang, 'splitEqually') : ''}.`));
    if (units.some((u) => u.id === 'municipality')) blocks.push({ type: 'text', subtle: true, text: say(lang, 'thePlanDoesNotSay') });
    if (units.some((u) => u.id === 'inhabitant')) blocks.push({ type: 'text', subtle: true, text: say(lang, 'inhabitantsOfSodertorn', grouped(o.population)) });
    if (units.some((u) => u.id === 'meeting') && o.meetings) blocks.push({ type: 'text', subtle: true, text: say(lang, 'bodyMeetingsInYear', o.meetings.body, o.meetings.count, b.year) });
    const kind = units.some((u) => u.id === 'municipality') ? 'budgetSplit' : units.length === 1 && units[0]!.id === 'month' ? 'budgetPerMonth' : 'budgetPer';
    return { kind, title: `${amountText(each, lang)} ${per}`, blocks, per: units.map((u) => u.id) };
  }
  // "om utredningarna dubblas", "if staff rose by 10 %": the line (or the costs) after the change, and the costs then.
  // "om personalen ökar med 20 000 och totalen och Huddinge-ersättningen är oförändrade, hur mycket blir kvar till
  // utredningar?": with the total kept, the line changed is the one named nearest the change, the line asked about is
  // the last one named, and every other line keeps its amount; the one asked about gets what is left.
  if (o.scale && o.totalHeld && lines.length >= 2 && o.at) {
    const s = o.scale;
    const near = (l: BudgetLine) => Math.abs(o.at!(l) - (s.at ?? 0));
    const changed = s.at === undefined ? lines[0]! : [...lines].sort((x, y) => near(x) - near(y))[0]!;
    // A line named next to a word for unchanged ("Huddinge unchanged") keeps its amount; the last other one is asked about.
    // (Each such word keeps the line named nearest it, within the lexicon's window.)
    const keptLines = new Set<BudgetLine>();
    for (const i of o.unchangedAt ?? []) {
      const nearest = [...lines].sort((x, y) => Math.abs(o.at!(x) - i) - Math.abs(o.at!(y) - i))[0];
      if (nearest && Math.abs(o.at!(nearest) - i) <= (o.window ?? 0)) keptLines.add(nearest);
    }
    const kept = (l: BudgetLine) => keptLines.has(l);
    const target = [...lines].reverse().find((l) => l !== changed && !kept(l)) ?? [...lines].reverse().find((l) => l !== changed)!;
    const after = s.to ?? changed.amount * (s.factor ?? 1) + (s.add ?? 0);
    const others = b.costs.filter((l) => l !== changed && l !== target);
    const left = costs - after - sum(others);
    const how = scaleText(s, lang);
    return {
      kind: 'budgetWhatIf',
      title: say(lang, 'insteadOf', label(target), kronor(left), kronor(target.amount)),
      blocks: [
        calc(s.to !== undefined ? `${label(changed)}: ${kronor(changed.amount)} ${how}` : `${label(changed)}: ${kronor(changed.amount)} ${how} = ${kronor(after)}`),
        calc(`${kronor(costs)} − ${kronor(after)}${others.map((l) => ` − ${kronor(l.amount)}`).join('')} = ${kronor(left)}`),
        calc(`${label(target)}: ${kronor(target.amount)} ${left >= target.amount ? '+' : '−'} ${kronor(Math.abs(left - target.amount))} = ${kronor(left)}`),
        { type: 'text', subtle: true, text: say(lang, 'withTheTotalKept', kronor(costs), label(target), others.map((l) => `${label(l)} ${kronor(l.amount)}`).join(', ')) },
      ],
    };
  }
  if (o.scale) {
    // "om avgifterna höjs med 40 000, vad blir intäkterna": with no cost line named, the income changes.
    const ofIncome = !lines.length && o.asksIncome;
    const base = lines.length ? sum(lines) : ofIncome ? income : costs;
    const what = lines.length ? names(lines) : say(lang, ofIncome ? 'income2' : 'costs2');
    const s = o.scale;
    const after = s.to ?? base * (s.factor ?? 1) + (s.add ?? 0);
    const newCosts = lines.length ? costs - base + after : after;
    const how = scaleText(s, lang);
    const blocks: Block[] = [calc(s.to !== undefined ? `${what}: ${kronor(base)} ${how}` : `${what}: ${kronor(base)} ${how} = ${kronor(after)}`)];
    if (lines.length) blocks.push(calc(say(lang, 'theCostsWouldThen', kronor(newCosts), kronor(costs), kronor(income))));
    if (ofIncome) blocks.push(calc(say(lang, 'theIncomeWouldThen', kronor(after), kronor(income), kronor(costs))));
    blocks.push({ type: 'text', subtle: true, text: say(lang, 'aWorkedExampleThe', kronor(base), b.year) });
    // "vad blir totalen", "what would the total be" of one line changed: the total heads the answer.
    const totalAsked = lines.length === 1 && has('sum');
    // "hur stort underskott skulle det bli?", "what surplus would that leave?": the balance after the change heads the
    // answer, income less the costs then (the other side as the plan has it). With no line named the change is of all
    // the costs ("om kostnaderna blir 900 000, hur stort blir underskottet?").
    const balanceAsked = has('deficit') || has('surplus') || has('balance');
    if (balanceAsked) {
      const incomeThen = ofIncome ? after : income;
      const costsThen = ofIncome ? costs : newCosts;
      const diff = incomeThen - costsThen;
      const fact = diff === 0 ? say(lang, 'theBudgetBalancesShort') : diff > 0 ? say(lang, 'theBudgetHasSurplus', kronor(diff)) : say(lang, 'theBudgetHasDeficit', kronor(-diff));
      blocks.splice(-1, 0, calc(`${kronor(incomeThen)} − ${kronor(costsThen)} = ${diff < 0 ? '−' : ''}${kronor(Math.abs(diff))}`));
      // ("blir det underskott?", "går budgeten ihop då?": a yes or a no to what was asked, then the balance.)
      return { kind: 'budgetWhatIf', title: o.yesNo ? balanceHead(lang, cues, incomeThen, costsThen) : say(lang, 'thenTheBudget', fact), blocks };
    }
    const title = totalAsked ? say(lang, 'insteadOf', say(lang, 'costs2'), kronor(newCosts), kronor(costs)) : say(lang, 'insteadOf', what, kronor(after), kronor(base));
    return { kind: 'budgetWhatIf', title, blocks };
  }
  // ("how does staff compare to office services?", "personal vs utredningar": two lines compared are their difference.)
  if ((has('difference') || (has('compare') && lines.length === 2 && !has('share') && !has('sum'))) && lines.length >= 2) {
    const [x, y] = [...lines].sort((p, q) => q.amount - p.amount) as [BudgetLine, BudgetLine];
    const d = x.amount - y.amount;
    return {
      kind: 'budgetDifference',
      title: say(lang, 'difference', kronor(d)),
      blocks: [calc(`${label(x)} ${kronor(x.amount)} − ${label(y)} ${kronor(y.amount)} = ${kronor(d)}`)],
    };
  }
  // "om vi lägger 100 000 av utredningspengarna på en studie, hur mycket finns kvar på den posten?": an amount
  // that is no line's, spent of the one line named, leaves the rest of that line.
  const spent = (o.amounts ?? []).filter((a) => !b.costs.some((l) => l.amount === a) && !b.income.some((l) => l.amount === a));
  if (has('remaining') && lines.length === 1 && spent.length === 1 && spent[0]! < lines[0]!.amount && !has('share') && !o.scale) {
    const l = lines[0]!;
    const left = l.amount - spent[0]!;
    return {
      kind: 'budgetRemaining',
      title: say(lang, 'leftOnLine', label(l), kronor(left)),
      blocks: [calc(`${kronor(l.amount)} − ${kronor(spent[0]!)} = ${kronor(left)}`)],
    };
  }
  // "om vi förbrukat 300 000 totalt, vad återstår?": an amount that is no line's, spent with no line named, leaves the
  // rest of the year's costs.
  if (has('remaining') && !lines.length && !o.asksIncome && spent.length === 1 && spent[0]! < costs && !has('share') && !o.scale) {
    const left = costs - spent[0]!;
    return {
      kind: 'budgetRemaining',
      title: say(lang, 'leftOfBudget', b.year, kronor(left)),
      blocks: [calc(`${kronor(costs)} − ${kronor(spent[0]!)} = ${kronor(left)}`)],
    };
  }
  if (has('remaining') && lines.length && !has('share')) {
    const left = income - sum(lines);
    return {
      kind: 'budgetRemaining',
      title: say(lang, 'leftAfter', names(lines), kronor(left)),
      blocks: [
        calc(say(lang, 'incomeMinusCosts', kronor(income), lines.map((l) => kronor(l.amount)).join(' − '), kronor(left))),
        { type: 'list', items: b.costs.filter((l) => !lines.includes(l)).map((l) => `${label(l)}: ${kronor(l.amount)}`) },
      ],
    };
  }
  if (has('sum') && lines.length >= 2) {
    const total = sum(lines);
    return {
      kind: 'budgetSum',
      title: say(lang, 'together2', kronor(total)),
      blocks: [calc(`${lines.map((l) => `${label(l)} ${kronor(l.amount)}`).join(' + ')} = ${kronor(total)}`), { type: 'text', subtle: true, text: say(lang, 'ofTheCosts', percent(total / costs, lang), b.year, kronor(costs)) }],
    };
  }
  if ((has('largest') || has('smallest')) && lines.length !== 1 && b.costs.length) {
    const sorted = [...(lines.length > 1 ? lines : b.costs)].sort((p, q) => q.amount - p.amount);
    // "the second largest", "näst minsta posten": the line of that rank from the top (the bottom); "difference between
    // them?" after it is between it and the ones ranked before it.
    const rank = o.rank ?? 1;
    if (rank > sorted.length) return undefined;
    const ranked = has('largest') ? sorted : [...sorted].reverse();
    const l = ranked[rank - 1]!;
    const word = rank > 1 ? say(lang, has('largest') ? 'rankedLargestCost' : 'rankedSmallestCost', rank) : has('largest') ? say(lang, 'largestCost') : say(lang, 'smallestCost');
    return {
      kind: 'budgetLine',
      title: `${word}: ${label(l)}, ${kronor(l.amount)}`,
      blocks: [{ type: 'bars', rows: sorted.map((x) => ({ label: label(x), value: kronor(x.amount), share: costs > 0 ? x.amount / costs : 0 })) }],
      // (Lines named are the answer's already: "vilken är störst av personal och utredningar, och skillnaden?" keeps both.)
      ...(lines.length ? {} : { found: { lines: [l.id], earlier: ranked.slice(0, rank - 1).map((x) => x.id) } }),
    };
  }
  // "Vad ingår i 230 000?": the line of that amount, and what it covers (its label).
  if (byAmount.length === 1 && !has('share')) {
    const l = byAmount[0]!;
    return {
      kind: 'budgetLine',
      title: say(lang, 'budgetLineByAmountTitle', kronor(l.amount), label(l)),
      blocks: [calc(say(lang, 'budgetLineOfAmount', kronor(l.amount), b.year, l.label, o.label(l) !== l.label ? o.label(l).slice(l.label.length + 2, -1) : undefined))],
    };
  }
  return undefined;
}

/**
 * "hur mycket mer går till personal än till Huddingeersättningen och utredningarna tillsammans?", "skillnaden mellan
 * avgifterna och personal plus utredningar", "how much less do the consultants and the Huddinge compensation cost together
 * than staff?": a difference asked with a word of sum over three lines or more (an income line among them, where named)
 * is one side's sum against the other's. A word between the sides (comparisonWords.sides: "än", "than", "minus") divides
 * them where it stands between the lines named; with none, the first line named is one side and the rest the other.
 */
function differenceOfSums(b: Budget, q: AnswerInput['q'], at: (l: BudgetLine) => number, sideWords: readonly string[]): [{ lines: BudgetLine[]; total: number }, { lines: BudgetLine[]; total: number }] | undefined {
  if (!q.cues.includes('sum') || !(q.cues.includes('difference') || q.cues.includes('compare'))) return undefined;
  const named = [...b.income, ...b.costs].filter((l) => at(l) < Number.MAX_SAFE_INTEGER).sort((x, y) => at(x) - at(y));
  if (named.length < 3) return undefined;
  const words = q.words;
  const divider = words.findIndex((w, i) => sideWords.includes(w) && i > at(named[0]!) && i < at(named.at(-1)!));
  const left = divider >= 0 ? named.filter((l) => at(l) < divider) : named.slice(0, 1);
  const right = named.filter((l) => !left.includes(l));
  if (!left.length || !right.length) return undefined;
  return [{ lines: left, total: sum(left) }, { lines: right, total: sum(right) }];
}

/**
 * Whether the question compares two figures: a cue of difference, comparison or gap, or a word of the lexicon's
 * comparisonWords for its language among the words it was read as, outside the `not` phrases.
 */
function comparisonAsked(q: Pick<Query, 'cues' | 'lang' | 'words'>, data: AnswerInput['data']): boolean {
  return ['difference', 'compare', 'gap'].some((c) => q.cues.includes(c)) || comparesFigures(q.words, q.lang, data?.comparisonWords);
}

/** Whether a word of the lexicon's comparisonWords for the language is among the words, outside its `not` phrases. */
function comparesFigures(read: readonly string[], lang: Lang, words: LexiconData['comparisonWords']): boolean {
  if (!words) return false;
  let padded = ` ${read.join(' ')} `;
  for (const p of words.not) padded = padded.split(` ${p} `).join(' ');
  return padded.trim().split(' ').some((w) => words[lang].includes(w));
}
