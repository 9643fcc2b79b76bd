// Draws a report the way the server's editor template does: score ring, findings, annotated draft,
// rewrite, score breakdown, network previews and the week heat map.
import { el, svg } from './dom.js';

const CIRCUMFERENCE = 2 * Math.PI * 52;
const SEVERITY_ORDER = ['error', 'warning', 'suggestion', 'info'];

/** "Ready to post" only without errors, as ResultView.band does on the server. */
export function band(score, hasError) {
  const b = score >= 80 ? 'good' : score >= 55 ? 'ok' : 'weak';
  return hasError && b === 'good' ? 'ok' : b;
}

export function render(target, report, request, config, t, state) {
  const text = request.text;
  const parts = [
    scoreCard(report, config, t),
    findingsCard(report, config, t),
    highlightsCard(text, report, t),
    report.rewrite !== null && report.rewrite !== undefined ? rewriteCard(report, t) : null,
    breakdownCard(report, config, t),
    previewsCard(text, report, request, config, t),
    heatCard(report, request, config, t, state),
  ];
  target.replaceChildren(...parts.filter(Boolean));
}

function card(attrs, ...children) {
  const node = el('div', attrs, ...children);
  node.classList.add('card');
  return node;
}

function scoreCard(report, config, t) {
  const b = band(report.score, report.findings.some((f) => f.severity === 'error'));
  // The verdict, as ResultView.verdict says it: a cap (a refused post, an inauthentic one) names itself.
  const verdict = !report.cap ? b : report.cap.refused ? 'refused'
    : config.texts['result.band.cap.' + report.cap.rule] !== undefined ? 'cap.' + report.cap.rule : 'cap';
  const ring = svg('svg', { class: 'ring', viewBox: '0 0 140 140', role: 'img', 'aria-label': t('result.score') + ' ' + report.score + ' / 100' },
    svg('circle', { class: 'track', cx: 70, cy: 70, r: 52, fill: 'none', 'stroke-width': 14 }),
    svg('circle', { class: 'value', cx: 70, cy: 70, r: 52, fill: 'none', 'stroke-width': 14, 'stroke-linecap': 'round',
      transform: 'rotate(-90 70 70)', 'stroke-dasharray': (report.score * CIRCUMFERENCE / 100) + ' 400' }),
    svg('text', { class: 'num', x: 70, y: 80, 'text-anchor': 'middle', 'data-testid': 'score', text: report.score }),
    svg('text', { class: 'of', x: 70, y: 100, 'text-anchor': 'middle', text: t('result.outOf') }));
  const kindName = config.kinds?.[report.kind.value] ?? report.kind.value;
  const languageName = t('result.language.name.' + report.language.code);
  const language = el('p', { class: 'muted' }, el('span', { text: t('result.language', languageName) }),
    report.language.detected ? ' ' + t('result.language.detected') : '', ' · ',
    el('span', { 'data-testid': 'kind', text: t('result.kind', kindName) }),
    report.kind.detected ? ' ' + t('result.kind.detected') : '');
  return card({ class: 'score-box band-' + b, 'data-score-box': true }, ring,
    el('div', {}, el('p', { class: 'band-label', text: t('result.band.' + verdict) }), language));
}

function findingsCard(report, config, t) {
  const list = el('ol', { class: 'findings', lang: report.language.code });
  report.findings.forEach((f, i) => {
    const suggestions = el('ul', { class: 'suggestions' });
    for (const s of f.suggestions) {
      const apply = s.replacement ? el('button', {
        type: 'submit', form: 'editor-form', name: 'apply', class: 'secondary small', 'data-testid': 'suggestion-apply',
        value: s.replacement.offset + ':' + s.replacement.length + ':' + s.replacement.value,
        'aria-label': t('result.apply.label', s.text), text: t('result.apply') }) : null;
      suggestions.append(el('li', {}, el('span', { text: s.text }), ' ', apply, s.thread ? threadList(s.thread, t) : null));
    }
    const network = f.networks?.length ? el('span', { class: 'net-tag',
      text: f.networks.map((id) => config.networks[id]?.name ?? id).join(', ') }) : null;
    list.append(el('li', { id: 'finding-' + i, 'data-testid': 'finding', class: 'sev-' + f.severity },
      el('span', { class: 'sev', text: t('severity.' + f.severity) }), ' ', network,
      el('div', { text: f.message }), f.suggestions.length ? suggestions : null));
  });
  return card({}, el('h2', { text: t('result.findings') }),
    report.findings.length ? null : el('p', { text: t('result.findings.none') }), list);
}

