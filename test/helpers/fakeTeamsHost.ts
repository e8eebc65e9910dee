// A stand-in for the Teams client around a tab: a page that frames the tab and answers teams-js's
// postMessage handshake (initialize, getContext) the way Teams does, and can send a theme change.
// teams-js accepts messages from a parent on the tab's own origin, so the browser test serves this page
// on the bot's loopback address (through the browser's request routing; the bot never sees it).

export interface FakeTeamsContext {
  theme: 'default' | 'dark' | 'contrast';
  /** languageId-countryId, as Teams sends it (en-us, sv-se). */
  locale: string;
}

export function fakeTeamsHostPage(tabPath: string, context: FakeTeamsContext): string {
  // A legacy (TeamsJS v1 shaped) context, which teams-js turns into app.getContext()'s answer.
  const legacyContext = {
    theme: context.theme,
    locale: context.locale,
    frameContext: 'content',
    hostClientType: 'web',
    entityId: 'plan',
  };
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Fake Teams host</title></head>
<body style="margin:0">
<iframe id="tab" title="Plan" src="${tabPath}" style="border:0;width:1100px;height:1400px"></iframe>
<script>
  window.hostReceived = [];
  var frame = document.getElementById('tab');
  window.addEventListener('message', function (e) {
    if (e.source !== frame.contentWindow) return;
    var m = e.data;
    if (!m || typeof m.func !== 'string') return;
    window.hostReceived.push(m.func);
    function reply(args) {
      frame.contentWindow.postMessage({ id: m.id, uuidAsString: m.uuidAsString, args: args }, '*');
    }
    // The answer Teams gives to initialize: frame context, client type, then its SDK version.
    if (m.func === 'initialize') reply(['content', 'web', '2.58.0']);
    else if (m.func === 'getContext') reply([${JSON.stringify(legacyContext)}]);
  });
  window.sendThemeChange = function (theme) {
    frame.contentWindow.postMessage({ func: 'themeChange', args: [theme] }, '*');
  };
</script>
</body>
</html>
`;
}
