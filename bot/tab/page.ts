// The plan tab's HTML: a small shell in the right language and theme from the first byte (Teams fills
// ?theme={theme}&lang={locale} in the manifest's URL); tab.js fills it from GET /api/plan and follows
// Teams' theme and locale through teams-js once (and if) Teams answers. Pure.
import { type Lang } from '../text/lang.js';
import { say } from '../text/catalogue/index.js';

export type Theme = 'default' | 'dark' | 'contrast';

export function tabLang(value: unknown): Lang | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (v.startsWith('en')) return 'en';
  if (v.startsWith('sv')) return 'sv';
  return undefined;
}

export function tabTheme(value: unknown): Theme | undefined {
  return value === 'default' || value === 'dark' || value === 'contrast' ? value : undefined;
}

export function tabPage(opts: { lang: Lang; theme?: Theme }): string {
  // Relative URLs throughout, so the tab also works behind a path prefix (PUBLIC_URL=https://host/bot).
  return `<!doctype html>
<html lang="${opts.lang}" data-theme="${opts.theme ?? 'default'}"${opts.theme ? ' data-theme-fixed="true"' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${say(opts.lang, 'tabTitle')}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="tab/tab.css">
<script src="tab/tab.js" defer></script>
</head>
<body>
<main id="plan" aria-busy="true">
<h1>Södertörnsboten</h1>
<p class="loading">${say(opts.lang, 'tabLoading')}</p>
<noscript><p>${say(opts.lang, 'tabNoscript')}<a href="calendar.ics">${say(opts.lang, 'tabCalendarFile')}</a></p></noscript>
</main>
</body>
</html>
`;
}
