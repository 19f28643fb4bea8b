//! The one script that runs before the app (`early.js`, in `<head>` of every page, put in the
//! page's text by [`super::inline`]): written at build time from the app's own rules, so that
//! it holds none of its own. It does three things
//! the written-out page cannot do by itself:
//! - the colours a link asks for (`?scheme=`), from [`Scheme`]'s values and classes, before the
//!   first paint;
//! - at the app's folder (the page's [`FOLDER_ATTR`] names the folder itself), a link of the query form ([`query`]'s `measure`, `year`, `lang` and
//!   `embed`) opens on its view's page ([`page_path`], where it was written out: [`Pages`]), else
//!   on its language's and layout's default page, with its query, which the live app then
//!   follows;
//! - in a frame, an embedded page tells the host page its height (the AMP message of
//!   [`crate::web::embed`]) as soon as it is laid out.
//!
//! [`query`]: crate::link::query

use serde_json::json;

use crate::link::address::{lang_folder, page_path, Pages, PathView};
use crate::link::query::{Scheme, EMBED_ON};
use crate::text::i18n::Lang;
use crate::web::embed::AMP_MESSAGE;
use crate::web::ids::SCHEME_CLASSES;

use super::EMBED_ATTR;

/// The script's file, in the app's folder.
pub const EARLY_JS: &str = "early.js";

/// The attribute of the script, once in the page ([`super::inline`]), that holds the address
/// of the app's folder from the page (`./`, `../../`).
pub const FOLDER_ATTR: &str = "data-folder";

/// The text of `early.js`, where `pages` were written out.
pub fn script(pages: &Pages) -> String {
    let schemes: serde_json::Map<String, serde_json::Value> = Scheme::ALL
        .into_iter()
        .map(|s| (s.code().to_owned(), json!(s.class().unwrap_or_default())))
        .collect();
    // Each language's default page and where its cards' pages are, full page and embedded
    // (a card's page is that folder, then its development's, then its year's).
    let default_page = |embed: bool, lang: Lang| {
        page_path(&PathView {
            embed,
            lang,
            card: None,
        })
    };
    let folders: serde_json::Map<String, serde_json::Value> = Lang::ALL
        .into_iter()
        .map(|l| {
            let defaults = json!([default_page(false, l), default_page(true, l)]);
            let cards = json!([lang_folder(false, l), lang_folder(true, l)]);
            (l.code().to_owned(), json!([defaults, cards]))
        })
        .collect();
    let written: serde_json::Map<String, serde_json::Value> = pages
        .iter()
        .map(|(id, years)| (id.clone(), json!(years)))
        .collect();
    let fill = [
        ("SCHEMES", json!(schemes).to_string()),
        ("CLASSES", json!(SCHEME_CLASSES).to_string()),
        ("FOLDERS", json!(folders).to_string()),
        ("WRITTEN", json!(written).to_string()),
        ("DEFAULT", json!(Lang::default().code()).to_string()),
        ("EMBED_VALUES", json!(EMBED_ON).to_string()),
        ("EMBED_ATTR", json!(EMBED_ATTR).to_string()),
        ("FOLDER_ATTR", json!(FOLDER_ATTR).to_string()),
        (
            "AMP",
            json!({"sentinel": AMP_MESSAGE.0, "type": AMP_MESSAGE.1}).to_string(),
        ),
    ];
    let mut out = TEMPLATE.to_owned();
    for (key, value) in fill {
        out = out.replace(&format!("__{key}__"), &value);
    }
    out
}

