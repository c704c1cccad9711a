// Badge review and issuance pages: "select all" on the review table; the run's progress polled while it is active.
(function () {
  'use strict';

  var all = document.querySelector('[data-select-all]');
  if (all) {
    all.addEventListener('change', function () {
      document.querySelectorAll('[data-select]').forEach(function (box) {
        box.checked = all.checked;
      });
    });
  }

  var page = document.querySelector('[data-progress-url]');
  if (!page) {
    return;
  }
  var url = page.getAttribute('data-progress-url');
  var ACTIVE = ['REQUESTED', 'RUNNING', 'FAILED'];

  function status() {
    return document.querySelector('[data-issuance-status]');
  }

  function active() {
    var current = status();
    return current !== null && ACTIVE.indexOf(current.getAttribute('data-state')) >= 0;
  }

  function poll() {
    fetch(url, { credentials: 'include', headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('issuance progress answered ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-issuance-status]');
        var current = status();
        if (fresh && current) {
          current.replaceWith(fresh);
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
