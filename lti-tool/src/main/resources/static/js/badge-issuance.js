// Badge review page: "select all" ticks every learner who can be selected.
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
}());
