/*
 * "Register a tool by its registration URL", as Moodle's admin page does: open the tool's registration URL
 * (with openid_configuration and registration_token) in a frame, wait for the tool's
 * {subject: 'org.imsglobal.lti.close'} postMessage, then refresh the list of tools.
 */
(function () {
  'use strict';
  var form = document.getElementById('register-tool');
  var frame = document.getElementById('registration-frame');
  var problem = document.getElementById('registration-error');
  var toolOrigin = null;

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    problem.hidden = true;
    fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)), credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (answer) {
        if (!answer.url) {
          problem.textContent = answer.error_description || 'The registration could not start.';
          problem.hidden = false;
          return;
        }
        toolOrigin = answer.origin;
        frame.src = answer.url;
        frame.hidden = false;
      })
      .catch(function () {
        problem.textContent = 'The registration could not start.';
        problem.hidden = false;
      });
  });

  window.addEventListener('message', function (event) {
    if (event.origin !== toolOrigin || !event.data || event.data.subject !== 'org.imsglobal.lti.close') {
      return;
    }
    frame.hidden = true;
    frame.removeAttribute('src');
    window.location.reload();
  });
})();
