// Organisation answers: members, who sits where, the secretariat, the plan's texts and the joint bodies.
import { reply, type Block } from '../core/reply.js';
import type { Body, Plan } from '../store/schema.js';
import { formatWhen, plannedMeetings, weekdayName } from '../domain/calendar.js';
import { contextOf, meetingFacts, notInPlan, type Answer, type AnswerInput } from './common.js';
import { grouped, kronor, listText } from '../text/format.js';
import { municipalityName } from '../domain/names.js';
import { fold } from '../understand/normalize.js';
import { glossedLabel } from '../understand/lexicon.js';
import { say } from '../text/catalogue/index.js';
import { askedWords, passageInEnglish, stem, stopSet } from './passages.js';

/** The most meetings in the calendar of a body whose description lists them (a day, a conference held once or twice). */
const FEW_MEETINGS = 2;

export const TRANSLATION_NOTE = { type: 'text' as const, subtle: true, text: "Quoted from the plan, which is in Swedish." };

function weekdayTime(b: Body, lang: 'sv' | 'en'): string | undefined {
  if (!b.usualTime) return undefined;
  const c = (s: string) => say(lang, 'clockTime', s);
  return `${weekdayName(b.usualTime.weekday, lang, true)} ${c(b.usualTime.start)}–${c(b.usualTime.end)}`;
}

export function bodyBlocks(plan: Plan, b: Body, lang: 'sv' | 'en'): Block[] {
  const facts: Array<{ title: string; value: string }> = [];
  if (b.composition) facts.push({ title: say(lang, 'madeUpOf'), value: b.composition });
  if (b.memberMunicipalities.length)
    facts.push({ title: say(lang, 'municipalities'), value: listText(b.memberMunicipalities.map((m) => municipalityName(plan, m)), lang) });
  if (b.otherMembers.length) facts.push({ title: say(lang, 'alsoTakingPart'), value: listText(b.otherMembers, lang) });
  if (b.attendees) facts.push({ title: say(lang, 'alsoAttending'), value: b.attendees });
  if (b.hostMunicipality) facts.push({ title: say(lang, 'hostMunicipality'), value: municipalityName(plan, b.hostMunicipality) });
  if (b.secretariatMunicipality) facts.push({ title: say(lang, 'secretariat2'), value: `${municipalityName(plan, b.secretariatMunicipality)} kommun` });
  if (b.start) facts.push({ title: say(lang, 'started'), value: /^\d{4}-01-01$/.test(b.start) ? say(lang, 'january', b.start.slice(0, 4)) : b.start });
  if (b.frequency) facts.push({ title: say(lang, 'meetings'), value: b.frequency });
  const wt = weekdayTime(b, lang);
  if (wt) facts.push({ title: say(lang, 'meetingTime'), value: wt });
  if (b.openToMoreMembers) facts.push({ title: say(lang, 'moreMembers'), value: say(lang, 'moreMunicipalitiesMayJoin') });
  const blocks: Block[] = [];
  if (b.description) blocks.push({ type: 'text', text: b.description });
  if (facts.length) blocks.push({ type: 'facts', facts });
  if (b.tasks.length) blocks.push({ type: 'heading', text: say(lang, 'tasks') }, { type: 'list', items: b.tasks });
  return blocks;
}

