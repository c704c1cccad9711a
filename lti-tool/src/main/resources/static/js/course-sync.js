// Course sync page: polls the sync status fragment while a sync is requested or running.
(function () {
  'use strict';
  var form = document.querySelector('form[data-progress-url]');
  if (!form) {
    return;
  }
  var url = form.getAttribute('data-progress-url');
  var ACTIVE = ['REQUESTED', 'RUNNING'];

  function status() {
    return document.querySelector('[data-course-sync-status]');
  }

  function active() {
    var current = status();
    return current !== null && ACTIVE.indexOf(current.getAttribute('data-state')) >= 0;
  }

  function poll() {
    fetch(url, { credentials: 'include', headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('course sync progress answered ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-course-sync-status]');
        var current = status();
        if (fresh && current) {
          current.replaceWith(fresh);
        }
        if (active()) {
          window.setTimeout(poll, 2000);
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
