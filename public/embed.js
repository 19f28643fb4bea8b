/*
 * VET policy timeline: one-line embed.
 *
 *   <script src="https://YOUR-SITE/PATH/TO/timeline/embed.js"
 *           data-measure="28020" data-year="2019" data-lang="fr" async></script>
 *
 * Inserts the timeline in a frame where the script stands, and keeps the frame as tall as its
 * content. Attributes (all optional): data-measure, data-year, data-lang (en, fr, nl, de),
 * data-scheme (light, the default; dark; or auto, as the reader's device is set),
 * data-title (the frame's name for screen readers), data-height (starting height in pixels).
 * Works for several embeds on one page. Needs no inline script or style on the host page.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src || script.hasAttribute('data-vet-timeline-frame')) return;
  script.setAttribute('data-vet-timeline-frame', '');

  var TITLES = {
    en: 'VET policy timeline',
    fr: "Chronologie des politiques d'EFP",
    nl: 'Tijdlijn van het beroepsopleidingsbeleid',
    de: 'Zeitleiste der Berufsbildungspolitik'
  };
  var data = script.dataset;
  var app = new URL('./', script.src);
  var query = new URLSearchParams();
  if (data.measure) query.set('measure', data.measure);
  if (data.year) query.set('year', data.year);
  if (data.lang) query.set('lang', data.lang);
  query.set('embed', '1');
  if (data.scheme) query.set('scheme', data.scheme);

  var frame = document.createElement('iframe');
  frame.src = app.href + '?' + query.toString();
  frame.title = data.title || TITLES[data.lang] || TITLES.en;
  frame.loading = 'lazy';
  frame.setAttribute('allow', 'clipboard-write');
  // Style through the DOM, which a strict Content-Security-Policy allows (inline styles it would not).
  frame.style.display = 'block';
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.style.height = (parseInt(data.height, 10) || 900) + 'px';
  script.parentNode.insertBefore(frame, script.nextSibling);

  // Resize from this frame's own messages only: from its window, and from the app's origin.
  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || event.origin !== app.origin) return;
    var message = event.data;
    if (!message || typeof message !== 'object' || message.type !== 'vet-policy-timeline:size') return;
    var height = Number(message.height);
    if (!isFinite(height) || height < 50 || height > 100000) return;
    frame.style.height = Math.ceil(height) + 'px';
  });
})();