export function members({ q, plan, data }: AnswerInput): Answer {
  const lang = q.lang;
  const unlisted = q.bodies.map((id) => plan.bodies.find((x) => x.id === id)!).filter((b) => b && !b.memberMunicipalities.length && !b.otherMembers.length && !b.composition);
  if (q.bodies.length && unlisted.length === q.bodies.length) {
    const b = unlisted[0]!;
    // The body stays the subject: "and what task has it been given?" follows on about it.
    return { ...notInPlan(q, plan, say(lang, 'thePlanDoesNotList', b.name, b.description)), context: contextOf(q, { bodies: [b.id] }) };
  }
  const combined = memberSets(q, plan);
  if (combined) return combined;
  if (q.bodies.length) {
    // (In English, the body's Swedish description is said in English first, where every sentence of it has a gloss.)
    const english = (b: Body): Block[] => { const en = lang === 'en' && b.description ? passageInEnglish(b.description, data?.glosses?.passages) : undefined; return en ? [{ type: 'text', text: en }] : []; };
    const blocks = q.bodies.flatMap((id) => {
      const b = plan.bodies.find((x) => x.id === id)!;
      return [...(q.bodies.length > 1 ? [{ type: 'heading' as const, text: b.name }] : []), ...english(b), ...bodyBlocks(plan, b, lang)];
    });
    const name = listText(q.bodies.map((id) => plan.bodies.find((x) => x.id === id)!.name), lang);
    // "hur många kommuner är med i …": the count first, computed from the members the plan names.
    const counted = q.cues.includes('count') && q.bodies.length === 1 ? plan.bodies.find((x) => x.id === q.bodies[0])! : undefined;
    // "hur många är med i rådslaget": municipalities and the other members the plan names, counted.
    const others = counted && !q.cues.includes('municipalitiesWord') ? counted.otherMembers : [];
    // "hur många kommuner är med i miljöförbundet jämfört med överförmyndarnämnden?", "… vs …": each body's count.
    const countedEach = q.cues.includes('count') && q.bodies.length > 1 ? q.bodies.map((id) => plan.bodies.find((x) => x.id === id)!) : undefined;
    if (countedEach?.every((b) => b.memberMunicipalities.length)) {
      const parts = listText(countedEach.map((b) => `${b.name} ${b.memberMunicipalities.length}`), lang);
      return { reply: reply('members', lang, say(lang, 'municipalityCountsOf', parts), blocks), context: contextOf(q) };
    }
    if (counted?.memberMunicipalities.length) {
      const n = counted.memberMunicipalities.length;
      const who = listText(counted.memberMunicipalities.map((m) => municipalityName(plan, m)), lang);
      const title = others.length
        ? say(lang, 'areInMunicipalitiesAnd', n + others.length, counted.name, n, listText(others, lang))
        : say(lang, 'municipalitiesAreIn', n, counted.name, who);
      return { reply: reply('members', lang, title, blocks), context: contextOf(q) };
    }
    // The headline is the answer: who is in it, where the plan lists members; "vilka kommuner ingår inte" the others.
    const one = q.bodies.length === 1 ? plan.bodies.find((x) => x.id === q.bodies[0]) : undefined;
    // ("vilka kommuner saknas i miljöförbundet?": the members missing are those outside it.)
    const negated = q.cues.includes('notMember') || /\b(inte|not|ej|saknas|fattas|missing)\b/.test(q.words.join(' '));
    if (one?.memberMunicipalities.length && negated) {
      const outside = plan.municipalities.filter((m) => !one.memberMunicipalities.includes(m.id)).map((m) => m.name);
      return { reply: reply('members', lang, outside.length ? say(lang, 'notIn', one.name, listText(outside, lang)) : say(lang, 'allTheMunicipalitiesAre', one.name), blocks), context: contextOf(q) };
    }
    if (one && (one.memberMunicipalities.length || one.otherMembers.length || one.composition)) {
      // Its people where the plan names them by role ("kommundirektörerna i de åtta kommunerna"), else its
      // municipalities (all eight in a word) and the other members.
      const all = one.memberMunicipalities.length === plan.municipalities.length;
      const lower = (x: string) => x.charAt(0).toLowerCase() + x.slice(1);
      // An English answer says it in English (the lexicon's glosses.composition / attendees), the plan's Swedish below.
      const english = (table: Record<string, string> | undefined) => (lang === 'en' && table && Object.hasOwn(table, one.id) ? table[one.id] : undefined);
      const composition = english(data?.glosses?.composition) ?? (one.composition ? lower(one.composition) : undefined);
      const attendees = english(data?.glosses?.attendees) ?? (one.attendees ? lower(one.attendees.replace(/\.$/, '')) : undefined);
      const who = composition
        ? [composition]
        : [...(one.memberMunicipalities.length ? [all ? say(lang, 'theMunicipalities', plan.municipalities.length) : listText(one.memberMunicipalities.map((m) => municipalityName(plan, m)), lang)] : []), ...one.otherMembers];
      const also = attendees ? ` – ${attendees}` : '';
      return { reply: reply('members', lang, say(lang, 'isMadeUpOf', one.name, listText(who, lang), also), blocks), context: contextOf(q) };
    }
    return { reply: reply('members', lang, say(lang, 'whoIsIn', name), blocks), context: contextOf(q) };
  }
  const names = plan.municipalities.map((m) => m.name);
  return {
    reply: reply('members', lang, say(lang, 'theSodertornMunicipalities', names.length), [
      { type: 'list', items: names },
      { type: 'text', subtle: true, text: plan.organisation.population.text },
    ]),
    context: contextOf(q),
  };
}

