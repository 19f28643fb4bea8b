//! The components, rendered natively to HTML (Leptos's `ssr`) and read as a reader would: the
//! timeline, the cards, search and facets, failures. (In the browser: `tests/web.rs`.)
#![cfg(not(target_arch = "wasm32"))]
// The native (`ssr`) view types of the cards nest deeper than the default limit.
#![recursion_limit = "256"]

use std::sync::Arc;

use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use scraper::{ElementRef, Html, Selector};

use vet_timeline::browse::search::SearchIndex;
use vet_timeline::components::app::LoadFailure;
use vet_timeline::components::browse::{Browse, NoResults};
use vet_timeline::components::card::CardArea;
use vet_timeline::components::common::{marked_text, Blocks, Paragraph, RichText};
use vet_timeline::components::context::{Loaded, PageContext};
use vet_timeline::components::handover::HandOver;
use vet_timeline::components::page::LanguageSwitch;
use vet_timeline::components::timeline::Timeline;
use vet_timeline::data::load::{parse_dataset, LoadError, LoadState};
use vet_timeline::data::model::Dataset;
use vet_timeline::data::validate::Issue;
use vet_timeline::link::navigator::Navigator;
use vet_timeline::prerender::pages::pages;
use vet_timeline::text::i18n::{parse_table, Lang, EN};

/// The rules' example: the 2025 edition, frozen (a yearly update changes none of these tests).
const DATASET: &str = include_str!("fixtures/timeline-2025.json");

fn dataset() -> Dataset {
    parse_dataset(DATASET).expect("valid")
}

/// The HTML of `view`, rendered inside a page showing `data` in `lang` at the link `query`.
fn render_in<V: IntoView + 'static>(
    data: Dataset,
    lang: Lang,
    query: &str,
    view: impl FnOnce() -> V,
) -> Html {
    let owner = Owner::new();
    let html = owner.with(|| {
        let data = Arc::new(data);
        let loaded = Loaded {
            index: Arc::new(SearchIndex::new(&data)),
            data,
        };
        // At the app's folder, where the bundled dataset's pages were written out.
        let pages = pages(&loaded);
        provide_context(PageContext::new(
            Navigator::new("", query, pages),
            lang,
            loaded,
            HandOver::default(),
        ));
        view().into_view().to_html()
    });
    Html::parse_fragment(&html)
}

/// The HTML of `view` in a page of the bundled dataset, in English, at the link `query`.
fn render<V: IntoView + 'static>(query: &str, view: impl FnOnce() -> V) -> Html {
    render_in(dataset(), Lang::En, query, view)
}

fn all<'a>(html: &'a Html, selector: &str) -> Vec<ElementRef<'a>> {
    let selector = Selector::parse(selector).expect("a selector");
    html.select(&selector).collect()
}

fn texts(html: &Html, selector: &str) -> Vec<String> {
    all(html, selector).iter().map(text).collect()
}

fn text(el: &ElementRef) -> String {
    el.text().collect()
}

fn attr<'a>(html: &'a Html, selector: &str, name: &str) -> Option<&'a str> {
    all(html, selector)
        .first()
        .and_then(|e| e.value().attr(name))
}

/// How many year columns a lane's cells cover: a cell each, none spanning two.
fn columns(lane: &ElementRef) -> usize {
    let td = Selector::parse("tr.lane > td").expect("td");
    assert!(
        lane.select(&td)
            .all(|c| c.value().attr("colspan").is_none()),
        "one cell per year"
    );
    lane.select(&td).count()
}

// The timeline.

