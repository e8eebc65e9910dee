// Questions about the plan's prose and its bodies that are answered by computing over the plan, not by a phrase:
// a claim about the balance between the cooperation areas, a joint body's money, who sits on a body.
import { createTestCore, type TestCore } from '../helpers/core.js';

describe('claims about the plan prose', () => {
  let bot: TestCore;
  beforeEach(async () => {
    bot = await createTestCore('2011-04-07T10:00:00+02:00');
  });
  afterEach(() => bot.cleanup());

  it('checks which cooperation area is to get more time against the plan sentence on the balance, in either order', async () => {
    expect((await bot.ask('ska regionala utvecklingsfrågor få mer tid än verksamhetsfrågorna 2011?')).text).toMatch(/^Ja – /);
    expect((await bot.ask('får verksamhetsfrågorna mer resurser än de regionala utvecklingsfrågorna i år?')).text).toMatch(/^Nej – /);
    expect((await bot.ask('is more time going to operational issues than to regional development this year?')).text).toMatch(/^No – /);
    // The answer follows the plan's sentence: a plan that favoured the other area gives the other answer.
    await bot.store.update({ actor: 'test', action: 'x', summary: 'x' }, (d) => {
      d.plan.organisation.areaBalance.text = 'Därför skall det under 2011 avsättas mer tid och andra resurser för verksamhetsfrågorna jämfört med regionala utvecklingsfrågor.';
    });
    expect((await bot.ask('ska regionala utvecklingsfrågor få mer tid än verksamhetsfrågorna 2011?')).text).toMatch(/^Nej – /);
  });

  it('says the plan does not give a joint body its budget or fees, instead of splitting the committee fees', async () => {
    const r = await bot.ask('How much does each municipality pay for the överförmyndarnämnd?');
    expect(r.kind).toBe('notInPlan');
    expect(r.text).not.toContain('107 500');
    expect((await bot.ask('what is the budget of the environment federation?')).kind).toBe('notInPlan');
    // The committee's own fees split stay an answer.
    expect((await bot.ask('How much does each municipality pay?')).text).toContain('107 500');
  });

  it('corrects a wrong count of a list the plan holds before listing it, and leaves a right count alone', async () => {
    const wrong = await bot.ask('which are the 10 development issues in SUP 2010?');
    expect(wrong.text.split('\n')[0]).toMatch(/: five, not ten$/);
    expect((await bot.ask('vilka är de tre huvudområdena för samverkan?')).text.split('\n')[0]).toMatch(/: två, inte tre$/);
    expect((await bot.ask('vilka är de fem utvecklingsfrågorna?')).text.split('\n')[0]).not.toContain('inte');
    // Counted from the plan: one issue fewer, and five is the wrong count.
    await bot.store.update({ actor: 'test', action: 'x', summary: 'x' }, (d) => {
      d.plan.organisation.developmentIssues.pop();
    });
    expect((await bot.ask('vilka är de fem utvecklingsfrågorna?')).text.split('\n')[0]).toMatch(/: fyra, inte fem$/);
  });

  it('says a quoted Swedish passage in English first, and only while the plan sentence is the one glossed', async () => {
    const r = await bot.ask('what happens when parliament hands the municipalities new tasks?');
    expect(r.text).toMatch(/individually[^]*existing[^]*From the plan, in Swedish:[^]*enskilt/);
    expect((await bot.ask('What values is our cooperation supposed to be built on?')).text).toContain('good regional leadership');
    // A sentence the secretariat changed has no gloss any more: the Swedish is quoted as it is, with the note.
    await bot.store.update({ actor: 'test', action: 'x', summary: 'x' }, (d) => {
      const issue = d.plan.organisation.operationalIssues.find((i) => /riksdagens/.test(i.text))!;
      issue.text = issue.text.replace('lösas enskilt', 'lösas var för sig');
    });
    const changed = await bot.ask('what happens when parliament hands the municipalities new tasks?');
    expect(changed.text).toContain('var för sig');
    expect(changed.text).not.toContain('individually');
  });

  it('lists the meetings of the bodies a role named by the asker sits on or attends, from the plan compositions', async () => {
    const chair = await bot.ask("I'm the new chair from Nykvarn – which meetings am I expected to attend this autumn?");
    expect(chair.text).toMatch(/22 September[^]*3 November[^]*8 December/);
    expect(chair.text).not.toContain('Ledningsgruppen');
    // A municipal director is in the management group and attends the committee's meetings.
    const director = await bot.ask('som ny kommundirektör, vilka möten ska jag gå på i höst?');
    expect(director.text).toContain('9 september');
    expect(director.text).toContain('22 september');
    // Without attendees the committee's meetings are no longer the director's.
    await bot.store.update({ actor: 'test', action: 'x', summary: 'x' }, (d) => {
      delete d.plan.bodies.find((b) => b.id === 'samarbetskommitten')!.attendees;
    });
    const after = await bot.ask('som ny kommundirektör, vilka möten ska jag gå på i höst?', 'other');
    expect(after.text).toContain('9 september');
    expect(after.text).not.toContain('22 september');
  });

  it('answers whether a role takes part in a body from the plan composition and attendees', async () => {
    expect((await bot.ask('do the municipal directors attend the SK meetings?')).text).toMatch(/^Yes – /);
    expect((await bot.ask('is the chair expected to attend LG meetings?')).text).toMatch(/^No – /);
    await bot.store.update({ actor: 'test', action: 'x', summary: 'x' }, (d) => {
      delete d.plan.bodies.find((b) => b.id === 'samarbetskommitten')!.attendees;
    });
    expect((await bot.ask('do the municipal directors attend the SK meetings?', 'other')).text).toMatch(/^No – /);
  });

  it('reads "vi"/"we" as a host as the asker\'s municipality: introduced, else the one the conversation was about', async () => {
    await bot.ask('Jag är från Tyresö. När är nästa LG?', 'a');
    expect((await bot.ask('när är vi värd för SK?', 'a')).text).toContain('8 december');
    await bot.ask('när har södertälje rådslaget?', 'b');
    expect((await bot.ask('och när är vi värd för SK?', 'b')).text).toMatch(/januari 2012/);
    // Not the committee's "we": when it meets is not a municipality's question.
    expect((await bot.ask('när träffas vi nästa gång?', 'b')).text).toContain('14 april');
  });

  it('reads who sits on a body, and does not take an English word for a typo of a short Swedish cue word', async () => {
    const r = await bot.ask('Who actually sits on the committee?');
    expect(r.kind).toBe('members');
    expect(r.text).toContain('chair of the municipal executive board');
    expect((await bot.ask("who's really on the management group?")).kind).toBe('members');
  });
});
