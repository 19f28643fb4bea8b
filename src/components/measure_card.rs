//! A measure's full card: every section of the source, in its order and words.

use leptos::prelude::*;

use crate::data::model::{Measure, YearEntry};
use crate::data::validate::is_web_address;
use crate::labels::citation_to_copy;
use crate::layout::Mark;
use crate::navigation::{Focus, CARD_HEADING_ID};
use crate::timeline_ids::{note_id, related_id};

use super::card_tools::{CardTools, Copied, CopyButton};
use super::context::page;
use super::nav_link::NavLink;
use super::rich_text::{Blocks, Paragraph, PlainList, RichText};
use super::status_mark::StatusMark;
use super::term::{Country, Term};

/// A titled section of a card.
#[component]
pub fn CardSection(title: &'static str, children: Children) -> impl IntoView {
    view! {
        <section class="card-section">
            <h3>{title}</h3>
            {children()}
        </section>
    }
}

/// The full card of measure `m`.
#[component]
pub fn MeasureCard(m: Measure) -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    // Full entries name their kind and type here; related developments in a section.
    let kinds: Vec<String> = match &m.entry_kind {
        Some(kind) => [Some(kind.clone()), m.development_type.clone()]
            .into_iter()
            .flatten()
            .collect(),
        None => Vec::new(),
    };
    let eyebrow = view! {
        {kinds
            .into_iter()
            .map(|raw| {
                view! {
                    <Term raw />
                    " · "
                }
            })
            .collect_view()}
        <Country name=m.country.clone() />
    };
    let id_number = m
        .cedefop_id
        .map(|id| view! { <p class="id-number">{format!("{} {id}", t.sections.id_number)}</p> });
    view! {
        <section class="card card-measure" aria-labelledby=CARD_HEADING_ID>
            <header class="card-header">
                <p class="eyebrow">{eyebrow}</p>
                <h2 id=CARD_HEADING_ID tabindex="-1" lang="en">{m.title.clone()}</h2>
                {id_number}
                <CardTools measure_title=m.title.clone() />
            </header>
            <div class="card-body">
                <Sections m />
            </div>
        </section>
    }
}