#[test]
fn each_lane_is_a_row_of_a_cell_per_year_in_bands_and_empty_track() {
    let html = render("", || view! { <Timeline /> });
    let lanes = all(&html, "tbody > tr.lane");
    assert_eq!(lanes.len(), 3);
    let header = Selector::parse("tr.lane > th[scope=row]").expect("th");
    let band = Selector::parse("td.band-year").expect("td");
    let links = Selector::parse("a.cell").expect("a");
    let labels = Selector::parse(".band-status").expect("label");
    for lane in &lanes {
        assert_eq!(columns(lane), 11);
        assert_eq!(lane.select(&header).count(), 1, "one row header, first");
    }
    // 28020: one band of eleven years drawn across its cells, its status written once; a
    // control per year.
    assert_eq!(lanes[0].select(&band).count(), 11);
    assert_eq!(lanes[0].select(&links).count(), 11);
    let written: Vec<String> = lanes[0].select(&labels).map(|l| text(&l)).collect();
    assert_eq!(written, ["Implementation"]);
    assert_eq!(
        all(&html, "#lane-0 td.band-from").len() + all(&html, "#lane-0 td.band-to").len(),
        2
    );
    // The pact: empty cells around its one Discontinued year, which ends with its mark.
    assert_eq!(
        all(&html, "#lane-2 td.band-year.band-from.band-to").len(),
        1
    );
    assert_eq!(all(&html, "#lane-2 td.cell-empty").len(), 10);
    assert_eq!(
        all(&html, "#lane-2 .band-cross .band-end svg.mark-cross").len(),
        1
    );
    // An empty year says nothing (its column and row headers say which it is).
    assert!(texts(&html, "td.cell-empty").iter().all(String::is_empty));
    // The axis: an empty corner over the row headers, then a column header per year.
    assert_eq!(all(&html, "thead tr > td.corner:first-child").len(), 1);
    assert_eq!(all(&html, "th[scope=col]").len(), 11);
    assert_eq!(texts(&html, "h2"), ["Timeline 2015–2025"]);
}

const STAGES: &str = include_str!("fixtures/seven-stages.json");

#[test]
fn a_dataset_of_other_years_and_all_seven_stages_is_laid_out_over_its_own_years() {
    let data = parse_dataset(STAGES).expect("the seven-stage dataset is valid");
    let html = render_in(data, Lang::En, "?measure=90001&status=approved", || {
        view! {
            <Timeline />
            <Browse />
        }
    });
    let years: Vec<String> = (2012..=2027).map(|y| y.to_string()).collect();
    assert_eq!(texts(&html, "th[scope=col]"), years, "16 columns");
    assert_eq!(texts(&html, "h2")[0], "Timeline 2012–2027");
    for lane in all(&html, "tr.lane") {
        assert_eq!(columns(&lane), 16);
    }
    // The first lane's bands, in order, each in its stage's look.
    let bands: Vec<String> = all(&html, "#lane-0 td.band-from")
        .iter()
        .filter_map(|b| b.value().attr("class"))
        .map(str::to_owned)
        .collect();
    assert_eq!(
        bands,
        [
            "band-year band-ring band-from",
            "band-year band-triangle band-from band-to",
            "band-year band-diamond band-from band-to",
            "band-year band-star band-from",
            "band-year band-circle band-from",
            "band-year band-tick band-from"
        ]
    );
    assert_eq!(all(&html, "#lane-0 td.band-from").len(), 6);
    assert_eq!(all(&html, "#lane-0 td.band-to").len(), 6);
    assert_eq!(all(&html, "#lane-0 a.cell").len(), 16);
    assert_eq!(
        all(&html, "#lane-0 .band-tick .band-end svg.mark-tick").len(),
        1
    );
    // The key: the stages in the order of a policy's life ("Approved" and "Approved/Agreed"
    // are one), then the status the app does not know, in the dataset's words, marked English.
    assert_eq!(
        texts(&html, ".key-list li"),
        [
            " Design",
            " Legislative process",
            " Approved/agreed",
            " Pilot",
            " Implementation",
            " Discontinued",
            " Completed",
            " Under review",
            " Year with a note",
            " No information for that year"
        ]
    );
    assert_eq!(
        attr(&html, ".key-list li:nth-child(8) [lang]", "lang"),
        Some("en")
    );
    // The status facet: in the same order, one value per stage, the link's spelling read as it.
    let statuses: Vec<String> = all(&html, "label[for^=facet-status]")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        statuses,
        [
            "Design (2)",
            "Legislative process (2)",
            "Approved/agreed (3)",
            "Pilot (2)",
            "Implementation (2)",
            "Discontinued (1)",
            "Completed (1)",
            "Under review (1)"
        ]
    );
    let checked: Vec<_> = all(&html, "input[checked]")
        .iter()
        .filter_map(|i| i.value().attr("value"))
        .collect();
    assert_eq!(
        checked,
        ["Approved/Agreed"],
        "?status=approved is that stage"
    );
    assert_eq!(texts(&html, "#result-count"), ["3 of 3 developments"]);
}

