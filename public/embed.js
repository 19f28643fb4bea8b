/*
 * VET policy timeline: the embed script. The Embed dialog's code (recommended) puts the frame in
 * the host page's HTML, its starting height reserved, and the script after it:
 *
 *   <iframe src="https://YOUR-SITE/PATH/TO/timeline/embed/fr/28020/2019/"
 *           title="VET policy timeline" width="100%" height="976" frameborder="0"
 *           loading="lazy" allow="clipboard-write" data-vet-timeline></iframe>
 *   <script src="https://YOUR-SITE/PATH/TO/timeline/embed.js" async></script>
 *
 * The script keeps each such frame (`data-vet-timeline`, from the script's own site) as tall as
 * its content, without a border. Since the frame is in the HTML from the start, with the
 * view's height in the column the editor previewed it in, inserting it moves nothing on the
 * host page; in a column of another width, its height changes once to fit the view, when the
 * view in it tells its height (as soon as its page is parsed and styled, before its app has
 * started: see the README, "Embed it").
 *
 * The older code, the script alone, still works: it inserts a frame where it stands.
 *   <script src="https://YOUR-SITE/PATH/TO/timeline/embed.js"
 *           data-measure="28020" data-year="2019" data-lang="fr" async></script>
 * Attributes (all optional): data-measure, data-year, data-lang (en, fr, nl, de),
 * data-scheme (light, the default; dark; or auto, as the reader's device is set),
 * data-title (the frame's name for screen readers), data-height (starting height in pixels).
 *
 * Works for several embeds on one page. Needs no inline script or style on the host page.
 *
 * It runs on other sites' pages, which load no wasm, so it repeats what Rust owns: the frames'
 * titles (each language's `app_title`), the attribute of the Embed dialog's frames
 * (`link::embed::FRAME_ATTR`), the size messages (`web::embed::MESSAGE_TYPE`, `AMP_MESSAGE`),
 * the starting height (`link::embed::DEFAULT_HEIGHT`) and `embed=1` (`link::query::EMBED_ON`);
 * and what the reader opened, brought on screen (`web::embed::REVEAL_TYPE`).
 * tests/mirrors.rs compares the built file with them.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src || script.hasAttribute('data-vet-timeline-frame')) return;
  script.setAttribute('data-vet-timeline-frame', '');

  // Each language's `app_title` (public/i18n/*.json; English: `text::i18n::EN`).
  var TITLES = {
    en: 'VET policy timeline',
    fr: "Chronologie des politiques d'EFP",
    nl: 'Tijdlijn van het beroepsopleidingsbeleid',
    de: 'Zeitleiste der Berufsbildungspolitik'
  };
  var app = new URL('./', script.src);

  /** Keeps `frame` as tall as the view it shows, from the view's own messages only. */
  function follow(frame) {
    if (frame.hasAttribute('data-vet-timeline-followed')) return;
    frame.setAttribute('data-vet-timeline-followed', '');
    // Style through the DOM, which a strict Content-Security-Policy allows (inline styles it
    // would not). Nothing but the border (none already, with the code's `frameborder="0"`):
    // any other change to a frame already in the page (its display, its width) would move the
    // host's text.
    frame.style.border = '0';
    // Resize from this frame's own messages only: from its window, and from the app's origin.
    window.addEventListener('message', function (event) {
      if (event.source !== frame.contentWindow || event.origin !== app.origin) return;
      var message = event.data;
      if (!message || typeof message !== 'object') return;
      if (message.type === 'vet-policy-timeline:reveal') return reveal(frame, message);
      // The app's own message, or the AMP one (all the written-out view sends, before the app).
      var amp = message.sentinel === 'amp' && message.type === 'embed-size';
      if (message.type !== 'vet-policy-timeline:size' && !amp) return;
      var height = Number(message.height);
      if (!isFinite(height) || height < 50 || height > 100000) return;
      frame.style.height = Math.ceil(height) + 'px';
    });
  }

  /**
   * Brings what the reader opened in `frame` (a card: its heading and first lines, with the
   * room the app leaves around them, from `top` to `bottom` of the frame's content, as the app
   * measured it) on this page's screen, as a browser brings an element "nearest" into view: not
   * at all where it is on screen, else as little as needed, its top first where it is taller
   * than the screen.
   */
  function reveal(frame, message) {
    var top = Number(message.top);
    var bottom = Number(message.bottom);
    if (!isFinite(top) || !isFinite(bottom) || bottom < top) return;
    var at = frame.getBoundingClientRect().top;
    var up = at + top;
    var down = at + bottom - window.innerHeight;
    var by = up < 0 || down > up ? up : Math.max(down, 0);
    if (!by) return;
    var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollBy({ top: by, behavior: still ? 'auto' : 'smooth' });
  }

  /** Whether `frame` shows this script's timeline. */
  function ours(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI).origin === app.origin;
    } catch (e) {
      return false;
    }
  }

  var held = document.querySelectorAll('iframe[data-vet-timeline]');
  var found = 0;
  for (var i = 0; i < held.length; i++) {
    if (ours(held[i])) {
      follow(held[i]);
      found++;
    }
  }

  // The older code: the script alone (on a page that holds no frame of its own, or with
  // attributes of its own) inserts its frame where it stands.
  var data = script.dataset;
  var asks = data.measure || data.year || data.lang || data.scheme || data.title || data.height;
  if (found && !asks) return;
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
  frame.style.display = 'block';
  frame.style.width = '100%';
  frame.style.height = (parseInt(data.height, 10) || 900) + 'px';
  follow(frame);
  script.parentNode.insertBefore(frame, script.nextSibling);
})();
