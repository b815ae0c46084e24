/*
 * Marketing tags for the logged-in app. gtag.js, the GTM container and the Intercom messenger are
 * loaded by <script> tags in the page head; this file only feeds them.
 */
(function () {
  'use strict';

  var GA_MEASUREMENT_ID = 'G-7QK2LM4XZP';
  var INTERCOM_APP_ID = 'k3v9q2ab';
  var bootstrap = window.appBootstrap || {};
  var currentUser = bootstrap.currentUser;

  window.dataLayer = window.dataLayer || [];

  if (!currentUser) {
    gtag('config', GA_MEASUREMENT_ID, { send_page_view: true });
    Intercom('boot', { app_id: INTERCOM_APP_ID });
    return;
  }

  gtag('config', GA_MEASUREMENT_ID, { user_id: currentUser.userId });
  gtag('event', 'login', { method: 'email' });

  window.dataLayer.push({ event: 'login', userEmail: currentUser.email });

  Intercom('boot', {
    app_id: INTERCOM_APP_ID,
    user_id: currentUser.userId,
    email: currentUser.email,
    name: currentUser.name,
  });

  document.addEventListener('click', function (e) {
    var target = e.target.closest('[data-checkout-plan]');
    if (!target) return;
    window.dataLayer.push({
      event: 'begin_checkout',
      ecommerce: { currency: 'NOK', value: Number(target.dataset.price), items: [{ item_id: target.dataset.checkoutPlan }] },
    });
    Intercom('update', { last_request_at: Math.floor(Date.now() / 1000) });
  });
})();