#[test]
fn the_year_range_narrows_the_axis() {
    let html = render("?from=2019&to=2025", || view! { <Timeline /> });
    assert_eq!(
        texts(&html, "th[scope=col]"),
        ["2019", "2020", "2021", "2022", "2023", "2024", "2025"]
    );
    assert_eq!(texts(&html, "h2"), ["Timeline 2019–2025"]);
    assert_eq!(all(&html, "#lane-0 a.cell").len(), 7);
    assert_eq!(all(&html, "#lane-0 td.band-year").len(), 7);
    // Backwards, it is put right (and the page says so: see the notices).
    let reversed = render("?from=2025&to=2019", || view! { <Timeline /> });
    assert_eq!(texts(&reversed, "h2"), ["Timeline 2019–2025"]);
}

#[test]
fn related_developments_are_tied_to_their_measure() {
    let html = render("?q=pact", || view! { <Timeline /> });
    assert_eq!(
        texts(&html, "#lane-2 .lane-relation"),
        ["Related to: Measures of guidance and promotion of work-based learning"]
    );
    assert_eq!(attr(&html, "#lane-2", "class"), Some("lane lane-related"));
    // Found by relevance, a related development still sits under its measure when both are
    // found ("peq" is in the PEQ's title, and only in the text of 28020).
    let both = render("?q=peq", || view! { <Timeline /> });
    let order: Vec<&str> = all(&both, "tr.lane")
        .iter()
        .filter_map(|l| l.value().attr("id"))
        .collect();
    assert_eq!(order, ["lane-0", "lane-1"]);
}

#[test]
fn cells_are_named_links_to_their_year() {
    let html = render("", || view! { <Timeline /> });
    assert_eq!(attr(&html, "#cell-0-2019", "href"), Some("en/28020/2019/"));
    assert_eq!(
        attr(&html, "#cell-0-2019", "aria-label"),
        Some("Implementation, with a note"),
        "the row and column headers say the development and the year"
    );
    assert_eq!(
        attr(&html, "#cell-0-2015", "aria-label"),
        Some("Implementation")
    );
    // One tab stop per lane: its name; the years are reached with the arrow keys.
    assert_eq!(attr(&html, "#cell-0-2019", "tabindex"), Some("-1"));
    assert_eq!(attr(&html, "#lane-link-0", "tabindex"), Some("0"));
    assert_eq!(
        all(&html, "td.cell-empty").len(),
        10 + 10,
        "the related developments cover one year each"
    );
}

#[test]
fn the_selected_year_is_its_lanes_tab_stop_and_marked_current() {
    let html = render("?measure=28020&year=2019", || view! { <Timeline /> });
    assert_eq!(attr(&html, "#cell-0-2019", "tabindex"), Some("0"));
    assert_eq!(attr(&html, "#cell-0-2019", "aria-current"), Some("true"));
    assert_eq!(attr(&html, "#lane-link-0", "tabindex"), Some("-1"));
    assert_eq!(all(&html, ".timeline [aria-current]").len(), 1);
    assert_eq!(attr(&html, "#lane-0", "class"), Some("lane lane-current"));
    assert_eq!(attr(&html, "#year-2019", "class"), Some("year-current"));
    // Other lanes keep their name as their tab stop.
    assert_eq!(attr(&html, "#lane-link-1", "tabindex"), Some("0"));
}

#[test]
fn the_key_lists_statuses_notes_and_empty_years() {
    let html = render("", || view! { <Timeline /> });
    assert_eq!(
        texts(&html, ".key-list"),
        [" Implementation Discontinued Year with a note No information for that year"]
    );
    let marks: Vec<_> = all(&html, ".key-list svg")
        .iter()
        .filter_map(|s| s.value().attr("class"))
        .collect();
    assert_eq!(marks, ["mark mark-circle", "mark mark-cross"]);
}

#[test]
fn search_matches_are_marked_and_explained() {
    let html = render("?q=cite+des+metiers", || view! { <Timeline /> });
    assert_eq!(
        all(&html, ".lane-excerpt").len(),
        1,
        "the match is not in the title"
    );
    assert_eq!(texts(&html, "mark"), ["Cité des métiers"]);
    let peq = render("?q=peq", || view! { <Timeline /> });
    assert_eq!(texts(&peq, "#lane-1 .lane-name mark"), ["PEQ"]);
}