/** A suggested thread: one box per post, each selected whole by one click (CSS), to copy one after the other. */
function threadList(posts, t) {
  return el('div', { class: 'thread' },
    el('ol', { 'data-testid': 'thread', 'aria-label': t('result.thread') },
      ...posts.map((post) => el('li', { class: 'thread-post', 'data-testid': 'thread-post', text: post }))),
    el('p', { class: 'help muted', text: t('result.thread.help') }));
}

/** The draft cut at every finding's edges; a piece under several findings shows the most severe style. */
function highlightsCard(text, report, t) {
  const cuts = new Set([0, text.length]);
  for (const f of report.findings) {
    if (f.length > 0) {
      cuts.add(Math.min(Math.max(f.offset, 0), text.length));
      cuts.add(Math.min(Math.max(f.offset + f.length, 0), text.length));
    }
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const view = el('div', { class: 'draft-view', 'data-testid': 'draft-view', lang: report.language.code });
  for (let k = 0; k + 1 < sorted.length; k++) {
    const start = sorted[k];
    const end = sorted[k + 1];
    const over = [];
    report.findings.forEach((f, i) => {
      if (f.length > 0 && f.offset <= start && f.offset + f.length >= end) over.push([f, i]);
    });
    const piece = text.slice(start, end);
    if (!over.length) {
      view.append(piece);
      continue;
    }
    const worst = over.map(([f]) => f.severity).sort((a, b) => SEVERITY_ORDER.indexOf(a) - SEVERITY_ORDER.indexOf(b))[0];
    const message = over.map(([f]) => f.message).join(' · ');
    view.append(el('mark', { class: 'hl sev-' + worst, tabindex: 0, 'data-testid': 'highlight', 'data-msg': message,
      title: message, 'aria-describedby': over.map(([, i]) => 'finding-' + i).join(' '), text: piece }));
  }
  return card({}, el('h2', { text: t('result.highlights') }),
    el('p', { class: 'help muted', text: t('result.highlights.help') }), view);
}

function rewriteCard(report, t) {
  return card({ 'data-testid': 'rewrite' }, el('h2', { text: t('result.rewrite') }),
    el('p', { class: 'rewrite-text', lang: report.language.code, text: report.rewrite }),
    el('button', { type: 'submit', form: 'editor-form', name: 'useRewrite', value: report.rewrite, 'data-testid': 'rewrite-use',
      text: t('result.rewrite.use') }));
}

/** Each tip's share: its weight over the applicable weights; biggest losses first. */
function breakdownCard(report, config, t) {
  // The report's points add up to the score before a cap, as ResultView.tipRows shows them.
  const rows = report.tips.map((tip) => {
    const applies = tip.score !== null && tip.max > 0;
    return { title: config.tips[tip.id] ?? tip.id, applies, earned: applies ? tip.points : 0,
      max: applies ? tip.max : 0, percent: applies ? Math.round(tip.score * 100) : 0 };
  });
  rows.sort((a, b) => (a.applies === b.applies ? (b.max - b.earned) - (a.max - a.earned) : a.applies ? -1 : 1));
  const body = el('tbody');
  for (const row of rows) {
    const bar = row.applies ? el('span', { class: 'bar', 'aria-hidden': 'true' },
      el('span', { class: 'w' + Math.floor(row.percent / 5) * 5 })) : null;
    body.append(el('tr', {}, el('td', {}, el('span', { text: row.title }), bar),
      row.applies ? el('td', { class: 'pts', text: t('result.breakdown.earned', row.earned, row.max) })
        : el('td', { class: 'pts na', text: t('result.breakdown.na') })));
  }
  if (report.cap && report.cap.points > 0) {
    body.append(el('tr', { class: 'cap' }, el('td', { text: t('result.breakdown.cap', report.cap.max) }),
      el('td', { class: 'pts', text: t('result.breakdown.capPoints', report.cap.points) })));
  }
  return card({}, el('h2', { text: t('result.breakdown') }),
    el('table', { class: 'breakdown' }, el('thead', {}, el('tr', {},
      el('th', { scope: 'col', text: t('result.breakdown.tip') }),
      el('th', { scope: 'col', class: 'pts', text: t('result.breakdown.points') }))), body));
}

function previewsCard(text, report, request, config, t) {
  const grid = el('div', { class: 'previews' });
  for (const counted of report.networks) {
    // each preview shows what that network links (Bluesky makes no mention of @carol, X none of @a@b.fr)
    const read = counted.entities ?? report.facts;
    const entities = [];
    for (const [kind, list] of Object.entries({ hashtag: read.hashtags, mention: read.mentions,
      url: read.urls, cashtag: report.facts.cashtags })) {
      for (const e of list) entities.push({ kind, offset: e.offset, end: e.offset + e.length });
    }
    entities.sort((a, b) => a.offset - b.offset);
    const profile = config.networks[counted.network] ?? { name: counted.network, maxMedia: 4 };
    let cut = text.length;
    const chars = Array.from(text);
    const folded = profile.fold !== undefined && chars.length > profile.fold;
    if (folded) cut = chars.slice(0, profile.fold).join('').length;
    const body = el('p', { class: 'body', lang: report.language.code });
    let at = 0;
    for (const e of entities) {
      const start = Math.max(e.offset, at);
      const end = Math.min(e.end, cut);
      if (start >= cut || end <= start) continue;
      if (start > at) body.append(text.slice(at, start));
      body.append(el('span', { class: 'tok-' + e.kind, text: text.slice(start, end) }));
      at = end;
    }
    if (at < cut) body.append(text.slice(at, cut));
    if (folded) body.append(el('span', { class: 'more', text: t('result.preview.more') }));
    const media = (request.media || []).slice(0, profile.maxMedia);
    const box = media.length ? el('div', { class: 'media-box' }, ...media.map((m) => el('div', { class: 'media-ph' },
      el('span', { class: 'kind', 'aria-hidden': 'true', text: m.type === 'video' ? '▶' : m.type === 'gif' ? 'GIF' : '▣' }),
      m.altText && m.altText.trim()
        ? el('span', {}, el('span', { class: 'alt', text: t('result.preview.alt') }), ' ', el('span', { class: 'alt-text', text: m.altText }))
        : el('span', { class: 'noalt', text: t('result.preview.noAlt') })))) : null;
    grid.append(el('article', { class: 'preview net-' + counted.network, 'data-testid': 'preview', 'aria-label': profile.name },
      el('header', {}, el('span', { class: 'avatar', 'aria-hidden': 'true' }),
        el('span', { class: 'who' }, el('strong', { text: t('result.preview.account') }), el('span', { text: t('result.preview.handle') })),
        el('span', { class: 'net-name', text: profile.name })),
      body, box,
      el('p', { class: 'counter-line' + (counted.withinLimit ? '' : ' over') },
        el('span', { text: t('result.preview.counter', counted.length, counted.limit) }),
        counted.withinLimit ? null : ' ' + t('result.preview.over'))));
  }
  return card({}, el('h2', { text: t('result.previews') }), grid);
}

/** Day (0 = Monday) and hour of an instant as seen in a zone. */
function slotIn(iso, zone) {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', hour: '2-digit', hourCycle: 'h23' })
    .formatToParts(new Date(iso));
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.find((p) => p.type === 'weekday').value);
  return { day, hour: Number(parts.find((p) => p.type === 'hour').value) };
}