/// Every section the entry has, in the source's order; those it lacks are left out.
#[component]
fn Sections(m: Measure) -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    let s = &t.sections;
    let summary = (!m.summary.is_empty()).then(|| view! { <Blocks blocks=m.summary.clone() /> });
    let texts = [
        (s.background, m.background.clone()),
        (s.objectives, m.objectives.clone()),
        (s.description, m.description.clone()),
    ]
    .into_iter()
    .filter(|(_, body)| !body.is_empty())
    .map(|(title, body)| {
        view! {
            <CardSection title>
                <Blocks blocks=body />
            </CardSection>
        }
    })
    .collect_view();
    let timeline = (!m.timeline.is_empty()).then(|| {
        let years = m
            .timeline
            .iter()
            .map(|entry| {
                let note = entry.note.clone().map(|text| view! { <Paragraph text /> });
                view! {
                    <li id=note_id(entry.year)>
                        <YearLink measure=m.id.clone() entry=entry.clone() />
                        {note}
                    </li>
                }
            })
            .collect_view();
        view! {
            <CardSection title=s.timeline>
                <ol class="year-list" role="list">
                    {years}
                </ol>
            </CardSection>
        }
    });
    // Full entries name their type in the header; related developments in a section.
    let kind = match (&m.entry_kind, m.development_type.clone()) {
        (None, Some(kind)) => Some(view! {
            <CardSection title=s.development_type>
                <p>
                    <Term raw=kind />
                </p>
            </CardSection>
        }),
        _ => None,
    };
    let plain = |title: &'static str, items: Vec<String>| {
        (!items.is_empty()).then(|| {
            view! {
                <CardSection title>
                    <PlainList items />
                </CardSection>
            }
        })
    };
    let bodies = plain(s.bodies_responsible, m.bodies_responsible.clone());
    let targets = (!m.target_groups.is_empty()).then(|| {
        let groups = m
            .target_groups
            .iter()
            .map(|g| {
                view! {
                    <h4>
                        <Term raw=g.group.clone() />
                    </h4>
                    <PlainList items=g.members.clone() />
                }
            })
            .collect_view();
        view! {
            <CardSection title=s.target_group>
                <div>{groups}</div>
            </CardSection>
        }
    });
    let themes = plain(s.thematic_categories, m.thematic_categories.clone());
    let subsystems = plain(s.subsystem, m.subsystems.clone());
    let reading = (!m.further_reading.is_empty()).then(|| {
        let items = m
            .further_reading
            .iter()
            .map(|r| match r.url.as_deref().filter(|u| is_web_address(u)) {
                Some(url) => view! {
                    <li>
                        <a href=url.to_owned() rel="noopener noreferrer">
                            {r.title.clone()}
                        </a>
                    </li>
                }
                .into_any(),
                None => view! { <li>{r.title.clone()}</li> }.into_any(),
            })
            .collect_view();
        view! {
            <CardSection title=s.further_reading>
                <ul lang="en">{items}</ul>
            </CardSection>
        }
    });
    let related: Vec<Measure> = ctx.data.with_value(|d| {
        m.related
            .iter()
            .filter_map(|id| d.measure(id).cloned())
            .collect()
    });
    let related = (!related.is_empty()).then(|| {
        view! {
            <CardSection title=s.related>
                <ul class="related">
                    {related.into_iter().map(|r| view! { <RelatedItem r /> }).collect_view()}
                </ul>
            </CardSection>
        }
    });
    let referring: Vec<(String, String)> = ctx.data.with_value(|d| {
        d.referring_to(&m.id)
            .map(|o| (o.id.clone(), o.title.clone()))
            .collect()
    });
    let referring = (!referring.is_empty()).then(|| {
        view! {
            <CardSection title=t.listed_as_related_by>
                <ul>
                    {referring
                        .into_iter()
                        .map(|(id, title)| view! { <li><TitleLink id title /></li> })
                        .collect_view()}
                </ul>
            </CardSection>
        }
    });
    let citation = m.citation.clone().map(|citation| {
        let copied = citation_to_copy(&citation);
        let url = citation.url.filter(|u| is_web_address(u));
        let address = url.map(|u| {
            view! {
                <p class="citation-url">
                    <a href=u.clone()>{u.clone()}</a>
                </p>
            }
        });
        view! {
            <CardSection title=s.cite_as>
                <div>
                    <p class="citation" lang="en">
                        <RichText text=citation.text />
                    </p>
                    {address}
                    <CopyButton label=t.copy_citation copies=Copied::Text(copied, t.citation_copied) />
                </div>
            </CardSection>
        }
    });
    view! {
        {summary}
        {texts}
        {timeline}
        {kind}
        {bodies}
        {targets}
        {themes}
        {subsystems}
        {reading}
        {related}
        {referring}
        {citation}
    }
}

/// A link to a measure's full card, showing its title.
#[component]
pub fn TitleLink(id: String, title: String) -> impl IntoView {
    view! {
        <NavLink measure=id focus=Focus::Card english=true>
            {title}
        </NavLink>
    }
}

/// A year's status, with its mark, as a link to the year's card.
#[component]
pub fn YearLink(measure: String, entry: YearEntry) -> impl IntoView {
    view! {
        <NavLink measure year=entry.year focus=Focus::Card class="year-link">
            <StatusMark mark=Mark::of(&entry.status) />
            <span class="year-link-year">{entry.year.to_string()}</span>
            " "
            <Term raw=entry.status />
        </NavLink>
    }
}

/// A related development as the source lists it: status and year, title, text, country, type
/// of development and subsystem.
#[component]
fn RelatedItem(r: Measure) -> impl IntoView {
    let t = page().t;
    let status = r
        .timeline
        .last()
        .cloned()
        .map(|latest| view! { <YearLink measure=r.id.clone() entry=latest /> });
    let kind = r.development_type.clone().map(|kind| {
        view! {
            <dt>{t.sections.development_type}</dt>
            <dd>
                <Term raw=kind />
            </dd>
        }
    });
    let subsystems = (!r.subsystems.is_empty()).then(|| {
        view! {
            <dt>{t.sections.subsystem}</dt>
            <dd lang="en">{r.subsystems.join(" ")}</dd>
        }
    });
    view! {
        <li class="related-item" id=related_id(&r.id)>
            <p class="related-status">{status}</p>
            <h4>
                <TitleLink id=r.id.clone() title=r.title.clone() />
            </h4>
            <Blocks blocks=r.summary.clone() />
            <p class="meta">
                <Country name=r.country.clone() />
            </p>
            <dl class="facts">
                {kind}
                {subsystems}
            </dl>
        </li>
    }
}
