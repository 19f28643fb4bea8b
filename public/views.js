// Shows the view the page's link names before the app has started: looks the link up in the
// manifest the build wrote into this script's `data-views` (src/prerender/views.rs: it comes with
// the page, so the view is asked for at once), and puts that view, written out at build
// time by the app's own components, in place of the default view index.html holds. The app then
// takes it over. Loaded in <head>, before anything is painted; no inline script, so a strict
// Content-Security-Policy allows it.
//
// What a link shows is decided at build time, in Rust: this script does not read the link, only
// looks it up (the app's canonical link is the key). For a link that was not written out (a
// search, filters, a development past the build's limit) it reads only what the default view of
// its language and layout needs: `lang` and `embed`, and the colours (`scheme`).
(function () {
  'use strict';
  var root = document.documentElement;
  var me = document.currentScript;
  var base = me ? me.src : document.baseURI;
  var query = location.search === '?' ? '' : location.search;

  /** The position in `langs` of the reader's language (the browser's first the app speaks). */
  function browserLanguage(langs) {
    var preferred = navigator.languages && navigator.languages.length
      ? navigator.languages : [navigator.language || ''];
    for (var i = 0; i < preferred.length; i++) {
      var at = langs.indexOf(primary(preferred[i]));
      if (at >= 0) return at;
    }
    return 0;
  }

  /** A language tag's primary subtag, in lower case (`nl-BE` → `nl`). */
  function primary(tag) {
    return String(tag || '').trim().split(/[-_]/)[0].toLowerCase();
  }

  /** The view of a link that was not written out: the default view of its language and layout. */
  function fallback(manifest) {
    var params = new URLSearchParams(query);
    var embed = ['1', 'true'].indexOf((params.get('embed') || '').trim()) >= 0;
    var views = manifest.defaults[embed ? 'embed' : 'page'];
    var asked = manifest.langs.indexOf(primary(params.get('lang')));
    var scheme = (params.get('scheme') || '').trim();
    var colours = scheme === 'light' || scheme === 'dark' ? scheme
      : scheme === 'auto' ? '' : (embed ? 'light' : '');
    return [colours, 0, asked >= 0 ? [views[asked]] : views];
  }

  /** Sets the page's colours as the app does: a class on <html>, or none for the reader's. */
  function colours(scheme) {
    root.classList.remove('scheme-light', 'scheme-dark');
    if (scheme) root.classList.add('scheme-' + scheme);
  }

  /** Brings the selected year into the timeline's view, as the app does (centred if hidden). */
  function placeTrack() {
    var track = document.querySelector('.timeline-scroll');
    var current = track && (track.querySelector('a.cell[aria-current]')
      || track.querySelector('tbody.lane-current a.cell'));
    if (!current) return;
    var box = track.getBoundingClientRect();
    var item = current.getBoundingClientRect();
    if (item.left >= box.left && item.right <= box.right) return;
    var centred = item.left - box.left + track.scrollLeft + item.width / 2 - box.width / 2;
    // (At once: the track scrolls smoothly when the reader moves in it.)
    track.scrollTo({ left: Math.max(0, Math.min(centred, track.scrollWidth - box.width)), behavior: 'instant' });
  }

  /** Brings the card (and the notes about the link above it) into view, as the app does when a
   * link names one (where it is not yet). */
  function revealCard() {
    var card = document.querySelector('#card-host');
    if (!card) return;
    var rect = card.getBoundingClientRect();
    if (rect.top >= 0 && rect.top + Math.min(rect.height, 200) <= innerHeight) return;
    card.scrollIntoView({ block: 'nearest' });
  }

  /** Puts the view `html` in place of the default one, unless the app has taken over already. */
  function swap(html, scheme) {
    var old = document.querySelector('main[data-prerendered]');
    var template = document.createElement('template');
    template.innerHTML = html;
    var view = template.content.querySelector('main[data-prerendered]');
    if (!old || !view) return;
    old.replaceWith(view);
    if (view.dataset.title) document.title = view.dataset.title;
    if (view.dataset.lang) root.lang = view.dataset.lang;
    colours(scheme);
  }

  /** Shows the view and places it as the app would (the track, the card), once styled: in the
   * frame before the first paint, which waits for the stylesheet. */
  function placeAndShow(reveal) {
    return new Promise(function (resolve) {
      requestAnimationFrame(function () {
        done();
        placeTrack();
        if (reveal) revealCard();
        resolve();
      });
    });
  }

  /** In a frame, tells the host page the height of the view now shown, so that the frame has
   * its height before the app has started: in the AMP shape only (the app's own message, with
   * the view's link, comes when the app runs: src/web/embed.rs). */
  function postSize() {
    var embedded = document.querySelector('main[data-prerendered] .masthead-embedded');
    if (window.parent === window || !embedded || !document.body) return;
    var height = Math.ceil(document.body.getBoundingClientRect().height);
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
  }

  /** Resolves once the parser has put an element matching `selector` in the page (or the page
   * is parsed). */
  function whenPresent(selector) {
    return new Promise(function (resolve) {
      if (document.querySelector(selector) || document.readyState !== 'loading') return resolve();
      var observer = new MutationObserver(function () {
        if (document.querySelector(selector)) { observer.disconnect(); resolve(); }
      });
      observer.observe(document, { childList: true, subtree: true });
      document.addEventListener('DOMContentLoaded', function () { observer.disconnect(); resolve(); });
    });
  }

  var manifest;
  try {
    manifest = JSON.parse(me.getAttribute('data-views'));
  } catch (e) {
    return; // no views (a build without them): the page's own view stays
  }
  if (!manifest || typeof fetch !== 'function' || typeof Promise !== 'function') return;
  var entry = manifest.links[query] || fallback(manifest);
  var files = entry[2];
  var file = files.length === 1 ? files[0] : files[browserLanguage(manifest.langs)];
  var reveal = entry[1] === 1;
  if (file < 0 && !reveal) {
    // The page holds this view, where it is to be read: only its colours.
    colours(entry[0]);
    return;
  }
  // Not shown until the view is in place, so that no other view is painted first (nor laid
  // out: the stylesheet skips it). After a few seconds the page shows what it holds, whatever
  // happens here (a timer, and the stylesheet too).
  root.classList.add('vet-swapping');
  var done = function () {
    if (!root.classList.contains('vet-swapping')) return;
    root.classList.remove('vet-swapping');
    postSize();
  };
  setTimeout(done, 4000);
  var shown;
  if (file < 0) {
    // The page holds this view: brought into view once its card is parsed.
    colours(entry[0]);
    shown = whenPresent('main[data-prerendered] #announcer')
      .then(function () { return placeAndShow(reveal); });
  } else {
    // (Requested at once, while the parser is still busy with the page's own view.)
    shown = fetch(new URL('views/' + file + '.html', base))
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        // (The rest of the page's own view, still being parsed, goes into the element replaced.)
        return whenPresent('main[data-prerendered]').then(function () {
          swap(html, entry[0]);
          return placeAndShow(reveal);
        });
      });
  }
  shown.catch(function () { /* the page's own view stays, and the app takes over as usual */ })
    .then(done);
})();