/**
 * Two joint bodies' member municipalities combined as asked: in neither ("varken … eller", "neither … nor",
 * named by its own words only: a bare "inte" beside two bodies is not read as "neither"), in both ("både … och", "also in"), in the first but not the second ("men inte",
 * "but not"), in only one of them. Computed from the members the plan lists; a count first where one is asked.
 */
function memberSets(q: AnswerInput['q'], plan: Plan): Answer | undefined {
  const named = [...new Set(q.mentions.filter((m) => m.kind === 'body').map((m) => m.id))].filter((id) => q.bodies.includes(id));
  const bodies = named.map((id) => plan.bodies.find((b) => b.id === id)).filter((b): b is Body => Boolean(b?.memberMunicipalities.length));
  // (Municipalities named in the question make it a question of those; a pronoun's earlier answer does not.)
  if (bodies.length !== 2 || q.bodies.length !== 2 || q.mentions.some((m) => m.kind === 'municipality')) return undefined;
  const [a, b] = bodies as [Body, Body];
  const has = (c: string) => q.cues.includes(c);
  const inA = (m: string) => a.memberMunicipalities.includes(m);
  const inB = (m: string) => b.memberMunicipalities.includes(m);
  const op = has('setButNot') ? 'butNot' : has('setOnlyOne') ? 'onlyOne' : has('setNeither') ? 'neither' : has('setBoth') ? 'both' : undefined;
  if (!op) return undefined;
  const keep = (m: string) => (op === 'neither' ? !inA(m) && !inB(m) : op === 'both' ? inA(m) && inB(m) : op === 'butNot' ? inA(m) && !inB(m) : inA(m) !== inB(m));
  const lang = q.lang;
  const found = plan.municipalities.filter((m) => keep(m.id)).map((m) => m.name);
  const list = found.length ? listText(found, lang) : say(lang, 'noMunicipality');
  const shown = has('count') ? say(lang, 'countedMunicipalities', found.length, list) : list;
  const title = say(lang, op === 'neither' ? 'inNeither' : op === 'both' ? 'inBoth' : op === 'butNot' ? 'inButNot' : 'inOnlyOne', a.name, b.name, shown);
  return { reply: reply('members', lang, title, []), context: contextOf(q, { answerMunicipalities: plan.municipalities.filter((m) => keep(m.id)).map((m) => m.id) }) };
}

export function secretariat({ q, plan, data }: AnswerInput): Answer {
  const lang = q.lang;
  const b = plan.bodies.find((x) => x.secretariatMunicipality);
  if (!b?.secretariatMunicipality) return notInPlan(q, plan);
  const name = municipalityName(plan, b.secretariatMunicipality);
  const blocks: Block[] = [{ type: 'text', text: say(lang, 'theMunicipalityOfProvides', name) }];
  // "vad får de betalt för det?": what the budget pays the secretariat's municipality is the cost line that
  // names it (its label, whatever the plan calls it), of the latest budget.
  const budget = [...plan.budgets].sort((x, y) => y.year - x.year)[0];
  const own = fold(name).split(' ')[0] ?? '';
  const paid = q.cues.includes('money') && budget && own ? budget.costs.filter((l) => ` ${fold(l.label)} `.includes(` ${own} `)) : [];
  if (paid.length) {
    const gloss = (l: { id: string; label: string }) => glossedLabel(data, lang, l);
    blocks.push({ type: 'facts', facts: paid.map((l) => ({ title: gloss(l), value: kronor(l.amount) })) });
  }
  // "sekretariatet sitter ju i Södertälje": the municipality named is not the one that provides it.
  const wrong = q.municipalities.filter((m) => m !== b.secretariatMunicipality).map((m) => municipalityName(plan, m));
  const title = paid.length
    ? say(lang, 'secretariatIsPaid', name, kronor(paid.reduce((n, l) => n + l.amount, 0)), budget!.year)
    : say(lang, 'providesTheSecretariat', name);
  return {
    reply: reply('secretariat', lang, wrong.length ? `${say(lang, 'notPlaceButPlace', listText(wrong, lang), name)} ${title}` : title, blocks),
    context: contextOf(q, { answerMunicipalities: [b.secretariatMunicipality] }),
  };
}

