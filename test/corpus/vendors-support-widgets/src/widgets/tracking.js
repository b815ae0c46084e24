/*
 * Page-level tags. gtag.js, Hotjar and the Zendesk Web Widget are injected by the tag snippets
 * in the page head; the server renders the signed-in user into window.__BOOTSTRAP__.
 */
(function () {
  'use strict';

  var GA_MEASUREMENT_ID = 'G-3HX8RT2QLM';
  var state = window.__BOOTSTRAP__ || {};
  var user = state.user;

  gtag('config', GA_MEASUREMENT_ID, { send_page_view: false, anonymize_ip: true });

  if (user) {
    gtag('set', 'user_data', { email: user.email, phone_number: user.phone });

    hj('identify', user.id, { plan: user.plan, email: user.email });

    zE('webWidget', 'prefill', {
      name: { value: user.fullName, readOnly: true },
      email: { value: user.email, readOnly: true },
    });
  }

  hj('event', 'dashboard_loaded');

  document.addEventListener('invoice:exported', function (e) {
    gtag('event', 'invoice_export', { format: e.detail.format, invoice_count: e.detail.count });
    window.Intercom('trackEvent', 'invoice-exported', { format: e.detail.format });
  });

  document.addEventListener('checkout:completed', function (e) {
    var order = e.detail;
    gtag('event', 'purchase', { transaction_id: order.id, value: order.total, currency: 'NOK' });
  });
})();
