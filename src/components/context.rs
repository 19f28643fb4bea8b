//! What the components of a loaded page share: the dataset, the interface language, the link,
//! and what is derived from it (memos), provided once by [`Page`](super::page::Page), with the actions
//! on it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browse::facets::{scores, Filter, Filters};
use crate::browse::search::SearchIndex;
use crate::components::handover::HandOver;
use crate::data::model::{Dataset, Years};
use crate::link::focus::{Focus, FocusTarget, Opener};
use crate::link::navigator::Navigator;
use crate::link::query::ViewState;
use crate::link::selection::{resolve, Resolved, Selection};
use crate::text::i18n::{Lang, Strings};
use crate::timeline::lanes::{listed, parents, shown_lanes, LANES_AT_A_TIME};
use crate::web::ids::SEARCH_ID;

/// A loaded dataset and its search index, made once per dataset.
#[derive(Clone)]
pub struct Loaded {
    /// The dataset.
    pub data: Arc<Dataset>,
    /// Its search index.
    pub index: Arc<SearchIndex>,
}

impl PartialEq for Loaded {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.data, &other.data)
    }
}

/// The state of a page, for every component in it (`Copy`: each piece is a handle).
#[derive(Clone, Copy)]
pub struct PageContext {
    /// The link, and how to move to another.
    pub nav: Navigator,
    /// The interface strings.
    pub t: &'static Strings,
    /// The interface language.
    pub lang: Lang,
    /// The dataset.
    pub data: StoredValue<Arc<Dataset>>,
    /// Its search index.
    pub index: StoredValue<Arc<SearchIndex>>,
    /// Embed mode: the page is inside another site's page. Read once from the link's state (the
    /// app makes a new page when the link's layout changes).
    pub embedded: bool,
    /// The view the link asks for.
    pub state: Memo<ViewState>,
    /// The view without its selection: what in-app links keep (search, facets, language...).
    pub base: Memo<ViewState>,
    /// The search, facets and year range.
    pub filters: Memo<Filters>,
    /// The search text, trimmed: what the lanes and the card mark where it matches.
    pub query: Memo<String>,
    /// How well each development matches the search (`None`: not at all).
    pub scores: Memo<Vec<Option<u32>>>,
    /// The developments the filters leave, in display order (related ones under their parent).
    pub found: Memo<Vec<usize>>,
    /// For each measure, by index, the measure it is a related development of, if any.
    pub parents: StoredValue<Vec<Option<usize>>>,
    /// The timeline's years: the dataset's.
    pub all_years: Years,
    /// The years on the timeline's axis: the link's range within
    /// [`PageContext::all_years`], put in order.
    pub axis: Memo<Years>,
    /// The card to show, and the notes about the link.
    pub resolved: Memo<Resolved>,
    /// The card to show.
    pub selection: Memo<Selection>,
    /// How many lanes the reader asked to see ("show more" adds to it; a new filter resets it).
    pub lanes_wanted: RwSignal<usize>,
    /// The lanes on screen, by measure index, in order.
    pub shown: Memo<Vec<usize>>,
    /// How far the page is made (see [`HandOver`]).
    pub handover: HandOver,
}

impl PageContext {
    /// The state of a page showing `loaded` in `lang`, following `nav`.
    pub fn new(nav: Navigator, lang: Lang, loaded: Loaded, handover: HandOver) -> PageContext {
        let data = StoredValue::new(loaded.data);
        let index = StoredValue::new(loaded.index);
        let all_years = data.with_value(|d| d.years);
        let parsed = Memo::new(move |_| nav.parsed().within(all_years));
        let state = Memo::new(move |_| parsed.with(|p| p.state.clone()));
        let embedded = state.with_untracked(|s| s.embed);
        let base = Memo::new(move |_| {
            state.with(|s| ViewState {
                measure: None,
                year: None,
                ..s.clone()
            })
        });
        let filters = Memo::new(move |_| state.with(|s| s.filters.clone()));
        let query = Memo::new(move |_| filters.with(|f| f.query.trim().to_owned()));
        let scores = Memo::new(move |_| {
            filters.with(|f| data.with_value(|d| index.with_value(|i| scores(d, i, f))))
        });
        let parents = StoredValue::new(data.with_value(|d| parents(d)));
        let found = Memo::new(move |_| {
            filters.with(|f| {
                scores.with(|s| data.with_value(|d| parents.with_value(|p| listed(d, s, f, p))))
            })
        });
        let axis = Memo::new(move |_| filters.with(|f| f.years(all_years)));
        let resolved = Memo::new(move |_| parsed.with(|p| data.with_value(|d| resolve(d, p))));
        let selection = Memo::new(move |_| resolved.with(|r| r.selection));
        let lanes_wanted = RwSignal::new(LANES_AT_A_TIME);
        let shown = Memo::new(move |_| {
            let explicit = state.with(|s| s.measure.is_some());
            let wanted = lanes_wanted.get();
            found.with(|f| shown_lanes(f, selection.get(), explicit, wanted))
        });
        PageContext {
            nav,
            t: lang.strings(),
            lang,
            data,
            index,
            embedded,
            state,
            base,
            filters,
            query,
            scores,
            found,
            parents,
            all_years,
            axis,
            resolved,
            selection,
            lanes_wanted,
            shown,
            handover,
        }
    }

    /// The address of a link to the card of measure `id` (or of its `year`), keeping the link's
    /// other parameters (tracked): its page, written out at build time (see
    /// [`crate::link::address`]), which a reader without scripts follows too.
    pub fn href(&self, id: &str, year: Option<i32>) -> String {
        self.base
            .with(|b| self.nav.href(&b.with_selection(id, year)))
    }

    /// The dataset (a shared handle, not a copy).
    pub fn dataset(&self) -> Arc<Dataset> {
        self.data.get_value()
    }

    /// Shows `filters` (a new history entry), from the first lanes again; focus then goes to
    /// the control `focus_id`.
    pub fn refilter(&self, filters: Filters, focus_id: &str) {
        self.lanes_wanted.set(LANES_AT_A_TIME);
        self.nav.go(
            ViewState {
                filters,
                ..self.nav.state_untracked()
            },
            Focus::Stay,
            None,
        );
        self.nav
            .focus_after_update(FocusTarget::Control(Opener::Id(focus_id.to_owned())));
    }

    /// Removes `filter` from the filters, focus then on the search field.
    pub fn remove_filter(&self, filter: &Filter) {
        let filters = self.filters.with_untracked(|f| f.without(filter));
        self.refilter(filters, SEARCH_ID);
    }

    /// Clears every filter: back to everything, focus on the search field.
    pub fn clear_filters(&self) {
        self.refilter(Filters::default(), SEARCH_ID);
    }
}

/// The page's context (provided by [`Page`](super::page::Page) to everything inside it).
pub fn page() -> PageContext {
    expect_context::<PageContext>()
}