export function organisation({ q, plan, data }: AnswerInput): Answer {
  const lang = q.lang;
  const o = plan.organisation;
  const blocks: Block[] = [];
  const titles: string[] = [];
  // The plan's prose each topic quotes, so an English answer can say all of it in English (not only a summary).
  const quoted = new Map<string, string[]>();
  const quote = (topic: string, texts: string[]) => quoted.set(topic, [...(quoted.get(topic) ?? []), ...texts]);
  // "hur många målområden finns det?", "hur många är de?": a list of the plan asked for its count says the count.
  const counted = (title: string, n: number) => (q.cues.includes('count') ? say(lang, 'countIs', title, n) : title);
  for (const topic of q.topics) {
    switch (topic) {
      case 'overview': {
        titles.push(o.name);
        blocks.push(
          { type: 'text', text: plan.bodies.find((b) => b.secretariatMunicipality)?.description ?? o.purpose.join(' ') },
          { type: 'facts', facts: [
            { title: say(lang, 'municipalities'), value: listText(plan.municipalities.map((m) => m.name), lang) },
            { title: say(lang, 'inhabitants'), value: say(lang, 'aboutPopulation', grouped(o.population.approx)) },
            { title: say(lang, 'bodies'), value: listText(plan.bodies.map((b) => b.name), lang) },
            { title: say(lang, 'plan'), value: o.planTitle },
          ] },
        );
        break;
      }
      case 'introduction':
        titles.push(say(lang, 'introduction'));
        blocks.push(...o.introduction.map((text) => ({ type: 'text' as const, text })));
        quote(topic, o.introduction);
        break;
      case 'purpose':
        titles.push(say(lang, 'purpose'));
        blocks.push(...o.purpose.map((text) => ({ type: 'text' as const, text })));
        quote(topic, o.purpose);
        break;
      case 'principles':
        titles.push(counted(say(lang, 'waysOfWorking'), o.principles.length));
        blocks.push({ type: 'text', text: say(lang, 'ourCooperationIsTo') }, { type: 'list', items: o.principles });
        break;
      case 'vision':
        titles.push(say(lang, 'vision', o.vision.year));
        blocks.push({ type: 'text', text: o.vision.text });
        quote(topic, [o.vision.text]);
        break;
      case 'cooperationAreas': {
        // One field of the areas asked ("styrdokumentet för verksamhetsfrågorna", "the purpose of the regional
        // development area"): that field of the area named (of both, where none is), in the headline.
        const field = q.cues.includes('governingDocs') ? 'governingDocuments' : q.cues.includes('purpose') && q.cues.some((c) => c.startsWith('area:')) ? 'purpose' : undefined;
        const named = o.cooperationAreas.filter((a) => q.cues.includes(`area:${a.id}`));
        if (field) {
          const areas = named.length ? named : o.cooperationAreas;
          // An English answer glosses the area's Swedish name and field (the lexicon's glosses.areas).
          const gloss = (id: string) => { const g = data?.glosses?.areas; const x = lang !== 'en' || !g || !Object.hasOwn(g, id) ? undefined : g[id]; return typeof x === 'object' ? x : undefined; };
          for (const a of areas) {
            const en = gloss(a.id);
            const name = en ? `${a.name} (${en.name})` : a.name;
            titles.push(say(lang, field === 'purpose' ? 'areaPurpose' : 'areaGoverningDocuments', name, en?.[field] ?? a[field]));
            blocks.push({ type: 'heading', text: a.name }, { type: 'facts', facts: [{ title: say(lang, 'purpose'), value: a.purpose }, { title: say(lang, 'governingDocuments'), value: a.governingDocuments }] });
          }
          break;
        }
        titles.push(counted(say(lang, 'cooperationAreas'), o.cooperationAreas.length));
        for (const a of o.cooperationAreas) {
          blocks.push({ type: 'heading', text: a.name }, { type: 'facts', facts: [{ title: say(lang, 'purpose'), value: a.purpose }, { title: say(lang, 'governingDocuments'), value: a.governingDocuments }] });
          // What the area holds, as the plan sets it out under the area's heading: the development issues
          // of the regional area, the cooperation items of the operational one.
          const holds = a.id.startsWith('regional') ? o.developmentIssues : a.id === 'verksamhetsfragor' ? o.operationalIssues.map((i) => i.title) : [];
          if (holds.length) blocks.push({ type: 'list', items: holds });
        }
        break;
      }
      case 'targetAreas':
        titles.push(counted(say(lang, 'targetAreasOf', o.developmentProgramme.name), o.developmentProgramme.targetAreas.length));
        blocks.push({ type: 'list', items: o.developmentProgramme.targetAreas }, { type: 'text', text: o.developmentProgramme.note, subtle: true });
        break;
      case 'developmentIssues':
        titles.push(counted(say(lang, 'theMainRegionalDevelopment'), o.developmentIssues.length));
        blocks.push({ type: 'list', items: o.developmentIssues });
        break;
      case 'population':
        // "hur många invånare har Huddinge": the plan counts Södertörn only, and the headline says so.
        titles.push(q.municipalities.length
          ? say(lang, 'populationOnlyOfSodertorn', listText(q.municipalities.map((m) => municipalityName(plan, m)), lang), grouped(o.population.approx))
          : say(lang, 'populationTitle', grouped(o.population.approx)));
        blocks.push({ type: 'text', text: o.population.text });
        // "vad har Botkyrka för befolkning": the plan counts Södertörn as a whole only.
        if (q.municipalities.length) blocks.push({ type: 'text', subtle: true, text: say(lang, 'thePlanGivesThe', listText(q.municipalities.map((m) => municipalityName(plan, m)), lang)) });
        break;
      case 'regionalBodies':
        titles.push(counted(say(lang, 'regionalBodies'), o.environmentScanning.regionalBodies.length));
        blocks.push({ type: 'list', items: o.environmentScanning.regionalBodies }, ...o.environmentScanning.text.map((text) => ({ type: 'text' as const, text, subtle: true })));
        break;
      case 'ownership':
        titles.push(say(lang, 'jointOwnershipGovernance'));
        blocks.push({ type: 'text', text: o.ownershipGovernance });
        quote(topic, [o.ownershipGovernance]);
        break;
      case 'areaBalance':
        titles.push(say(lang, 'balanceBetweenTheAreas', o.areaBalance.year));
        blocks.push({ type: 'text', text: o.areaBalance.text });
        quote(topic, [o.areaBalance.text]);
        break;
      case 'procurement': {
        const issue = o.operationalIssues.find((i) => i.id === 'upphandling');
        if (issue) {
          titles.push(issue.title);
          blocks.push({ type: 'text', text: issue.text });
          quote(topic, [issue.text]);
        }
        break;
      }
    }
  }
  if (!titles.length) return notInPlan(q, plan);
  if (lang === 'en') {
    // An English answer: each topic in English first (all the prose it quotes, sentence by sentence, where every
    // sentence has a gloss; else its one-line summary), then the plan's Swedish words.
    const fully = (topic: string) => { const texts = quoted.get(topic) ?? []; const en = texts.map((t) => passageInEnglish(t, data?.glosses?.passages)); return texts.length && en.every(Boolean) ? en.join('\n') : undefined; };
    // (The regional area asked of shows the development issues listed under it in Swedish: their summary too.)
    const shown = q.topics.includes('cooperationAreas') && !q.topics.includes('developmentIssues') && q.cues.some((c) => c.startsWith('area:regional')) ? [...q.topics, 'developmentIssues'] : q.topics;
    const summaries = shown.map((topic) => fully(topic) ?? data?.glosses?.topics?.[topic]).filter((x): x is string => Boolean(x));
    blocks.unshift(...summaries.map((text) => ({ type: 'text' as const, text })), { type: 'text', subtle: true, text: 'From the plan, in Swedish:' });
  }
  return { reply: reply('organisation', lang, titles.join(' · '), blocks), context: contextOf(q) };
}

