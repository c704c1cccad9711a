/*
 * The platform side of LTI platform storage (LTI Client Side postMessages: lti.capabilities, lti.put_data,
 * lti.get_data), for the tool launched in #lti-tool-frame with lti_storage_target=_parent.
 * Data is kept per tool origin in sessionStorage (in memory when sessionStorage is unavailable), and only
 * the registered tool's origin may put or get data. Every answer goes to event.origin only.
 */
(function () {
  'use strict';
  var frame = document.getElementById('lti-tool-frame');
  if (!frame) {
    return;
  }
  var toolOrigin = frame.getAttribute('data-tool-origin');
  var PREFIX = 'lti-platform-storage|';
  var memory = {};

  function slot(origin, key) {
    return PREFIX + origin + '|' + key;
  }

  function put(origin, key, value) {
    try {
      window.sessionStorage.setItem(slot(origin, key), value);
    } catch (e) {
      memory[slot(origin, key)] = value;
    }
  }

  function get(origin, key) {
    try {
      var stored = window.sessionStorage.getItem(slot(origin, key));
      if (stored !== null) {
        return stored;
      }
    } catch (e) {
      // fall through to memory
    }
    return Object.prototype.hasOwnProperty.call(memory, slot(origin, key)) ? memory[slot(origin, key)] : null;
  }

  function error(subject, messageId, code, message) {
    return { subject: subject + '.response', message_id: messageId, error: { code: code, message: message } };
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.subject !== 'string' || !event.source) {
      return;
    }
    var subject = data.subject;
    if (subject.indexOf('lti.') !== 0 || /\.response$/.test(subject)) {
      return;
    }
    var reply = function (message) {
      event.source.postMessage(message, event.origin);
    };
    if (subject === 'lti.capabilities') {
      reply({
        subject: 'lti.capabilities.response',
        message_id: data.message_id,
        supported_messages: [{ subject: 'lti.capabilities' }, { subject: 'lti.put_data' }, { subject: 'lti.get_data' }]
      });
      return;
    }
    if (subject !== 'lti.put_data' && subject !== 'lti.get_data') {
      reply(error(subject, data.message_id, 'unsupported_subject', 'This platform does not support ' + subject));
      return;
    }
    if (event.origin !== toolOrigin) {
      reply(error(subject, data.message_id, 'bad_origin', 'Only the launched tool may use platform storage'));
      return;
    }
    if (typeof data.key !== 'string' || data.key === '') {
      reply(error(subject, data.message_id, 'bad_request', 'key must be a non-empty string'));
      return;
    }
    if (subject === 'lti.put_data') {
      if (typeof data.value !== 'string') {
        reply(error(subject, data.message_id, 'bad_request', 'value must be a string'));
        return;
      }
      put(event.origin, data.key, data.value);
      reply({ subject: 'lti.put_data.response', message_id: data.message_id, key: data.key, value: data.value });
      return;
    }
    reply({ subject: 'lti.get_data.response', message_id: data.message_id, key: data.key, value: get(event.origin, data.key) });
  });
})();
