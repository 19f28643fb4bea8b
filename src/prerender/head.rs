//! The head of a written-out page ([`head`]): its description, link previews (Open Graph, with
//! the view's picture), canonical address, other languages, the pages written out (for the live
//! app) and what reference managers and data search engines read ([`super::described`]). What
//! it says of the view is the view's, resolved once ([`WrittenView`]).

use crate::data::model::Dataset;
use crate::link::address::{self, page_path, Pages, PathView};
use crate::link::navigator::PAGES_META;
use crate::text::i18n::Lang;
use crate::text::plain::escape;
use crate::web::ids::ANNOUNCER_ID;

use super::written::WrittenView;
use super::{described, preview};

/// The head of `written`'s page: its description, link-preview tags, canonical address and its
/// other languages (an embedded view's are its full page's), and the pages written out (for the
/// live app). Addresses are absolute where the public address of the app's folder (`site`) is
/// known, else relative to the page (the canonical link and the languages: a reader resolves
/// them; `og:url` needs an absolute one and is left out).
pub fn head(data: &Dataset, written: &WrittenView, pages: &Pages, site: Option<&str>) -> String {
    let view = &written.view;
    // A file's (or page's) address from its path in the app's folder.
    let file = |path: &str| match site {
        Some(site) => format!("{site}{path}"),
        None => address::from_level(written.level, path),
    };
    let address_of = |view: &PathView| file(&page_path(view));
    let t = view.lang.strings();
    let (title, description) = (&written.title, &written.description);
    let meta = |attr: &str, key: &str, value: &str| {
        format!(r#"<meta {attr}="{key}" content="{}">"#, escape(value))
    };
    let mut tags = vec![
        // The first paint waits until the page has been read to its live region, near its end
        // (Chromium; other browsers ignore it): a slow phone paints the view whole, never half
        // a row of years or half the card's tools first, which the rest would then move.
        format!(r##"<link rel="expect" href="#{ANNOUNCER_ID}" blocking="render">"##),
        meta("name", "description", description),
        meta("property", "og:title", title),
        meta("property", "og:description", description),
        meta("property", "og:type", "website"),
        meta("property", "og:site_name", t.app_title),
        meta("property", "og:locale", view.lang.locale()),
    ];
    for other in Lang::ALL.into_iter().filter(|l| *l != view.lang) {
        tags.push(meta("property", "og:locale:alternate", other.locale()));
    }
    // The view's picture (see [`preview`]), at the address the build writes it to.
    tags.push(meta("property", "og:image", &file(&written.picture.file)));
    tags.push(meta("property", "og:image:type", "image/png"));
    tags.push(meta(
        "property",
        "og:image:width",
        &preview::WIDTH.to_string(),
    ));
    tags.push(meta(
        "property",
        "og:image:height",
        &preview::HEIGHT.to_string(),
    ));
    tags.push(meta("property", "og:image:alt", &written.picture.alt));
    tags.push(meta("name", "twitter:card", "summary_large_image"));
    // An embedded view is its full page's view: that page is the one to list and to land on.
    let full = PathView {
        embed: false,
        ..view.clone()
    };
    let own = address_of(&full);
    tags.push(format!(r#"<link rel="canonical" href="{}">"#, escape(&own)));
    if site.is_some() {
        tags.push(meta("property", "og:url", &own));
    }
    let in_lang = |lang: Lang| PathView {
        lang,
        ..full.clone()
    };
    for lang in Lang::ALL {
        tags.push(format!(
            r#"<link rel="alternate" hreflang="{}" href="{}">"#,
            lang.code(),
            escape(&address_of(&in_lang(lang)))
        ));
    }
    tags.push(format!(
        r#"<link rel="alternate" hreflang="x-default" href="{}">"#,
        escape(&address_of(&in_lang(Lang::En)))
    ));
    tags.push(meta("name", PAGES_META, &pages.encode()));
    tags.extend(written.citation.clone());
    if view.card.is_none() && !view.embed {
        let ld = described::dataset_ld(data, &own, file);
        tags.push(described::json_ld(&ld));
    }
    tags.concat()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::example as data;
    use crate::prerender::written::description;
    use crate::prerender::{loaded, render, site_folder};

    fn view(lang: Lang, card: Option<(&str, Option<i32>)>, embed: bool) -> PathView {
        PathView {
            embed,
            lang,
            card: card.map(|(id, y)| (id.to_owned(), y)),
        }
    }

    /// The head of `view`'s page.
    fn head_of(d: &Dataset, view: PathView, pages: &Pages, site: Option<&str>) -> String {
        head(d, &WrittenView::new(d, view), pages, site)
    }

    #[test]
    fn the_first_paint_waits_for_the_page_to_its_live_region() {
        let d = data();
        let pages = Pages::new([("28020".to_owned(), vec![2019])]);
        for view in [
            view(Lang::En, None, false),
            view(Lang::Fr, Some(("28020", Some(2019))), true),
        ] {
            let tags = head_of(&d, view, &pages, None);
            assert!(
                tags.starts_with(r##"<link rel="expect" href="#announcer" blocking="render">"##)
            );
        }
        let written = render(&loaded(data()), &view(Lang::En, None, false), &pages);
        assert!(written.contains(r#"<div id="announcer""#));
    }

    #[test]
    fn link_previews_say_what_the_view_is() {
        let d = data();
        let pages = Pages::new([("28020".to_owned(), vec![2019])]);
        let default = head_of(&d, view(Lang::En, None, false), &pages, None);
        assert!(default.contains(r#"<meta property="og:title" content="Measures of guidance and promotion of work-based learning – VET policy timeline">"#), "{default}");
        assert!(default.contains(r#"<meta property="og:description" content="At the age of 14, upper secondary learners have the opportunity"#), "{default}");
        assert!(default.contains(r#"<meta name="twitter:card" content="summary_large_image">"#));
        assert!(
            default.contains(r#"<meta property="og:image" content="previews/"#),
            "{default}"
        );
        assert!(default.contains(r#"<meta property="og:image:width" content="1200">"#));
        assert!(default.contains(r#"<meta property="og:image:height" content="630">"#));
        assert!(default.contains(r#"<meta property="og:image:alt" content="Measures of guidance"#));
        assert!(default.contains(r#"<meta property="og:locale" content="en_GB">"#));
        assert!(
            default.contains(r#"<link rel="canonical" href="./">"#),
            "{default}"
        );
        assert!(
            default.contains(r#"<link rel="alternate" hreflang="fr" href="fr/">"#),
            "{default}"
        );
        assert!(
            !default.contains("og:url"),
            "no absolute address without SITE_URL"
        );
        assert!(default.contains(r#"<meta name="vet-timeline-pages" content="28020:2019">"#));
        let site = site_folder(Some("https://www.example.gov/vet/timeline"));
        let fr = view(Lang::Fr, Some(("28020", Some(2019))), false);
        let tags = head_of(&d, fr, &pages, site.as_deref());
        for tag in [
            r#"<link rel="canonical" href="https://www.example.gov/vet/timeline/fr/28020/2019/">"#,
            r#"<meta property="og:url" content="https://www.example.gov/vet/timeline/fr/28020/2019/">"#,
            r#"<meta property="og:locale" content="fr_BE">"#,
            r#"<meta property="og:image" content="https://www.example.gov/vet/timeline/previews/"#,
            r#"<link rel="alternate" hreflang="de" href="https://www.example.gov/vet/timeline/de/28020/2019/">"#,
            r#"<link rel="alternate" hreflang="x-default" href="https://www.example.gov/vet/timeline/en/28020/2019/">"#,
            r#"<meta name="description" content="The platform 'My school, my job' was deployed in 2019"#,
        ] {
            assert!(tags.contains(tag), "{tag}\n{tags}");
        }
        // Embedded, the same view: its full page is the one to list, in each language.
        let embedded = view(Lang::Fr, Some(("28020", Some(2019))), true);
        let tags = head_of(&d, embedded.clone(), &pages, site.as_deref());
        for tag in [
            r#"<link rel="canonical" href="https://www.example.gov/vet/timeline/fr/28020/2019/">"#,
            r#"<meta property="og:url" content="https://www.example.gov/vet/timeline/fr/28020/2019/">"#,
            r#"<link rel="alternate" hreflang="de" href="https://www.example.gov/vet/timeline/de/28020/2019/">"#,
        ] {
            assert!(tags.contains(tag), "{tag}\n{tags}");
        }
        let relative = head_of(&d, embedded, &pages, None);
        assert!(
            relative.contains(r#"<link rel="canonical" href="../../../../fr/28020/2019/">"#),
            "{relative}"
        );
        assert_eq!(
            site_folder(Some("javascript:alert(1)")),
            None,
            "only web addresses"
        );
        assert!(description(&d, 200).chars().count() <= 200);
    }
}