export function bodyInfo({ q, plan, data }: AnswerInput): Answer {
  const lang = q.lang;
  const bodies = q.bodies.map((id) => plan.bodies.find((b) => b.id === id)!).filter(Boolean);
  if (!bodies.length) return notInPlan(q, plan);
  const first = bodies[0]!;
  if (q.cues.includes('host') && bodies.length === 1) {
    if (!first.hostMunicipality) return { ...notInPlan(q, plan, say(lang, 'thePlanNamesNo', first.name)), context: contextOf(q, { bodies: [first.id] }) };
    const host = municipalityName(plan, first.hostMunicipality);
    return { reply: reply('bodyInfo', lang, say(lang, 'isTheHostMunicipality', host, first.name), bodyBlocks(plan, first, lang)), context: contextOf(q) };
  }
  // "miljöförbundet start", "when did ÖFN start": the start in the headline.
  if (q.cues.includes('start') && bodies.length === 1 && first.start) {
    const when = /^\d{4}-01-01$/.test(first.start) ? say(lang, 'january', first.start.slice(0, 4)) : first.start;
    return { reply: reply('bodyInfo', lang, say(lang, 'bodyStarted', first.name, when), bodyBlocks(plan, first, lang)), context: contextOf(q) };
  }
  if (q.cues.includes('start') && bodies.length === 1 && !first.start) {
    return { ...notInPlan(q, plan, say(lang, 'thePlanDoesNotSayWhen', first.name)), context: contextOf(q, { bodies: [first.id] }) };
  }
  // An English answer: the body in English (its facts, and the lexicon's gloss of its purpose) before the plan's Swedish words.
  // (Not a choice between two wordings: a Swedish reader gets the plan's own words, which need no introduction.)
  const inEnglish = (b: Body) => {
    if (lang !== 'en') return [];
    const gloss = Object.hasOwn(data?.glosses?.bodies ?? {}, b.id) ? [{ type: 'text' as const, text: data!.glosses!.bodies![b.id]! }] : [];
    return [{ type: 'text' as const, text: englishSummary(plan, b) }, ...gloss];
  };
  // "vad har de fått för ny uppgift?", "what does ÖFN do": one body's tasks, asked for, in the headline.
  if (q.cues.includes('tasks') && bodies.length === 1 && first.tasks.length && !q.cues.includes('membership')) {
    const blocks = [...inEnglish(first), ...bodyBlocks(plan, first, lang)];
    if (lang === 'en') blocks.push(TRANSLATION_NOTE);
    return { reply: reply('bodyInfo', lang, say(lang, 'bodyTasksAre', first.name, listText(first.tasks, lang)), blocks), context: contextOf(q) };
  }
  // "what is the nyckeltal day about?": a body the calendar meets once or twice (a day, a conference) is those
  // meetings too: when and where, after what it is. (A body that meets all year is its description; its meetings are
  // a question of their own.)
  const few = (b: Body) => {
    const ms = plannedMeetings(plan, b.id);
    return ms.length <= FEW_MEETINGS ? ms.map((m) => meetingFacts(plan, m, lang)) : [];
  };
  const blocks = bodies.flatMap((b) => [...(bodies.length > 1 ? [{ type: 'heading' as const, text: b.name }] : []), ...inEnglish(b), ...bodyBlocks(plan, b, lang), ...few(b)]);
  if (lang === 'en') blocks.push(TRANSLATION_NOTE);
  return { reply: reply('bodyInfo', lang, listText(bodies.map((b) => b.name), lang), blocks), context: contextOf(q) };
}

