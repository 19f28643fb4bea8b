//! The head of a written-out page ([`head`]): its description, link previews (Open Graph, with
//! the view's picture), canonical address, other languages, the pages written out (for the live
//! app) and what reference managers and data search engines read ([`super::described`]). What
//! it says of the view is the view's, resolved once ([`WrittenView`]).

use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;

use crate::data::model::Dataset;
use crate::link::address::{self, page_path, Pages, PathView};
use crate::link::navigator::PAGES_META;
use crate::text::i18n::Lang;
use crate::web::ids::ANNOUNCER_ID;

use super::written::WrittenView;
use super::{described, preview, without_placeholders};

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
    // An embedded view is its full page's view: that page is the one to list and to land on.
    let full = PathView {
        embed: false,
        ..view.clone()
    };
    let own = address_of(&full);
    let in_lang = |lang: Lang| {
        address_of(&PathView {
            lang,
            ..full.clone()
        })
    };
    let other_locales = (Lang::ALL.into_iter())
        .filter(|l| *l != view.lang)
        .map(|other| og("og:locale:alternate", other.locale()))
        .collect_view();
    let languages = (Lang::ALL.into_iter())
        .map(|lang| (lang.code(), in_lang(lang)))
        .chain([("x-default", in_lang(Lang::En))])
        .map(|(code, href)| view! { <link rel="alternate" hreflang=code href=href /> })
        .collect_view();
    let dataset = (view.card.is_none() && !view.embed)
        .then(|| described::json_ld(&described::dataset_ld(data, &own, file)));
    let (title, description) = (written.title.clone(), written.description.clone());
    let html = Owner::new().with(|| {
        view! {
            // The first paint waits until the page has been read to its live region, near its
            // end (Chromium; other browsers ignore it): a slow phone paints the view whole, never
            // half a row of years or half the card's tools first, which the rest would then move.
            <link
                rel="expect"
                href=format!("#{ANNOUNCER_ID}")
                {..custom_attribute("blocking", "render")}
            />
            <meta name="description" content=description.clone() />
            {og("og:title", title)}
            {og("og:description", description)}
            {og("og:type", "website")}
            {og("og:site_name", t.app_title)}
            {og("og:locale", view.lang.locale())}
            {other_locales}
            // The view's picture (see [`preview`]), at the address the build writes it to.
            {og("og:image", file(&written.picture.file))}
            {og("og:image:type", "image/png")}
            {og("og:image:width", preview::WIDTH.to_string())}
            {og("og:image:height", preview::HEIGHT.to_string())}
            {og("og:image:alt", written.picture.alt.clone())}
            <meta name="twitter:card" content="summary_large_image" />
            <link rel="canonical" href=own.clone() />
            {site.map(|_| og("og:url", own))}
            {languages}
            <meta name=PAGES_META content=pages.encode() />
            {written.citation.as_ref().map(described::citation_tags)}
            {dataset}
        }
        .to_html()
    });
    without_placeholders(&html)
}

/// An Open Graph tag of the head: `<meta property=key content=value>`.
fn og(key: &'static str, value: impl Into<String>) -> impl IntoView {
    let value: String = value.into();
    view! { <meta {..custom_attribute("property", key)} content=value /> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::example as data;
    use crate::prerender::written::description;
    use crate::prerender::{loaded, render, site_folder, view};

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
    fn the_other_locales_and_the_dataset_are_named_where_they_belong() {
        let d = data();
        let pages = Pages::new([("28020".to_owned(), vec![2019])]);
        let alternate = |head: &str, locale: &str| {
            head.contains(&format!(
                r#"<meta property="og:locale:alternate" content="{locale}">"#
            ))
        };
        let default = head_of(&d, view(Lang::En, None, false), &pages, None);
        assert!(alternate(&default, "fr_BE") && alternate(&default, "de_BE"));
        assert!(
            !alternate(&default, "en_GB"),
            "its own locale is not another"
        );
        // The dataset's description: on a language's own default page only.
        let dataset = r#""@type":"Dataset""#;
        assert!(default.contains(dataset), "{default}");
        let card = head_of(
            &d,
            view(Lang::Fr, Some(("28020", Some(2019))), false),
            &pages,
            None,
        );
        assert!(!card.contains(dataset), "a card's page");
        let embedded = head_of(&d, view(Lang::En, None, true), &pages, None);
        assert!(!embedded.contains(dataset), "an embedded page");
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
