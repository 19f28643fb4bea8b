//! A measure's full card: every section of the source entry, in the source's order and words.

use std::sync::Arc;

use leptos::prelude::*;

use super::copy_button::CopyButton;
use super::rich_text::{Blocks, RichText};
use super::status_mark::StatusMark;
use super::use_strings;
use crate::i18n::Strings;
use crate::layout::Mark;
use crate::markup;
use crate::model::{Dataset, Measure, YearEntry};
use crate::navigation::{href, use_navigator, Focus, Navigator, CARD_HEADING_ID};
use crate::validate::is_web_address;

/// Picks one interface string (a section heading).
type Label = fn(&Strings) -> &'static str;

/// The full card of the measure at `index`.
#[component]
pub fn MeasureCard(
    /// The dataset.
    data: Arc<Dataset>,
    /// Which measure.
    index: usize,
) -> impl IntoView {
    let t = use_strings();
    let nav = use_navigator();
    let Some(m) = data.measures.get(index) else {
        return ().into_any();
    };
    let section = move |title: Label, body: AnyView| {
        view! {
            <section class="card-section">
                <h3>{move || title(t.get())}</h3>
                {body}
            </section>
        }
        .into_any()
    };
    let blocks = |b: &[crate::model::Block]| {
        view! { <Blocks data=data.clone() blocks=b.to_vec()/> }.into_any()
    };

    // Every section the entry has, in the source's order.
    let mut sections: Vec<AnyView> = Vec::new();
    if !m.summary.is_empty() {
        sections.push(blocks(&m.summary));
    }
    let texts: [(Label, &[crate::model::Block]); 3] = [
        (|s| s.sections.background, &m.background),
        (|s| s.sections.objectives, &m.objectives),
        (|s| s.sections.description, &m.description),
    ];
    for (title, body) in texts {
        if !body.is_empty() {
            sections.push(section(title, blocks(body)));
        }
    }
    if !m.timeline.is_empty() {
        sections.push(section(|s| s.sections.timeline, year_list(&data, m, nav)));
    }
    if let (None, Some(kind)) = (&m.entry_kind, &m.development_type) {
        // Full entries name their type in the header; related developments under this heading.
        sections.push(section(
            |s| s.sections.development_type,
            view! { <p>{kind.clone()}</p> }.into_any(),
        ));
    }
    if !m.bodies_responsible.is_empty() {
        sections.push(section(
            |s| s.sections.bodies_responsible,
            plain_list(&m.bodies_responsible),
        ));
    }
    if !m.target_groups.is_empty() {
        let groups = m
            .target_groups
            .iter()
            .map(|g| view! { <h4>{g.group.clone()}</h4> {plain_list(&g.members)} })
            .collect_view()
            .into_any();
        sections.push(section(|s| s.sections.target_group, groups));
    }
    if !m.thematic_categories.is_empty() {
        sections.push(section(
            |s| s.sections.thematic_categories,
            plain_list(&m.thematic_categories),
        ));
    }
    if !m.subsystems.is_empty() {
        sections.push(section(|s| s.sections.subsystem, plain_list(&m.subsystems)));
    }
    if !m.further_reading.is_empty() {
        let items = m
            .further_reading
            .iter()
            .map(|r| match r.url.as_deref().filter(|u| is_web_address(u)) {
                Some(url) => view! {
                    <li><a href=url.to_owned() rel="noopener noreferrer">{r.title.clone()}</a></li>
                }
                .into_any(),
                None => view! { <li>{r.title.clone()}</li> }.into_any(),
            })
            .collect_view();
        sections.push(section(
            |s| s.sections.further_reading,
            view! { <ul>{items}</ul> }.into_any(),
        ));
    }
    if !m.related.is_empty() {
        let related = m
            .related
            .iter()
            .filter_map(|id| data.position(id))
            .map(|i| related_item(&data, i, nav, t))
            .collect_view();
        sections.push(section(
            |s| s.sections.related,
            view! { <ul class="related">{related}</ul> }.into_any(),
        ));
    }
    let referring: Vec<usize> = data
        .measures
        .iter()
        .enumerate()
        .filter(|(_, other)| other.related.contains(&m.id))
        .map(|(i, _)| i)
        .collect();
    if !referring.is_empty() {
        let links = referring
            .into_iter()
            .map(|i| view! { <li>{measure_link(&data, i, nav)}</li> })
            .collect_view();
        sections.push(section(
            |s| s.listed_as_related_by,
            view! { <ul>{links}</ul> }.into_any(),
        ));
    }
    if let Some(citation) = &m.citation {
        let url = citation.url.clone().filter(|u| is_web_address(u));
        let plain = markup::plain_text(&citation.text);
        let copied = match &url {
            Some(u) => format!("{plain} {u}"),
            None => plain,
        };
        let body = view! {
            <p class="citation" lang="en"><RichText data=data.clone() text=citation.text.clone()/></p>
            {url.map(|u| {
                let target = u.clone();
                view! { <p class="citation-url"><a href=target>{u}</a></p> }
            })}
            <CopyButton label=|s| s.copy_citation done=|s| s.citation_copied text=Signal::stored(copied)/>
        }
        .into_any();
        sections.push(section(|s| s.sections.cite_as, body));
    }

    let eyebrow: Vec<String> = [&m.entry_kind, &m.development_type]
        .into_iter()
        .flatten()
        .filter(|_| m.entry_kind.is_some())
        .cloned()
        .chain([m.country.clone()])
        .collect();
    view! {
        <section class="card card-measure" aria-labelledby=CARD_HEADING_ID>
            <header class="card-header">
                <p class="eyebrow" lang="en">{eyebrow.join(" · ")}</p>
                <h2 id=CARD_HEADING_ID tabindex="-1" lang="en">{m.title.clone()}</h2>
                {m.cedefop_id.map(|id| {
                    view! { <p class="id-number">{move || t.get().sections.id_number} " " {id}</p> }
                })}
            </header>
            <div class="card-body">{sections}</div>
        </section>
    }
    .into_any()
}

