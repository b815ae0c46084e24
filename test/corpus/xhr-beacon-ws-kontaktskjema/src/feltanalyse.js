/* Måler hvilke felt som blir fylt ut, uten å sende innholdet. */
(function () {
  'use strict';

  var ANALYSE_URL = 'https://logg.skjemaanalyse.example/v1/felt';
  var SAMTYKKE_URL = 'https://samtykke.cookiehylle.example/v1/samtykke';
  var sideId = document.documentElement.getAttribute('data-side-id') || 'ukjent';

  function registrerSamtykke(kategorier) {
    var xhr = new XMLHttpRequest();
    xhr.open('POST', SAMTYKKE_URL);
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.send(JSON.stringify({ samtykke: kategorier, versjon: 4, sideId: sideId }));
  }

  document.addEventListener('focusout', function (e) {
    var felt = e.target;
    if (!felt || !felt.name || !felt.form || felt.form.id !== 'kontaktskjema') return;
    navigator.sendBeacon(ANALYSE_URL, JSON.stringify({ felt: felt.name, utfylt: felt.value.length > 0, sideId: sideId }));
  });

  window.addEventListener('samtykke-endret', function (e) {
    registrerSamtykke(e.detail.kategorier);
  });
})();