/** One line in English from a body's facts, before the plan's Swedish description. */
export function englishSummary(plan: Plan, b: Body): string {
  const kinds: Record<string, string> = { committee: 'the committee', group: 'a group', conference: 'a conference', followUp: 'a yearly follow-up', jointBody: 'a joint body' };
  const parts = [`${b.name} is ${kinds[b.kind] ?? 'a body'} of the plan`];
  if (b.memberMunicipalities.length) parts.push(`with ${b.memberMunicipalities.length === plan.municipalities.length ? `all ${b.memberMunicipalities.length} municipalities` : listText(b.memberMunicipalities.map((m) => municipalityName(plan, m)), 'en')}`);
  if (b.hostMunicipality) parts.push(`hosted by ${municipalityName(plan, b.hostMunicipality)}`);
  if (b.start) parts.push(`since ${/^\d{4}-01-01$/.test(b.start) ? `1 January ${b.start.slice(0, 4)}` : b.start}`);
  return `${parts.join(', ')}.`;
}

/**
 * "Vilket ansvar har Huddinge kommun gentemot kommittén?", "What role does Haninge play in the guardianship board?": one
 * municipality and one body named with a word of tasks or role, no time: what the plan gives that municipality in that
 * body, as it gives it (the secretariat it provides, the host municipality, membership, the meetings and rotation years
 * it hosts), the strongest first. Undefined where the plan gives it no part beyond membership of every body.
 */
