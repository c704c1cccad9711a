// Polls a long job's status while it is active and swaps the fresh status in place. The element carrying
// data-progress-url names the status element (data-progress-status: the attribute that marks it) and the states
// in which the job is still active (data-progress-active, space-separated); the status element has data-state.
// With data-progress-reload (states, space-separated), the page reloads when the job reaches one of them: for
// pages whose content the job creates.
(function () {
  'use strict';
  var source = document.querySelector('[data-progress-url]');
  if (!source) {
    return;
  }
  var url = source.getAttribute('data-progress-url');
  var marker = '[' + source.getAttribute('data-progress-status') + ']';
  var ACTIVE = source.getAttribute('data-progress-active').split(' ');
  var RELOAD = (source.getAttribute('data-progress-reload') || '').split(' ').filter(Boolean);

  function status() {
    return document.querySelector(marker);
  }

  function active() {
    var current = status();
    return current !== null && ACTIVE.indexOf(current.getAttribute('data-state')) >= 0;
  }

  function poll() {
    fetch(url, { credentials: 'include', headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('progress answered ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector(marker);
        var current = status();
        if (fresh && current) {
          current.replaceWith(fresh);
        }
        if (fresh && RELOAD.indexOf(fresh.getAttribute('data-state')) >= 0) {
          window.location.reload();
          return;
        }
        if (active()) {
          window.setTimeout(poll, 1500);
        }
      })
      .catch(function () {
        window.setTimeout(poll, 10000);
      });
  }

  if (active()) {
    window.setTimeout(poll, 1000);
  }
}());
