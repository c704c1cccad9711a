// Laurel: posts the signed LtiDeepLinkingResponse back to the platform's deep_link_return_url
// (Deep Linking 2.0 §4.5: the tool redirects with a form POST carrying JWT).
(function () {
  'use strict';
  var form = document.getElementById('lti-deep-linking-response');
  if (form) {
    form.submit();
  }
})();
