/*
 * Laurel's rubric and badge editors, progressive enhancement only (the forms work without it): the problems of a
 * refused form get the focus, choosing another rubric shows its criteria at once, and a too large image is refused
 * before it is sent.
 */
(function () {
  'use strict';

  function start() {
    var problems = document.getElementById('problems');
    if (problems) { problems.focus(); }
    document.querySelectorAll('[data-refresh-on-change]').forEach(function (select) {
      var button = select.form && select.form.querySelector('[data-refresh]');
      if (!button) { return; }
      button.hidden = true;
      select.addEventListener('change', function () { button.click(); });
    });
    document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
      var max = parseInt(input.getAttribute('data-max-bytes'), 10);
      var message = document.createElement('p');
      message.className = 'field-error';
      message.setAttribute('role', 'alert');
      message.hidden = true;
      input.insertAdjacentElement('afterend', message);
      input.addEventListener('change', function () {
        var file = input.files && input.files[0];
        message.hidden = true;
        if (file && file.size > max) {
          message.textContent = 'This image is ' + Math.ceil(file.size / 1024) + ' KB; badge images may be at most '
            + Math.round(max / 1024) + ' KB. Choose a smaller file.';
          message.hidden = false;
          input.value = '';
        }
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