export function municipalityRole(input: AnswerInput): Answer | undefined {
  const { q, plan } = input;
  if (q.form || q.municipalities.length !== 1 || q.bodies.length !== 1 || !(q.cues.includes('tasks') || q.cues.includes('roleOf'))) return undefined;
  if (q.years.length || q.dates.length || q.month || q.period || q.budgetLines.length || q.followUp) return undefined;
  const m = q.municipalities[0]!;
  const b = plan.bodies.find((x) => x.id === q.bodies[0]);
  if (!b) return undefined;
  const lang = q.lang;
  const M = municipalityName(plan, m);
  const lines: string[] = [];
  if (b.secretariatMunicipality === m) lines.push(say(lang, 'roleProvidesSecretariat', M, b.name));
  if (b.hostMunicipality === m) lines.push(say(lang, 'roleHostMunicipality', M, b.name));
  const special = lines.length;
  const hosted = plannedMeetings(plan, b.id).filter((x) => x.hosts.includes(m));
  if (hosted.length) lines.push(say(lang, 'roleHostsMeetings', M, listText(hosted.map((x) => formatWhen(x, lang)), lang)));
  const years = plan.hostRotations.filter((r) => r.body === b.id && r.host === m).map((r) => String(r.year));
  if (years.length) lines.push(say(lang, 'roleHostsRotation', M, listText(years, lang)));
  if (b.memberMunicipalities.length) lines.push(b.memberMunicipalities.includes(m) ? say(lang, 'roleMember', M, b.name, b.memberMunicipalities.length) : say(lang, 'roleNotMember', M, b.name));
  // (No part of its own: the body's and the municipality's usual answers say more.)
  if (!special) return undefined;
  return { reply: reply('bodyInfo', lang, say(lang, 'roleIn', M, b.name), lines.map((text) => ({ type: 'text' as const, text }))), context: contextOf(q, { answerMunicipalities: [m] }) };
}

const bodyStems = new WeakMap<object, Map<string, Set<string>>>();

/**
 * Which body does a task ("vilket organ förbereder samarbetskommitténs möten?", "which body coordinates collaboration
 * matters between the municipalities besides the committee?"): the body whose purpose and tasks (the plan's words and
 * the lexicon's English gloss) share the question's rarest words. A word found in one body's text counts 1, in two a
 * half, and so on; the best must reach 1.5 and half as much again as the next. Bodies named after a word of except
 * ("besides the committee") are not candidates. `asked`: whether the question asks for a body in words (lexicon
 * bodyByTask.asks); without it, only a who-question (the caller's choice) is read.
 */
export function bodyByTask(q: AnswerInput['q'], plan: Plan, data: AnswerInput['data']): string | undefined {
  const glosses = data?.glosses?.bodies ?? {};
  let stems = bodyStems.get(plan);
  if (!stems) {
    stems = new Map(plan.bodies.map((b) => {
      const text = [b.description ?? '', ...b.tasks, Object.hasOwn(glosses, b.id) ? glosses[b.id]! : ''].join(' ');
      return [b.id, new Set(fold(text).split(/[^a-z0-9]+/).filter((w) => w.length >= 4).map(stem))];
    }));
    bodyStems.set(plan, stems);
  }
  const asks = (data?.bodyByTask?.asks ?? []).flatMap((p) => p.split(' '));
  // The words asked as the plan's sentences are searched with (passages.ts askedWords: the lexicon's passageWords read as
  // the plan's own, "collaboration matters" as "samverkansfrågor", and no stop words), and the years written, which a
  // body's text may hold ("started 2008").
  const read = [...askedWords(q.words.join(' '), data?.passageWords, stopSet(data?.exactWords?.stopWords ?? [])), ...q.words.filter((w) => /^\d{4,}$/.test(w))];
  const words = [...new Set(read.filter((w) => w.length >= 4 && !asks.includes(w)).map(stem))];
  const excluded = q.cues.includes('except') ? new Set(q.bodies) : new Set<string>();
  // (How many bodies hold each word, counted once per word: the work grows with the words times the bodies.)
  const all = [...stems.values()];
  const holders = new Map(words.map((w) => [w, all.filter((s) => s.has(w)).length]));
  const scores = plan.bodies.filter((b) => !excluded.has(b.id)).map((b) => ({
    id: b.id,
    score: words.reduce((sum, w) => (stems!.get(b.id)!.has(w) ? sum + 1 / holders.get(w)! : sum), 0),
  })).sort((a, b) => b.score - a.score);
  const [best, next] = scores;
  if (!best || best.score < 1.5 || (next && best.score < next.score * 1.5)) return undefined;
  return best.id;
}

