/* Kontaktskjema for kampanjesidene. Kjøres uten byggesteg, derfor ren XHR. */
(function () {
  'use strict';

  var SKJEMA_URL = 'https://skjema.formdrop.example/f/kontakt-9x2';
  var KONFIG_URL = 'https://cdn.skjemaer.example/config/kontakt.json';

  function lesFelter(skjema) {
    return {
      fulltNavn: skjema.elements.fulltNavn.value.trim(),
      epost: skjema.elements.epost.value.trim(),
      telefon: skjema.elements.telefon.value.replace(/\s+/g, ''),
      emne: skjema.elements.emne.value,
    };
  }

  function hentKonfig(ferdig) {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', KONFIG_URL);
    xhr.responseType = 'json';
    xhr.onload = function () {
      ferdig(xhr.status === 200 ? xhr.response : { emner: [] });
    };
    xhr.send();
  }

  function lagreUtkast(skjema) {
    var felter = lesFelter(skjema);
    var utkast = new XMLHttpRequest();
    utkast.open('PUT', '/api/kontakt/utkast');
    utkast.setRequestHeader('Content-Type', 'application/json');
    utkast.send(JSON.stringify({ epost: felter.epost, telefon: felter.telefon }));
  }

  function sendInn(e) {
    e.preventDefault();
    var skjema = e.currentTarget;
    var status = document.getElementById('kontaktstatus');
    var fulltNavn = skjema.elements.fulltNavn.value.trim();
    var epost = skjema.elements.epost.value.trim();
    var telefon = skjema.elements.telefon.value.replace(/\s+/g, '');

    var xhr = new XMLHttpRequest();
    xhr.open('POST', SKJEMA_URL);
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.onload = function () {
      status.textContent = xhr.status < 300 ? 'Takk! Vi tar kontakt snart.' : 'Noe gikk galt, prøv igjen.';
    };
    xhr.onerror = function () {
      status.textContent = 'Ingen forbindelse. Prøv igjen senere.';
    };
    xhr.send(JSON.stringify({ fulltNavn: fulltNavn, epost: epost, telefon: telefon, kilde: 'kampanje' }));
  }

  document.addEventListener('DOMContentLoaded', function () {
    var skjema = document.getElementById('kontaktskjema');
    if (!skjema) return;

    hentKonfig(function (konfig) {
      konfig.emner.forEach(function (emne) {
        skjema.elements.emne.add(new Option(emne.tittel, emne.kode));
      });
    });

    skjema.addEventListener('change', function () {
      lagreUtkast(skjema);
    });
    skjema.addEventListener('submit', sendInn);
  });
})();