#[test]
fn more_lanes_are_offered_by_a_button() {
    let mut many = dataset();
    let template = many.measures[2].clone();
    for n in 0..138 {
        let mut m = template.clone();
        m.id = format!("copy-{n}");
        many.measures.push(m);
    }
    let html = render_in(many, Lang::En, "", || view! { <Timeline /> });
    assert_eq!(all(&html, "tr.lane").len(), 20);
    assert_eq!(
        texts(&html, "button.show-more"),
        ["Show 20 more (121 not shown)"]
    );
    let none = render("", || view! { <Timeline /> });
    assert!(all(&none, "button.show-more").is_empty());
}

#[test]
fn links_keep_the_other_parameters() {
    let html = render("?measure=28020&utm=x", || view! { <Timeline /> });
    assert_eq!(
        attr(&html, "#lane-link-2", "href"),
        Some("en/be-fr-social-partner-pact-employment-training/?utm=x")
    );
}

// Dataset text.

#[test]
fn emphasis_and_links() {
    let html = render("", || {
        view! {
            <p>
                <RichText text="a *b* [PEQ](measure:be-fr-vocational-education-pathway-peq) [x](measure:nowhere)" />
            </p>
        }
    });
    assert_eq!(texts(&html, "p"), ["a b PEQ x"]);
    assert_eq!(texts(&html, "em"), ["b"]);
    assert_eq!(texts(&html, "a"), ["PEQ"]);
    assert_eq!(
        attr(&html, "a", "href"),
        Some("en/be-fr-vocational-education-pathway-peq/")
    );
}

#[test]
fn html_in_the_data_stays_text() {
    let html = render(
        "",
        || view! { <Paragraph text="<script>alert(1)</script>" /> },
    );
    assert_eq!(texts(&html, "p[lang=en]"), ["<script>alert(1)</script>"]);
    assert!(all(&html, "script").is_empty());
}

#[test]
fn marked_lists_are_ordered_and_keep_their_markers() {
    let background = dataset().measures[0].background.clone();
    let html = render("", move || view! { <Blocks blocks=background /> });
    assert_eq!(
        all(&html, "ol").len(),
        2,
        "(a)–(g), and (i)–(iii) inside (b)"
    );
    assert_eq!(
        texts(&html, ".marker"),
        ["(a)", "(b)", "(i)", "(ii)", "(iii)", "(c)", "(d)", "(e)", "(f)", "(g)"]
    );
}

#[test]
fn matches_are_marked() {
    let html = render(
        "",
        || view! { <p>{marked_text("Cité des métiers", "cite")}</p> },
    );
    assert_eq!(texts(&html, "mark"), ["Cité"]);
    assert_eq!(texts(&html, "p"), ["Cité des métiers"]);
}

// The cards.

#[test]
fn the_measure_card_has_every_section_in_the_source_order() {
    let html = render("?measure=28020", || view! { <CardArea /> });
    assert_eq!(
        texts(&html, "h3:not(.snippet-title)"),
        [
            "Background",
            "Objectives",
            "Description",
            "Timeline",
            "Bodies responsible",
            "Target group",
            "Thematic categories",
            "Subsystem",
            "Further reading",
            "Related policy developments",
            "Cite as"
        ]
    );
    assert_eq!(
        texts(&html, "h2"),
        ["Measures of guidance and promotion of work-based learning"]
    );
    let card = texts(&html, "section.card").concat();
    assert!(card.contains("ID number 28020"));
    // The vocabularies in one case, as interface words; the country as the dataset writes it.
    assert!(card.contains("Policy development · Practical measure/initiative · BELGIUM-FR"));
    assert_eq!(texts(&html, ".eyebrow .country[lang=en]"), ["BELGIUM-FR"]);
    assert_eq!(
        texts(&html, "h4")[..2],
        ["Learners", "Entities providing VET"]
    );
    // The card is a region named by its heading.
    assert_eq!(
        attr(&html, "section.card", "aria-labelledby"),
        Some("card-title")
    );
}