/// The script, with its values as `__NAME__` (filled in by [`script`]).
const TEMPLATE: &str = r#"// VET policy timeline: what runs before the app. Written by `make dist` from the app's own
// rules (src/prerender/early.rs); edit that file, not this one.
(function () {
  'use strict';
  var html = document.documentElement;
  var me = document.currentScript;
  var link = new URLSearchParams(location.search);
  function asked(name) { return (link.get(name) || '').trim(); }
  // The colours the link asks for (`scheme=`), before the first paint.
  var schemes = __SCHEMES__;
  var scheme = asked('scheme');
  if (Object.prototype.hasOwnProperty.call(schemes, scheme)) {
    __CLASSES__.forEach(function (c) { html.classList.remove(c); });
    if (schemes[scheme]) html.classList.add(schemes[scheme]);
  }
  // At the app's folder, a link of the query form opens on its view's page where it was
  // written out, else on the default page of its language and layout; with its query.
  if (me && new URL(me.getAttribute(__FOLDER_ATTR__) || '', location.href).href ===
      new URL('./', location.href).href) {
    var folders = __FOLDERS__;
    var written = __WRITTEN__;
    var lang = asked('lang').split(/[-_]/)[0].toLowerCase();
    var named = Object.prototype.hasOwnProperty.call(folders, lang);
    if (!named) lang = __DEFAULT__;
    var embed = __EMBED_VALUES__.indexOf(asked('embed')) >= 0 ? 1 : 0;
    var measure = asked('measure');
    var year = asked('year');
    var years = Object.prototype.hasOwnProperty.call(written, measure) ? written[measure] : null;
    var page = folders[lang][0][embed];
    var hash = location.hash;
    // (What the page's address says goes from the query.)
    var rest = new URLSearchParams(location.search);
    rest.delete('embed');
    if (named) rest.delete('lang');
    if (years && (!year || (/^[0-9]{4}$/.test(year) && years.indexOf(Number(year)) >= 0))) {
      page = folders[lang][1][embed] + measure + '/' + (year ? year + '/' : '');
      rest.delete('measure');
      rest.delete('year');
    }
    if (page) {
      rest = rest.toString();
      // Nothing of this page is painted on the way (the next one is the view).
      html.hidden = true;
      location.replace(page + (rest ? '?' + rest : '') + hash);
      return;
    }
  }
  // Embedded in a frame: the host page is told the view's height once it is styled and laid
  // out.
  if (html.hasAttribute(__EMBED_ATTR__) && window.parent !== window) {
    document.addEventListener('DOMContentLoaded', function () {
      var post = function () {
        requestAnimationFrame(function () {
          var message = __AMP__;
          message.height = Math.ceil(document.body.getBoundingClientRect().height);
          window.parent.postMessage(message, '*');
        });
      };
      var pending = [].filter.call(document.querySelectorAll('link[rel=stylesheet]'),
        function (sheet) { return !sheet.sheet; });
      var left = pending.length;
      if (!left) return post();
      pending.forEach(function (sheet) {
        var done = function () { if (--left === 0) post(); };
        sheet.addEventListener('load', done);
        sheet.addEventListener('error', done);
      });
    });
  }
})();
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_is_written_from_the_apps_rules() {
        let pages = Pages::new([("28020".to_owned(), vec![2019, 2020])]);
        let js = script(&pages);
        assert!(!js.contains("__"), "every value filled in: {js}");
        assert!(
            js.contains(
                r#"var schemes = {"auto":"","dark":"scheme-dark","light":"scheme-light"};"#
            ),
            "{js}"
        );
        assert!(js.contains(r#"var folders = {"de":[["de/","embed/de/"],["de/","embed/de/"]],"en":[["","embed/en/"],["en/","embed/en/"]],"fr":[["fr/","embed/fr/"],["fr/","embed/fr/"]],"nl":[["nl/","embed/nl/"],["nl/","embed/nl/"]]};"#), "{js}");
        assert!(
            js.contains(r#"var written = {"28020":[2019,2020]};"#),
            "{js}"
        );
        assert!(js.contains("html.hidden = true;"), "{js}");
        assert!(
            js.contains(r#"["1","true"].indexOf(asked('embed'))"#),
            "{js}"
        );
        assert!(
            js.contains(r#"var message = {"sentinel":"amp","type":"embed-size"};"#),
            "{js}"
        );
        assert!(js.contains(r#"html.hasAttribute("data-embed")"#));
        assert!(js.contains(r#"new URL(me.getAttribute("data-folder") || '', location.href)"#));
    }
}