/// A link to the measure at `index`, opening its card.
fn measure_link(data: &Dataset, index: usize, nav: Navigator) -> impl IntoView {
    let id = data.measures[index].id.clone();
    let next = move || nav.state().with_selection(&id, None);
    let to = next.clone();
    view! {
        <a href=move || href(&next()) on:click=move |ev| nav.follow(&ev, to(), Focus::Card) lang="en">
            {data.measures[index].title.clone()}
        </a>
    }
}

/// A year's status, with its mark, as a link to the year's card.
fn year_link(m: &Measure, entry: &YearEntry, nav: Navigator) -> impl IntoView {
    let (id, year) = (m.id.clone(), entry.year);
    let next = move || nav.state().with_selection(&id, Some(year));
    let to = next.clone();
    view! {
        <a class="year-link" href=move || href(&next()) on:click=move |ev| nav.follow(&ev, to(), Focus::Card)>
            <StatusMark mark=Mark::of(&entry.status)/>
            <span class="year-link-year">{entry.year}</span>
            " "
            <span lang="en">{entry.status.clone()}</span>
        </a>
    }
}

/// The entry's own timeline: each year with its status and its note.
fn year_list(data: &Arc<Dataset>, m: &Measure, nav: Navigator) -> AnyView {
    let items = m
        .timeline
        .iter()
        .map(|entry| {
            let note = entry.note.clone().map(|text| {
                view! { <p lang="en"><RichText data=data.clone() text/></p> }
            });
            view! { <li>{year_link(m, entry, nav)} {note}</li> }
        })
        .collect_view();
    view! { <ol class="year-list" role="list">{items}</ol> }.into_any()
}

/// A related development as the source lists it: status and year, title, text, country, type of
/// development and subsystem.
fn related_item(
    data: &Arc<Dataset>,
    index: usize,
    nav: Navigator,
    t: Signal<&'static Strings>,
) -> impl IntoView {
    let r = &data.measures[index];
    let status = r.timeline.last().map(|e| year_link(r, e, nav));
    let fact = |label: Label, value: String| {
        view! { <dt>{move || label(t.get())}</dt> <dd lang="en">{value}</dd> }
    };
    view! {
        <li class="related-item">
            <p class="related-status">{status}</p>
            <h4>{measure_link(data, index, nav)}</h4>
            <Blocks data=data.clone() blocks=r.summary.clone()/>
            <p class="meta" lang="en">{r.country.clone()}</p>
            <dl class="facts">
                {r.development_type.clone().map(|d| fact(|s| s.sections.development_type, d))}
                {(!r.subsystems.is_empty())
                    .then(|| fact(|s| s.sections.subsystem, r.subsystems.join(" ")))}
            </dl>
        </li>
    }
}

/// A plain list of dataset strings.
fn plain_list(items: &[String]) -> AnyView {
    let items = items
        .iter()
        .map(|i| view! { <li>{i.clone()}</li> })
        .collect_view();
    view! { <ul lang="en">{items}</ul> }.into_any()
}
