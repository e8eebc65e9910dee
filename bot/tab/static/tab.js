// The plan tab in the browser: draws GET /api/plan into the page, then (in Teams) follows the user's theme
// and locale through teams-js. Plain browser script, no framework, no build step. Outside Teams the
// teams-js handshake fails or times out and the page simply stays as it is: ?theme= and ?lang= choose.
(function () {
  'use strict';

  var TEAMS_TIMEOUT_MS = 5000;
  var root = document.documentElement;
  var params = new URLSearchParams(window.location.search);

  var T = {
    sv: {
      title: function (y) { return 'Planen ' + y; },
      today: 'I dag',
      next: 'Nästa möte',
      noNext: 'Inga fler möten med bestämd dag i planen.',
      nav: 'Innehåll',
      calendar: function (y) { return 'Kalender ' + y; },
      calendarCaption: function (y) { return 'Möten i planen för ' + y + ' – kommande först, genomförda nedtonade sist'; },
      counts: function (c) {
        return c.upcoming + ' kommande och ' + c.past + ' genomförda möten.' +
          (c.dayNotSet ? ' ' + c.dayNotSet + ' har bara en månad: dagen är inte bestämd.' : '');
      },
      when: 'När', meeting: 'Möte', host: 'Värd', status: 'Status', file: 'Kalender',
      upcoming: 'Kommande', past: 'Genomfört', nextBadge: 'Nästa', cancelled: 'Inställt', uncertain: 'Preliminärt',
      dayNotSet: 'dagen är inte bestämd',
      addToCalendar: 'Lägg till',
      addLabel: function (name, when) { return 'Lägg till ' + name + ', ' + when + ', i din kalender'; },
      noFile: 'ingen dag än',
      feeds: 'Prenumerera på kalendern:',
      allMeetings: 'alla möten',
      rotation: 'Värd för rådslaget',
      rotationCaption: function (name) { return name + ': värdkommun år för år'; },
      year: 'År', hostMunicipality: 'Värdkommun', thisYear: 'i år',
      budget: function (y) { return 'Budget ' + y; },
      budgetSummary: function (inc, cost, bal) {
        return 'Intäkter ' + inc + ', kostnader ' + cost + (bal === 0 ? ' – budgeten är i balans.' : '. Skillnad ' + bal + '.');
      },
      costs: function (y) { return 'Kostnader ' + y; },
      income: function (y) { return 'Intäkter ' + y; },
      item: 'Post', amount: 'Belopp', share: 'Andel', chart: 'Stapel', total: 'Summa',
      about: 'Om fliken',
      aboutText: 'Fliken visar Södertörnskommunernas samarbetskommittés verksamhetsplan ur Södertörnsbotens ' +
        'databas. Den läser bara planen och sparar inget om dig. Boten sparar var den ska skicka påminnelser ' +
        'som du själv beställer, tills du avslutar prenumerationen. Tider gäller svensk tid.',
      data: 'Data som JSON',
      error: 'Planen kunde inte hämtas just nu. Försök igen om en stund.',
      none: '–',
    },
    en: {
      title: function (y) { return 'The plan ' + y; },
      today: 'Today',
      next: 'Next meeting',
      noNext: 'No more meetings with a set day in the plan.',
      nav: 'Contents',
      calendar: function (y) { return 'Calendar ' + y; },
      calendarCaption: function (y) { return 'Meetings in the ' + y + ' plan – upcoming first, past ones dimmed at the end'; },
      counts: function (c) {
        return c.upcoming + ' upcoming and ' + c.past + ' past meetings.' +
          (c.dayNotSet ? ' ' + c.dayNotSet + ' only have a month: the day is not set yet.' : '');
      },
      when: 'When', meeting: 'Meeting', host: 'Host', status: 'Status', file: 'Calendar',
      upcoming: 'Upcoming', past: 'Past', nextBadge: 'Next', cancelled: 'Cancelled', uncertain: 'Tentative',
      dayNotSet: 'day not set yet',
      addToCalendar: 'Add',
      addLabel: function (name, when) { return 'Add ' + name + ', ' + when + ', to your calendar'; },
      noFile: 'no day yet',
      feeds: 'Subscribe to the calendar:',
      allMeetings: 'all meetings',
      rotation: 'Rådslag host',
      rotationCaption: function (name) { return name + ': host municipality by year'; },
      year: 'Year', hostMunicipality: 'Host municipality', thisYear: 'this year',
      budget: function (y) { return 'Budget ' + y; },
      budgetSummary: function (inc, cost, bal) {
        return 'Income ' + inc + ', costs ' + cost + (bal === 0 ? ' – the budget balances.' : '. Difference ' + bal + '.');
      },
      costs: function (y) { return 'Costs ' + y; },
      income: function (y) { return 'Income ' + y; },
      item: 'Item', amount: 'Amount', share: 'Share', chart: 'Bar', total: 'Total',
      about: 'About this tab',
      aboutText: "This tab shows the Södertörn municipalities' cooperation committee's plan from the Södertörn " +
        'bot. It only reads the plan and stores nothing about you. The bot stores where to send reminders that ' +
        'you ask for, until you unsubscribe. Times are Swedish time.',
      data: 'Data as JSON',
      error: 'The plan could not be loaded just now. Please try again shortly.',
      none: '–',
    },
  };

  var state = { lang: langOf(params.get('lang')) || langOf(root.lang) || 'sv', data: null, failed: false };

  function langOf(v) {
    v = String(v || '').trim().toLowerCase();
    if (v.indexOf('en') === 0) return 'en';
    if (v.indexOf('sv') === 0) return 'sv';
    return null;
  }

  function themeOf(v) {
    return v === 'default' || v === 'dark' || v === 'contrast' ? v : null;
  }

  function setTheme(theme) {
    if (theme) root.setAttribute('data-theme', theme);
  }

  // Outside Teams, without ?theme=, follow the system's dark mode.
  if (!root.hasAttribute('data-theme-fixed') && window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches) {
    setTheme('dark');
  }

  // Links are relative to the page, so the tab also works behind a path prefix.
  function rel(path) {
    return String(path).replace(/^\//, '');
  }

  function el(tag, props, children) {
    var node = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (k) {
        var v = props[k];
        if (v === undefined || v === null || v === false) return;
        if (k === 'text') node.textContent = v;
        else if (k === 'class') node.className = v;
        else node.setAttribute(k, v === true ? '' : String(v));
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined || c === false) return;
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }

  function money(n) {
    return new Intl.NumberFormat(state.lang === 'sv' ? 'sv-SE' : 'en-GB', {
      style: 'currency', currency: 'SEK', maximumFractionDigits: 0,
    }).format(n);
  }

  function pct(share) {
    return new Intl.NumberFormat(state.lang === 'sv' ? 'sv-SE' : 'en-GB', {
      style: 'percent', maximumFractionDigits: 1,
    }).format(share);
  }

  function meetingName(m) {
    return m.body.name + (m.title ? ': ' + m.title : '');
  }

  function badge(kind, text) {
    return el('span', { class: 'badge badge-' + kind, text: text });
  }

  function calendarSection(d, t, L) {
    var rows = d.meetings.map(function (m) {
      var classes = ['meeting'];
      if (m.past) classes.push('past');
      if (m.next) classes.push('next');
      if (m.status === 'cancelled') classes.push('cancelled');
      if (!m.dayKnown) classes.push('day-not-set');
      var whenCell = m.dayKnown
        ? el('th', { scope: 'row' }, [m.when[L]])
        : el('th', { scope: 'row' }, [m.month[L] + ' ', badge('tbd', t.dayNotSet)]);
      var badges = [];
      if (m.next) badges.push(badge('next', t.nextBadge));
      badges.push(badge(m.past ? 'past' : 'upcoming', m.past ? t.past : t.upcoming));
      if (m.status === 'cancelled') badges.push(badge('cancelled', t.cancelled));
      if (m.certainty === 'uncertain') badges.push(badge('uncertain', t.uncertain));
      var file = m.ics
        ? el('a', { href: rel(m.ics), 'aria-label': t.addLabel(meetingName(m), m.when[L]), text: t.addToCalendar + ' (.ics)' })
        : el('span', { class: 'muted', text: t.noFile });
      return el('tr', { class: classes.join(' '), 'data-meeting': m.id }, [
        whenCell,
        // data-label: on a phone the rows stack as cards and each cell shows its column's name (tab.css).
        el('td', { 'data-label': t.meeting }, [meetingName(m)]),
        el('td', { 'data-label': t.host }, [m.hosts.length ? m.hosts.map(function (h) { return h.name; }).join(', ') : t.none]),
        el('td', { class: 'badges', 'data-label': t.status }, badges),
        el('td', { 'data-label': t.file }, [file]),
      ]);
    });
    var table = el('table', { class: 'calendar' }, [
      el('caption', { text: t.calendarCaption(d.year) }),
      el('thead', null, [el('tr', null, [t.when, t.meeting, t.host, t.status, t.file].map(function (h) {
        return el('th', { scope: 'col', text: h });
      }))]),
      el('tbody', null, rows),
    ]);
    var feeds = [el('a', { href: rel(d.feeds.all), text: t.allMeetings })];
    d.feeds.bodies.forEach(function (b) {
      feeds.push(' · ');
      feeds.push(el('a', { href: rel(b.url), text: b.name }));
    });
    return el('section', { id: 'kalender', 'aria-labelledby': 'kalender-h' }, [
      el('h2', { id: 'kalender-h', text: t.calendar(d.year) }),
      el('p', { text: t.counts(d.counts) }),
      el('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'kalender-h' }, [table]),
      el('p', { class: 'feeds' }, [t.feeds + ' '].concat(feeds)),
    ]);
  }

  function rotationSection(d, t) {
    var parts = [el('h2', { id: 'radslag-h', text: t.rotation })];
    d.rotations.forEach(function (r) {
      parts.push(el('table', { class: 'rotation' }, [
        el('caption', { text: t.rotationCaption(r.body.name) }),
        el('thead', null, [el('tr', null, [el('th', { scope: 'col', text: t.year }), el('th', { scope: 'col', text: t.hostMunicipality })])]),
        el('tbody', null, r.rows.map(function (row) {
          return el('tr', { class: row.current ? 'current' : null }, [
            el('th', { scope: 'row', text: String(row.year) }),
            el('td', null, [row.host.name, row.current ? ' ' : null, row.current ? badge('next', t.thisYear) : null]),
          ]);
        })),
      ]));
    });
    return el('section', { id: 'radslag', 'aria-labelledby': 'radslag-h' }, parts);
  }

  function budgetTable(caption, lines, total, t, cls) {
    return el('table', { class: 'budget ' + cls }, [
      el('caption', { text: caption }),
      el('thead', null, [el('tr', null, [
        el('th', { scope: 'col', text: t.item }),
        el('th', { scope: 'col', class: 'num', text: t.amount }),
        el('th', { scope: 'col', class: 'num', text: t.share }),
        el('th', { scope: 'col', class: 'chart-col' }, [el('span', { class: 'vh', text: t.chart })]),
      ])]),
      el('tbody', null, lines.map(function (l) {
        var fill = el('span', { class: 'fill' });
        fill.style.width = (Math.max(0, Math.min(1, l.share)) * 100).toFixed(1) + '%';
        return el('tr', { 'data-line': l.id }, [
          el('th', { scope: 'row', text: l.label }),
          el('td', { class: 'num', text: money(l.amount) }),
          el('td', { class: 'num', text: pct(l.share) }),
          el('td', { class: 'chart-col' }, [el('span', { class: 'bar', 'aria-hidden': 'true' }, [fill])]),
        ]);
      })),
      el('tfoot', null, [el('tr', null, [
        el('th', { scope: 'row', text: t.total }),
        el('td', { class: 'num', text: money(total) }),
        el('td', { class: 'num', text: pct(total > 0 ? 1 : 0) }),
        el('td', { class: 'chart-col' }),
      ])]),
    ]);
  }

  function budgetSection(d, t) {
    var b = d.budget;
    if (!b) return null;
    return el('section', { id: 'budget', 'aria-labelledby': 'budget-h' }, [
      el('h2', { id: 'budget-h', text: t.budget(b.year) }),
      el('p', { text: t.budgetSummary(money(b.incomeTotal), money(b.costTotal), b.balance === 0 ? 0 : money(b.balance)) }),
      budgetTable(t.costs(b.year), b.costs, b.costTotal, t, 'costs'),
      budgetTable(t.income(b.year), b.income, b.incomeTotal, t, 'income'),
    ]);
  }

  function render() {
    var main = document.getElementById('plan');
    if (!main) return;
    var L = state.lang;
    var t = T[L];
    root.lang = L;
    var d = state.data;
    if (!d) {
      if (state.failed) {
        main.replaceChildren(el('h1', { text: 'Södertörnsboten' }), el('p', { class: 'error', role: 'alert', text: t.error }));
        main.removeAttribute('aria-busy');
      }
      return;
    }
    document.title = t.title(d.year) + ' – Södertörnsboten';
    var next = d.meetings.filter(function (m) { return m.next; })[0];
    main.replaceChildren(
      el('header', null, [
        el('h1', { text: t.title(d.year) }),
        el('p', { class: 'lead', text: d.organisation.name + ' · ' + d.organisation.planTitle }),
        el('p', null, [el('strong', { text: t.today + ': ' }), d.todayText[L]]),
        el('p', { class: 'next-meeting' }, next
          ? [el('strong', { text: t.next + ': ' }), meetingName(next) + ', ' + next.when[L]]
          : [t.noNext]),
        el('nav', { 'aria-label': t.nav }, [el('ul', null, [
          el('li', null, [el('a', { href: '#kalender', text: t.calendar(d.year) })]),
          el('li', null, [el('a', { href: '#radslag', text: t.rotation })]),
          el('li', null, [el('a', { href: '#budget', text: t.budget(d.budget ? d.budget.year : d.year) })]),
        ])]),
      ]),
      calendarSection(d, t, L),
      rotationSection(d, t),
      budgetSection(d, t) || '',
      el('section', { id: 'om', 'aria-labelledby': 'om-h' }, [
        el('h2', { id: 'om-h', text: t.about }),
        el('p', { text: t.aboutText }),
        el('p', null, [el('a', { href: 'api/plan', text: t.data })]),
      ]),
    );
    main.removeAttribute('aria-busy');
    root.setAttribute('data-rendered', L);
  }

  function load() {
    fetch('api/plan', { headers: { accept: 'application/json' } })
      .then(function (res) {
        if (!res.ok) throw new Error('HTTP ' + res.status);
        return res.json();
      })
      .then(function (data) {
        state.data = data;
        render();
      })
      .catch(function () {
        state.failed = true;
        render();
      });
  }

  // ---- Teams: theme and locale. Never in the way of the page: loaded after it, bounded in time. ----

  function teamsUnavailable() {
    root.setAttribute('data-teams', 'unavailable');
  }

  function connectTeams(teams) {
    if (!teams || !teams.app) return teamsUnavailable();
    var timer;
    var timeout = new Promise(function (_resolve, reject) {
      timer = window.setTimeout(function () { reject(new Error('Teams did not answer')); }, TEAMS_TIMEOUT_MS);
    });
    var handshake;
    try {
      handshake = teams.app.initialize().then(function () { return teams.app.getContext(); });
    } catch (e) {
      handshake = Promise.reject(e);
    }
    Promise.race([handshake, timeout])
      .then(function (context) {
        window.clearTimeout(timer);
        var app = (context && context.app) || {};
        setTheme(themeOf(app.theme));
        var lang = langOf(app.locale);
        if (lang && lang !== state.lang) {
          state.lang = lang;
          render();
        }
        teams.app.registerOnThemeChangeHandler(function (theme) { setTheme(themeOf(theme)); });
        root.setAttribute('data-teams', 'connected');
      })
      .catch(function () {
        window.clearTimeout(timer);
        teamsUnavailable();
      });
  }

  function loadTeams() {
    var s = document.createElement('script');
    s.src = 'tab/teams-js.js';
    s.async = true;
    s.onload = function () { connectTeams(window.microsoftTeams); };
    s.onerror = teamsUnavailable;
    document.head.appendChild(s);
  }

  load();
  loadTeams();
})();