function covered(windows, day, hour) {
  const minutes = (hhmm) => { const [h, m] = hhmm.split(':').map(Number); return h * 60 + m; };
  return windows.some((w) => {
    const from = minutes(w.from);
    const to = w.to === '00:00' ? 1440 : minutes(w.to);
    return w.days.includes(day + 1) && from < hour * 60 + 60 && to > hour * 60;
  });
}

function heatCard(report, request, config, t, state) {
  const networks = request.networks.filter((id) => config.networks[id]);
  if (!networks.length) return null;
  const network = networks.includes(state.heatNetwork) ? state.heatNetwork : networks[0];
  const profile = config.networks[network];
  const windows = profile.windows[request.audience] ?? profile.windows.general ?? [];
  const zone = request.timeZone;
  const picture = svg('svg', { viewBox: '0 0 424 132', role: 'img', 'aria-label': t('result.timing.caption', zone) + ' — ' + profile.name });
  for (const hour of [0, 3, 6, 9, 12, 15, 18, 21]) {
    picture.append(svg('text', { x: 36 + hour * 16 + 7, y: 11, 'text-anchor': 'middle', text: hour }));
  }
  for (let day = 0; day < 7; day++) {
    picture.append(svg('text', { x: 30, y: 16 + day * 16 + 11, 'text-anchor': 'end', text: t('day.' + (day + 1)) }));
    for (let hour = 0; hour < 24; hour++) {
      picture.append(svg('rect', { x: 36 + hour * 16, y: 16 + day * 16, width: 14, height: 14, rx: 2,
        class: covered(windows, day, hour) ? 'cell good' : 'cell' }));
    }
  }
  if (request.scheduledAt) {
    const p = slotIn(request.scheduledAt, zone);
    picture.append(svg('rect', { class: 'mark-planned', x: 35 + p.hour * 16, y: 15 + p.day * 16, width: 16, height: 16, rx: 3 }),
      svg('text', { class: 'marker-text', x: 36 + p.hour * 16 + 7, y: 16 + p.day * 16 + 11, 'text-anchor': 'middle', text: 'P' }));
  }
  let advice = null;
  if (report.suggestedTime) {
    const s = slotIn(report.suggestedTime.at, report.suggestedTime.timeZone);
    picture.append(svg('circle', { class: 'mark-suggested', cx: 36 + s.hour * 16 + 7, cy: 16 + s.day * 16 + 7, r: 7 }),
      svg('text', { class: 'marker-text', x: 36 + s.hour * 16 + 7, y: 16 + s.day * 16 + 10, 'text-anchor': 'middle', text: '★' }));
    const when = new Intl.DateTimeFormat(config.lang, { timeZone: report.suggestedTime.timeZone, weekday: 'short',
      day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(report.suggestedTime.at));
    advice = el('p', { text: t('result.timing.suggested', when, report.suggestedTime.timeZone) });
  } else if (request.scheduledAt) {
    advice = el('p', { text: t('result.timing.ok') });
  }
  let picker = null;
  if (networks.length > 1) {
    const select = el('select', { id: 'heat-network', 'data-heat-network': true },
      ...networks.map((id) => el('option', { value: id, selected: id === network, text: config.networks[id].name })));
    picker = el('div', { class: 'field heat-pick' }, el('label', { for: 'heat-network', text: t('result.timing.network') }), select);
  }
  const dayNames = (w) => w.days.map((d) => t('day.' + d)).join(', ');
  return card({ class: 'heat' }, el('h2', { text: t('result.timing') }), advice, picker, picture,
    el('ul', { class: 'legend' }, el('li', {}, el('span', { class: 'swatch' }), el('span', { text: t('result.timing.legend.good') })),
      el('li', { text: t('result.timing.legend.planned') }), el('li', { text: t('result.timing.legend.suggested') })),
    windows.length ? el('p', { class: 'windows', text: t('result.timing.windows', profile.name) }) : el('p', { class: 'windows', text: t('result.timing.none') }),
    el('ul', { class: 'windows' }, ...windows.map((w) => el('li', { text: dayNames(w) + ' ' + w.from + '–' + w.to + ' (' + w.source + ')' }))));
}
