// A request the bot cannot carry out is said first; what the plan says about the meeting named follows, and
// it is the meeting named: the body's meeting that municipality hosts, not merely the body's next one.
import { freshCoreEach } from '../helpers/core.js';

describe('what the bot cannot do, and the meeting named', () => {
  const bot = freshCoreEach();

  it("shows the named municipality's meeting of that body", async () => {
    const en = await bot.ask('can you add the Salem SK meeting to my Outlook calendar?');
    expect(en.kind).toBe('notInPlan');
    expect(en.text).toMatch(/^I cannot add anything to your calendar/);
    expect(en.text).toContain('9 June 2011');
    expect(en.text).toContain('Salem');
    expect(en.text).not.toContain('14 April');
    const sv = await bot.ask('kan du lägga in SK-mötet i Salem i min kalender');
    expect(sv.text).toMatch(/^Jag kan inte lägga in något i din kalender/);
    expect(sv.text).toContain('9 juni 2011');
    expect(sv.text).not.toContain('14 april');
  });

  it('shows the next meeting of the body when no municipality is named', async () => {
    const a = await bot.ask('kan du boka ett rum till SK-mötet');
    expect(a.text).toMatch(/^Jag kan inte boka något/);
    expect(a.text).toContain('14 april 2011');
  });
});
