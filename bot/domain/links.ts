// Paths below the bot's base URL that cards, the tab and the calendar feeds share.

/** The path (below the bot's base URL) of one meeting's .ics, for links in cards and the tab. */
export function meetingIcsPath(meetingId: string): string {
  return `/calendar/meeting/${encodeURIComponent(meetingId)}.ics`;
}