#[test]
fn further_reading_has_titles_and_no_invented_addresses() {
    let html = render("?measure=28020", || view! { <CardArea /> });
    let links: Vec<&str> = all(&html, "a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .filter(|h| h.starts_with("http"))
        .collect();
    assert_eq!(
        links,
        ["https://www.cedefop.europa.eu/en/tools/timeline-vet-policies-europe/search/28020"]
    );
}

#[test]
fn related_developments_link_both_ways() {
    let html = render("?measure=28020", || view! { <CardArea /> });
    let related = texts(&html, ".related-item");
    assert_eq!(related.len(), 2);
    assert!(related[1].contains("2017 Discontinued"));
    assert!(related[1].contains("Strategy/action plan"));
    let peq = render("?measure=be-fr-vocational-education-pathway-peq", || {
        view! { <CardArea /> }
    });
    assert_eq!(
        texts(&peq, "h3:not(.snippet-title)"),
        [
            "Timeline",
            "Type of development",
            "Subsystem",
            "Listed as a related development of"
        ]
    );
    assert_eq!(all(&peq, "a[href='en/28020/']").len(), 1);
}

#[test]
fn a_year_card_has_status_note_and_neighbours() {
    let html = render("?measure=28020&year=2019", || view! { <CardArea /> });
    let card = texts(&html, "section.card").concat();
    assert!(card.contains("Implementation"));
    assert!(card.contains("The platform 'My school, my job' was deployed in 2019"));
    let hrefs: Vec<&str> = all(&html, ".year-nav a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(hrefs, ["en/28020/2018/", "en/28020/2020/", "en/28020/"]);
    let quiet = render("?measure=28020&year=2016", || view! { <CardArea /> });
    assert!(texts(&quiet, ".no-note")
        .concat()
        .contains("The entry gives no note for this year."));
}

#[test]
fn print_writes_the_link_out() {
    let html = render("?measure=28020", || view! { <CardArea /> });
    // (Natively there is no page address: the link is the address from the app's folder.)
    assert_eq!(
        texts(&html, ".print-only"),
        ["Link to this entry: en/28020/"]
    );
}

#[test]
fn the_embed_codes_are_a_disclosure_with_copy_buttons() {
    let html = render("?measure=28020", || view! { <CardArea /> });
    let toggle = "button[aria-controls=embed-panel]";
    assert_eq!(attr(&html, toggle, "aria-expanded"), Some("false"));
    assert_eq!(attr(&html, "#embed-panel", "hidden"), Some(""));
    let codes = texts(&html, "#embed-panel pre");
    assert_eq!(codes.len(), 2);
    // The recommended code: the frame, its height reserved, then the script that fits it.
    assert!(
        codes[0].starts_with("<iframe src=\"embed/en/28020/\"")
            && codes[0].contains(" height=\"900\" ")
            && codes[0].ends_with(
                " data-vet-timeline></iframe>\n<script src=\"embed.js\" async></script>"
            ),
        "{}",
        codes[0]
    );
    assert!(
        codes[1].starts_with("<iframe src=\"embed/en/28020/\""),
        "{}",
        codes[1]
    );
    assert_eq!(all(&html, "#embed-panel button").len(), 2);
    // Inside an embed, no embed button.
    let bare = render("?measure=28020&embed=1", || view! { <CardArea /> });
    assert!(all(&bare, toggle).is_empty());
}

#[test]
fn not_found_lists_what_there_is() {
    let long = format!("?measure={}", "x".repeat(100));
    let html = render(&long, || view! { <CardArea /> });
    assert!(texts(&html, "h2")[0].contains('…'));
    assert_eq!(all(&html, "a").len(), 3);
}

// Finding developments.

#[test]
fn facets_show_values_with_their_counts_and_the_chosen_ones_checked() {
    let html = render("?subsystem=CVET", || view! { <Browse /> });
    let labels: Vec<String> = all(&html, "label[for^=facet-subsystem]")
        .iter()
        .map(text)
        .collect();
    assert_eq!(labels, ["CVET (1)", "IVET (3)"]);
    let checked: Vec<_> = all(&html, "input[checked]")
        .iter()
        .filter_map(|i| i.value().attr("value"))
        .collect();
    assert_eq!(checked, ["CVET"]);
    // Values that would leave nothing are not offered.
    let practical = all(&html, "li")
        .into_iter()
        .find(|li| text(li).contains("Practical measure/initiative"))
        .expect("the value is there, for updates in place");
    assert_eq!(practical.value().attr("hidden"), Some(""));
    assert_eq!(attr(&html, "details", "open"), Some(""));
    assert_eq!(texts(&html, "#result-count"), ["1 of 3 developments"]);
}

#[test]
fn vocabularies_are_said_in_the_page_language() {
    let fr = parse_table(include_str!("../public/i18n/fr.json")).expect("French");
    Lang::Fr.install(fr);
    let html = render_in(dataset(), Lang::Fr, "?measure=28020&year=2019", || {
        view! {
            <Timeline />
            <CardArea />
        }
    });
    assert_eq!(
        attr(&html, "#cell-0-2019", "aria-label"),
        Some("Mise en œuvre, avec une note")
    );
    assert_eq!(texts(&html, ".key-list li:first-child"), [" Mise en œuvre"]);
    assert_eq!(texts(&html, "#lane-0 .band-status"), ["Mise en œuvre"]);
    assert_eq!(texts(&html, ".year-facts dd")[0].trim(), "Mise en œuvre");
    let page = html.root_element().html();
    for english in ["Implementation", "Discontinued"] {
        assert!(!page.contains(english), "{english} in a French page");
    }
}

#[test]
fn facets_are_closed_and_not_built_until_first_opened() {
    let html = render("", || view! { <Browse /> });
    assert_eq!(texts(&html, "summary"), ["Filters"]);
    assert!(all(&html, "input[type=checkbox]").is_empty());
    assert_eq!(attr(&html, "details", "open"), None);
    assert_eq!(attr(&html, "#search", "name"), Some("q"));
}

#[test]
fn the_empty_state_offers_the_filters_to_remove() {
    let html = render(
        "?q=pathway&subsystem=CVET&theme=Lifelong+guidance",
        || view! { <NoResults /> },
    );
    assert_eq!(
        texts(&html, "button"),
        ["Remove “Subsystem: CVET” (1 found)", "Clear all filters"]
    );
}

// The page.

#[test]
fn the_language_switch_keeps_the_link_and_marks_the_current_language() {
    let fr = parse_table(include_str!("../public/i18n/fr.json")).expect("French");
    Lang::Fr.install(fr);
    let html = render_in(dataset(), Lang::Fr, "?measure=28020&year=2019", || {
        view! { <LanguageSwitch /> }
    });
    let hrefs: Vec<&str> = all(&html, "a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(
        hrefs,
        [
            "en/28020/2019/",
            "fr/28020/2019/",
            "nl/28020/2019/",
            "de/28020/2019/"
        ]
    );
    assert_eq!(texts(&html, "a[aria-current]"), ["Français"]);
    assert_eq!(attr(&html, "a[hreflang=nl]", "lang"), Some("nl"));
}

fn failure(t: &'static vet_timeline::text::i18n::Strings, error: LoadError) -> Html {
    let owner = Owner::new();
    let html = owner.with(|| {
        let load = RwSignal::new(LoadState::Loading);
        view! { <LoadFailure t error load /> }.to_html()
    });
    Html::parse_fragment(&html)
}

#[test]
fn failure_lists_problems_and_offers_a_retry() {
    let html = failure(
        &EN,
        LoadError::Invalid {
            issues: vec![Issue {
                path: "measures[0].timeline[3].year".into(),
                message: "2031 is outside 2015–2025".into(),
            }],
        },
    );
    assert_eq!(
        texts(&html, ".issues li"),
        ["measures[0].timeline[3].year: 2031 is outside 2015–2025"]
    );
    assert_eq!(texts(&html, "button"), ["Try again"]);
    assert_eq!(attr(&html, "section", "role"), Some("alert"));
    let missing = texts(&failure(&EN, LoadError::Status { status: 404 }), "p").concat();
    assert!(missing.contains("was not found"), "{missing}");
}

#[test]
fn failures_are_said_in_the_language() {
    let fr = parse_table(include_str!("../public/i18n/fr.json")).expect("French");
    let fr: &'static _ = Box::leak(Box::new(fr));
    let text = texts(&failure(fr, LoadError::Status { status: 404 }), "p").concat();
    assert!(text.contains("est introuvable sur le serveur"), "{text}");
    assert!(text.contains("data/timeline.json"), "{text}");
}
