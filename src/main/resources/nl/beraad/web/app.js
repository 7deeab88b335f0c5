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

// The running total of a points allocation, said while the participant types (AnswerForm's #answer-total,
// whose data-template holds the sentence with {0} for the sum). Without this the total shows when the
// form is sent, and the server says in one sentence what is wrong; it judges the total either way.
(function () {
  'use strict';
  document.addEventListener('input', function (event) {
    var field = event.target;
    var total = document.getElementById('answer-total');
    if (!total || !field.form || !/^points-[0-9]+$/.test(field.name || '')) {
      return;
    }
    var sum = 0;
    Array.prototype.forEach.call(field.form.elements, function (e) {
      if (/^points-[0-9]+$/.test(e.name || '') && /^[0-9]+$/.test(e.value.trim())) {
        sum += parseInt(e.value.trim(), 10);
      }
    });
    total.textContent = (total.getAttribute('data-template') || '{0}').replace('{0}', String(sum));
  });
})();
