// Laurel: OIDC login through LTI platform storage, for browsers that block cookies in the LMS iframe.
// Spec: LTI Client Side postMessages (lti.capabilities, lti.put_data, lti.get_data) and
// LTI OIDC Login with LTI Client Side postMessages: https://www.imsglobal.org/spec/lti-cs-oidc/v0p1
// Messages go to the platform with target origin '*' (the tool cannot know the platform frame's origin);
// answers are accepted only from the origin of the platform's OIDC authorization endpoint.
(function () {
  'use strict';
  var config = document.getElementById('lti-platform-storage');
  if (!config) {
    return;
  }
  var data = config.dataset;
  var TIMEOUT_MS = 3000;

  function randomId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function windowNamed(name) {
    var parent = window.parent !== window ? window.parent : window.opener;
    if (!parent) {
      return null;
    }
    if (!name || name === '_parent') {
      return parent;
    }
    if (name === '_top') {
      return window.top;
    }
    try {
      return parent.frames[name] || parent;
    } catch (e) {
      return parent;
    }
  }

  function send(target, message) {
    return new Promise(function (resolve, reject) {
      if (!target) {
        reject(new Error('no platform window'));
        return;
      }
      message.message_id = randomId();
      var timer = setTimeout(function () {
        window.removeEventListener('message', onMessage);
        reject(new Error('no answer to ' + message.subject));
      }, TIMEOUT_MS);
      function onMessage(event) {
        var answer = event.data;
        if (event.origin !== data.platformOrigin || !answer || typeof answer !== 'object'
            || answer.message_id !== message.message_id || answer.subject !== message.subject + '.response') {
          return;
        }
        clearTimeout(timer);
        window.removeEventListener('message', onMessage);
        if (answer.error) {
          reject(new Error(answer.error.code || 'error'));
        } else {
          resolve(answer);
        }
      }
      window.addEventListener('message', onMessage);
      target.postMessage(message, '*');
    });
  }

  // lti.capabilities first: the platform says whether it stores data, and in which frame.
  function storageWindow(subject) {
    var target = windowNamed(data.storageTarget);
    return send(target, { subject: 'lti.capabilities' }).then(function (answer) {
      var supported = (answer.supported_messages || []).filter(function (m) { return m.subject === subject; })[0];
      if (!supported) {
        throw new Error(subject + ' not supported');
      }
      return supported.frame ? windowNamed(supported.frame) : target;
    });
  }

  function login() {
    var proceed = function () { window.location.replace(data.authorizationUrl); };
    storageWindow('lti.put_data').then(function (storage) {
      return send(storage, { subject: 'lti.put_data', key: 'state_' + data.state, value: data.state })
        .then(function () {
          return send(storage, { subject: 'lti.put_data', key: 'nonce_' + data.nonce, value: data.nonce });
        });
    }).then(proceed, proceed);
  }

  function launch() {
    var form = document.getElementById('lti-confirm');
    var submit = function (value) {
      form.elements.platform_state.value = value || '';
      form.submit();
    };
    storageWindow('lti.get_data').then(function (storage) {
      return send(storage, { subject: 'lti.get_data', key: 'state_' + data.state });
    }).then(function (answer) { submit(answer.value); }, function () { submit(''); });
  }

  if (data.flow === 'login') {
    login();
  } else if (data.flow === 'launch') {
    launch();
  }
})();
