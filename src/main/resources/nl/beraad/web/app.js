// Beraad vote page: follows the meeting live. The page works without this file (forms and the
// "Vernieuwen" link); with it, a change announced on /events reloads the page's main part, but
// never while the participant is typing or has chosen something not yet sent.
(function () {
  'use strict';
  var main = document.getElementById('main');
  if (!main || !main.getAttribute('data-events') || !window.EventSource || !window.fetch) {
    return;
  }
  var dirty = false;
  document.addEventListener('input', function () { dirty = true; });
  document.addEventListener('change', function () { dirty = true; });
  document.addEventListener('submit', function () { dirty = false; });

  function staleNote() {
    var current = document.getElementById('main');
    if (!current || document.getElementById('stale')) {
      return;
    }
    var note = document.createElement('p');
    note.id = 'stale';
    note.className = 'notice';
    note.setAttribute('role', 'status');
    var link = document.createElement('a');
    link.href = '/';
    link.textContent = current.getAttribute('data-stale') || '';
    note.appendChild(link);
    current.insertBefore(note, current.firstChild);
  }

  function refresh() {
    if (dirty) {
      staleNote();
      return;
    }
    fetch(location.pathname + location.search, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) { return response.text(); })
      .then(function (text) {
        var fresh = new DOMParser().parseFromString(text, 'text/html');
        var next = fresh.getElementById('main');
        var current = document.getElementById('main');
        if (!dirty && next && current && next.innerHTML !== current.innerHTML) {
          current.replaceWith(document.importNode(next, true));
          document.title = fresh.title;
        }
      })
      .catch(function () { /* the next change or the link will try again */ });
  }

  // A stream refused (the server busy) is not retried by the browser itself: try again a little later,
  // and look once at the page in case something changed meanwhile.
  function listen(url) {
    var source = new EventSource(url);
    source.onmessage = refresh;
    source.onerror = function () {
      if (source.readyState === 2) {
        setTimeout(function () { refresh(); listen(url); }, 10000);
      }
    };
  }
  listen(main.getAttribute('data-events'));
})();
