// The trainer's dashboard. The token comes from the link's # part: browsers never send it to the server in a
// URL nor in a Referer, so it stays out of access logs; it travels only in the X-Trainer-Token header.
// Every text from participants is put in the page with textContent, never as HTML.
(function () {
  'use strict';
  var main = document.getElementById('main');
  var code = main.dataset.code;
  var token = decodeURIComponent(location.hash.replace(/^#/, ''));
  var csrf = document.querySelector('meta[name="csrf-token"]').content;
  var tips = JSON.parse(main.dataset.tips || '{}');
  // The tips that judge what the trainer set (the planned time): their findings are shown apart, as on the
  // participant's page, since they never count against the participant.
  var trainerSet = JSON.parse(main.dataset.trainerSet || '[]');
  var api = '/api/v1/workshops/' + encodeURIComponent(code);
  var svgNs = 'http://www.w3.org/2000/svg';
  var selected = [];
  var timer = null;
  // What the participants' table and histories were last drawn from: redrawn only when it changes, so a poll never
  // takes the keyboard focus away from a box the trainer is on.
  var drawn = null;
  // Each submission's number in its author's history, by id, for the comparison's headings.
  var numbers = {};
  // Set once the workshop is deleted: a poll still in flight must not undo the page that says so.
  var deleted = false;

  function msg(name, values) {
    var text = main.dataset[name] || '';
    (values || []).forEach(function (v, i) { text = text.split('{' + i + '}').join(String(v)); });
    return text;
  }

  function call(method, path) {
    return fetch(api + path, {
      method: method,
      credentials: 'same-origin',
      headers: { 'X-Trainer-Token': token, 'X-CSRF-Token': csrf, 'Accept': 'application/json' }
    }).then(function (response) {
      if (!response.ok) {
        return response.json().catch(function () { return {}; }).then(function (problem) {
          var error = new Error(problem.detail || String(response.status));
          error.status = response.status;
          throw error;
        });
      }
      return response;
    });
  }

  function status(text, problem) {
    var el = document.getElementById('status');
    el.textContent = text;
    el.classList.toggle('problem', !!problem);
  }

  function cell(row, text) {
    var td = document.createElement('td');
    td.textContent = text === null || text === undefined ? '—' : String(text);
    row.appendChild(td);
    return td;
  }

  function renderParticipants(dashboard) {
    var rows = document.getElementById('rows');
    rows.textContent = '';
    dashboard.participants.forEach(function (p) {
      var tr = document.createElement('tr');
      var name = document.createElement('th');
      name.scope = 'row';
      name.textContent = p.pseudonym;
      tr.appendChild(name);
      cell(tr, p.submissions);
      cell(tr, p.firstScore);
      cell(tr, p.bestScore);
      cell(tr, p.latestScore);
      var td = cell(tr, '');
      if (p.latestSubmissionId !== null) {
        var box = document.createElement('input');
        box.type = 'checkbox';
        box.value = p.latestSubmissionId;
        box.checked = selected.indexOf(String(p.latestSubmissionId)) >= 0;
        box.dataset.comparePick = '';
        box.setAttribute('aria-label', main.dataset.lang === 'en' ? 'Compare ' + p.pseudonym : 'Comparer ' + p.pseudonym);
        box.addEventListener('change', function () { toggle(box); });
        td.textContent = '';
        td.appendChild(box);
      }
      if (p.submissions >= 2) {
        // A participant's own progress: their first draft beside their latest.
        var progress = document.createElement('button');
        progress.type = 'button';
        progress.className = 'secondary small';
        progress.dataset.testid = 'before-after';
        progress.textContent = msg('msgBeforeAfter');
        progress.setAttribute('aria-label', msg('msgBeforeAfterLabel', [p.pseudonym]));
        progress.addEventListener('click', function () {
          selected = [];
          document.querySelectorAll('[data-compare-pick]').forEach(function (b) { b.checked = false; });
          compare(p.firstSubmissionId, p.latestSubmissionId);
        });
        td.appendChild(progress);
      }
      rows.appendChild(tr);
    });
    document.getElementById('empty').textContent =
      dashboard.participants.length === 0 ? msg('msgNoParticipants') : '';
    document.getElementById('count').textContent = msg('msgCount', [dashboard.submissionCount]);
  }

  // Each participant's every submission, oldest first, each with a box to pick it for the comparison.
  function renderHistories(participants) {
    var box = document.getElementById('histories');
    box.textContent = '';
    var when = new Intl.DateTimeFormat(main.dataset.lang || 'fr', { dateStyle: 'short', timeStyle: 'short',
      timeZone: main.dataset.zone });
    participants.filter(function (p) { return p.history.length > 0; }).forEach(function (p) {
      var section = document.createElement('section');
      section.className = 'participant-history';
      var h = document.createElement('h3');
      h.textContent = p.pseudonym;
      section.appendChild(h);
      var ol = document.createElement('ol');
      ol.dataset.testid = 'participant-history';
      p.history.forEach(function (entry) {
        numbers[entry.submissionId] = entry.number;
        var li = document.createElement('li');
        li.dataset.testid = 'history-entry';
        var label = document.createElement('label');
        var pick = document.createElement('input');
        pick.type = 'checkbox';
        pick.value = entry.submissionId;
        pick.dataset.comparePick = '';
        pick.dataset.testid = 'history-pick';
        pick.checked = selected.indexOf(String(entry.submissionId)) >= 0;
        pick.addEventListener('change', function () { toggle(pick); });
        label.appendChild(pick);
        var text = document.createElement('span');
        text.textContent = msg('msgHistoryEntry', [entry.number, when.format(new Date(entry.submittedAt)),
          entry.score]);
        label.appendChild(text);
        var hidden = document.createElement('span');
        hidden.className = 'visually-hidden';
        hidden.textContent = ' ' + msg('msgHistoryOf', [p.pseudonym]);
        label.appendChild(hidden);
        li.appendChild(label);
        ol.appendChild(li);
      });
      section.appendChild(ol);
      box.appendChild(section);
    });
    document.getElementById('histories-empty').hidden = box.childNodes.length > 0;
  }

  function renderDistribution(bands) {
    var svg = document.getElementById('distribution');
    svg.textContent = '';
    var most = Math.max(1, Math.max.apply(null, bands.map(function (b) { return b.participants; })));
    bands.forEach(function (band, i) {
      var height = Math.round(95 * band.participants / most);
      var x = 8 + i * 31;
      var rect = document.createElementNS(svgNs, 'rect');
      rect.setAttribute('x', x);
      rect.setAttribute('y', 120 - height);
      rect.setAttribute('width', 26);
      rect.setAttribute('height', Math.max(height, 1));
      rect.setAttribute('class', band.from >= 70 ? 'ws-bar good' : band.from >= 40 ? 'ws-bar ok' : 'ws-bar weak');
      var title = document.createElementNS(svgNs, 'title');
      title.textContent = msg('msgBand', [band.from, band.to, band.participants]);
      rect.appendChild(title);
      svg.appendChild(rect);
      var count = document.createElementNS(svgNs, 'text');
      count.setAttribute('x', x + 13);
      count.setAttribute('y', 115 - height);
      count.setAttribute('class', 'count');
      count.textContent = band.participants > 0 ? band.participants : '';
      svg.appendChild(count);
      var label = document.createElementNS(svgNs, 'text');
      label.setAttribute('x', x + 13);
      label.setAttribute('y', 136);
      label.setAttribute('class', 'axis');
      label.textContent = band.from;
      svg.appendChild(label);
    });
  }

  function renderWeakest(list) {
    var ol = document.getElementById('weakest');
    ol.textContent = '';
    list.filter(function (t) { return t.failing > 0; }).slice(0, 5).forEach(function (t) {
      var li = document.createElement('li');
      li.textContent = msg('msgWeakest', [tips[t.tipId] || t.tipId, t.failing, t.applicable]);
      ol.appendChild(li);
    });
  }

  function renderPlanned(list) {
    var ul = document.getElementById('planned');
    ul.textContent = '';
    list.forEach(function (t) {
      var li = document.createElement('li');
      li.textContent = msg('msgPlanned', [tips[t.tipId] || t.tipId, t.failing, t.applicable]);
      ul.appendChild(li);
    });
    document.getElementById('planned-box').hidden = list.length === 0;
  }

  function toggle(box) {
    var id = String(box.value);
    selected = selected.filter(function (s) { return s !== id; });
    if (box.checked) {
      selected.push(id);
    }
    if (selected.length > 2) {
      selected.shift();
    }
    document.querySelectorAll('[data-compare-pick]').forEach(function (b) {
      b.checked = selected.indexOf(String(b.value)) >= 0;
    });
    if (selected.length === 2) {
      // The older draft on the left, so the diff reads as what changed since.
      var pair = selected.map(Number).sort(function (a, b) { return a - b; });
      compare(pair[0], pair[1]);
    }
  }

  function side(data) {
    var col = document.createElement('article');
    col.className = 'side';
    var h = document.createElement('h3');
    h.textContent = msg('msgSideTitle', [data.pseudonym, numbers[data.submission.id] || '?',
      msg('msgScore', [data.submission.score])]);
    col.appendChild(h);
    var text = document.createElement('blockquote');
    text.className = 'draft-text';
    text.textContent = data.submission.text;
    col.appendChild(text);
    col.appendChild(mediaList(data.submission.media));
    var own = data.submission.findings.filter(function (f) { return trainerSet.indexOf(f.rule) < 0; });
    var planned = data.submission.findings.filter(function (f) { return trainerSet.indexOf(f.rule) >= 0; });
    col.appendChild(findingList(own));
    if (planned.length > 0) {
      var h4 = document.createElement('h4');
      h4.textContent = msg('msgPlannedTitle');
      col.appendChild(h4);
      col.appendChild(findingList(planned));
    }
    return col;
  }

  function findingList(findings) {
    return listOf('findings', null, findings, 'msgNone', function (f, li) {
      li.className = 'finding sev-' + f.severity;
      li.dataset.testid = 'compared-finding';
      // The severity said in words, not by colour alone.
      var word = document.createElement('strong');
      word.textContent = wordFor('sev', f.severity);
      li.appendChild(word);
      li.appendChild(document.createTextNode(' ' + f.message));
    });
  }

  // The images and videos the participant described, each with its alt text or the lack of one.
  function mediaList(media) {
    return listOf('compared-media', 'compared-media', media, 'msgMediaNone', function (m, li) {
      var kind = wordFor('media', m.type);
      li.textContent = m.altText ? msg('msgMediaAlt', [kind, m.altText]) : msg('msgMediaNoAlt', [kind]);
    });
  }

  // A list of items, each filled by fill(item, li), or one line saying there is none.
  function listOf(className, testid, items, noneKey, fill) {
    var ul = document.createElement('ul');
    ul.className = className;
    if (testid) ul.dataset.testid = testid;
    items.forEach(function (item) {
      var li = document.createElement('li');
      fill(item, li);
      ul.appendChild(li);
    });
    if (items.length === 0) {
      var none = document.createElement('li');
      none.textContent = msg(noneKey);
      ul.appendChild(none);
    }
    return ul;
  }

  // The page's word for a value (data-sev-warning, data-media-image…), or the value itself.
  function wordFor(prefix, value) {
    return main.dataset[prefix + value.charAt(0).toUpperCase() + value.slice(1)] || value;
  }

  // The left text turned into the right one: removed words struck (<del>), added ones marked (<ins>), each also
  // said in words to screen readers, since strike-through and colour are not read out.
  function renderDiff(pieces) {
    var box = document.getElementById('diff');
    box.textContent = '';
    pieces.forEach(function (piece) {
      if (piece.change === 'same') {
        box.appendChild(document.createTextNode(piece.text));
        return;
      }
      var el = document.createElement(piece.change === 'removed' ? 'del' : 'ins');
      var said = document.createElement('span');
      said.className = 'visually-hidden';
      said.textContent = msg(piece.change === 'removed' ? 'msgRemoved' : 'msgAdded') + ' ';
      el.appendChild(said);
      el.appendChild(document.createTextNode(piece.text));
      box.appendChild(el);
    });
    document.getElementById('diff-box').hidden = false;
  }

  function compare(left, right) {
    call('GET', '/submissions/compare?left=' + left + '&right=' + right)
      .then(function (r) { return r.json(); })
      .then(function (pair) {
        var box = document.getElementById('comparison');
        box.textContent = '';
        box.appendChild(side(pair.left));
        box.appendChild(side(pair.right));
        renderDiff(pair.diff);
      })
      .catch(function (e) { status(msg('msgError', [e.message]), true); });
  }

  function refresh() {
    return call('GET', '/dashboard')
      .then(function (r) { return r.json(); })
      .then(function (dashboard) {
        if (deleted) return;
        document.getElementById('board').hidden = false;
        document.getElementById('closed').hidden = !dashboard.workshop.closed;
        document.getElementById('close').disabled = dashboard.workshop.closed;
        var now = JSON.stringify(dashboard.participants) + dashboard.submissionCount;
        if (now !== drawn) {
          drawn = now;
          renderParticipants(dashboard);
          renderHistories(dashboard.participants);
        }
        renderDistribution(dashboard.distribution);
        renderWeakest(dashboard.weakestTips);
        renderPlanned(dashboard.trainerSetTips);
        status('', false);
      })
      .catch(function (e) {
        if (deleted) return;
        status(msg('msgError', [e.message]), true);
        if (e.status === 403 || e.status === 404) {
          stop();
        }
      });
  }

  function stop() {
    if (timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  }

  function download(format) {
    // The labels follow the page's language, which the export cannot tell from the token alone.
    call('GET', '/export.' + format + '?lang=' + encodeURIComponent(main.dataset.lang || 'fr'))
      .then(function (r) { return r.blob(); })
      .then(function (blob) {
        var link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = 'ricochet-atelier-' + code + '.' + format;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
      })
      .catch(function (e) { status(msg('msgError', [e.message]), true); });
  }

  function start() {
    // The projector view counts live with the same token, carried after # as on this page.
    document.getElementById('projector-link').href += location.hash;
    if (!token) {
      document.getElementById('no-link').hidden = false;
      return;
    }
    document.getElementById('export-csv').addEventListener('click', function () { download('csv'); });
    document.getElementById('export-xlsx').addEventListener('click', function () { download('xlsx'); });
    document.getElementById('export-json').addEventListener('click', function () { download('json'); });
    document.getElementById('close').addEventListener('click', function () {
      if (confirm(msg('msgCloseConfirm'))) {
        call('POST', '/close').then(refresh).catch(function (e) { status(msg('msgError', [e.message]), true); });
      }
    });
    document.getElementById('delete').addEventListener('click', function () {
      if (confirm(msg('msgDeleteConfirm'))) {
        call('DELETE', '').then(function () {
          deleted = true;
          stop();
          document.getElementById('board').hidden = true;
          status(msg('msgDeleted'), false);
        }).catch(function (e) { status(msg('msgError', [e.message]), true); });
      }
    });
    refresh();
    // Polling a JSON endpoint works the same behind one server or several sharing one database.
    timer = setInterval(refresh, 5000);
  }

  start();
}());
