// The projector view's live counts: the dashboard API polled with the trainer's token from the link's # part (never
// sent in a URL, so never in a log). Without the token the page still shows the code, the link and the QR code.
(function () {
  'use strict';
  var main = document.getElementById('main');
  var token = decodeURIComponent(location.hash.replace(/^#/, ''));
  var csrf = document.querySelector('meta[name="csrf-token"]').content;
  if (!token) return;
  var url = '/api/v1/workshops/' + encodeURIComponent(main.dataset.code) + '/dashboard';
  var timer = null;

  function refresh() {
    fetch(url, {
      credentials: 'same-origin',
      headers: { 'X-Trainer-Token': token, 'X-CSRF-Token': csrf, 'Accept': 'application/json' }
    }).then(function (response) {
      if (response.status === 403 || response.status === 404) {
        clearInterval(timer); // a wrong link or a deleted workshop: asking again changes nothing
        return null;
      }
      return response.ok ? response.json() : null;
    }).then(function (dashboard) {
      if (!dashboard) return;
      document.getElementById('projector-participants').textContent = String(dashboard.participants.length);
      document.getElementById('projector-submissions').textContent = String(dashboard.submissionCount);
      document.getElementById('projector-live').hidden = false;
      document.getElementById('projector-nolink').hidden = true;
    }).catch(function () {}); // a network blip: the next round tries again
  }

  refresh();
  timer = setInterval(refresh, 5000);
}());
