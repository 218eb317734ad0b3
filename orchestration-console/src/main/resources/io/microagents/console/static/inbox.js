// The inbox reloads when what waits for a person changed (someone else answered first, or a
// run asked something new) — unless the person is typing, then it says so instead.
(function () {
  'use strict';
  var inbox = document.getElementById('inbox');
  if (!inbox || !window.EventSource) { return; }
  var source = new EventSource('/inbox/events?since=' + encodeURIComponent(inbox.dataset.fingerprint));
  source.addEventListener('changed', function () {
    source.close();
    var typing = Array.prototype.some.call(document.querySelectorAll('#inbox textarea, #inbox input[type="text"]'),
      function (f) { return f.value.trim() !== ''; });
    if (!typing) { window.location.replace('/inbox'); return; }
    var note = document.createElement('p');
    note.className = 'notice';
    note.setAttribute('role', 'status');
    note.append('What waits for a person changed (someone may have answered first). ');
    var link = document.createElement('a');
    link.href = '/inbox';
    link.textContent = 'Reload the inbox';
    note.append(link);
    inbox.prepend(note);
  });
})();
