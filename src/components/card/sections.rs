//! The sections of a measure's card, in the order and with the rules of
//! [`crate::card::sections`]: a component per kind of section.

use leptos::prelude::*;

use crate::card::cite::files;
use crate::card::labels::citation_to_copy;
use crate::card::sections::{sections, Section};
use crate::components::common::{searched, Blocks, Country, Paragraph, PlainList, RichText, Term};
use crate::components::common::{TitleLink, YearLink};
use crate::components::context::page;
use crate::data::model::{Citation, Reading, TargetGroup};
use crate::text::plain::is_web_address;
use crate::web::ids::{note_id, related_id};

use super::copy_button::{Copied, CopyButton};

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

/// Every section the card of the measure at `index` has, in order.
#[component]
pub fn Sections(index: usize) -> impl IntoView {
    let ctx = page();
    let data = ctx.dataset();
    let Some(m) = data.measures.get(index) else {
        return ().into_any();
    };
    sections(&data, index)
        .into_iter()
        .map(|section| {
            let title = section.title(ctx.t).unwrap_or_default();
            let blocks = |blocks: &[crate::data::model::Block]| {
                let blocks = blocks.to_vec();
                view! {
                    <CardSection title>
                        <Blocks blocks />
                    </CardSection>
                }
                .into_any()
            };
            let plain = |items: &[String]| {
                let items = items.to_vec();
                view! {
                    <CardSection title>
                        <PlainList items />
                    </CardSection>
                }
                .into_any()
            };
            match section {
                Section::Summary => view! { <Blocks blocks=m.summary.clone() /> }.into_any(),
                Section::Background => blocks(&m.background),
                Section::Objectives => blocks(&m.objectives),
                Section::Description => blocks(&m.description),
                Section::Timeline => view! { <TimelineSection index /> }.into_any(),
                Section::DevelopmentType => {
                    let kind = m.development_type.clone().unwrap_or_default();
                    view! {
                        <CardSection title>
                            <p>
                                <Term raw=kind />
                            </p>
                        </CardSection>
                    }
                    .into_any()
                }
                Section::BodiesResponsible => plain(&m.bodies_responsible),
                Section::TargetGroup => {
                    view! { <TargetGroups groups=m.target_groups.clone() /> }.into_any()
                }
                Section::ThematicCategories => plain(&m.thematic_categories),
                Section::Subsystem => plain(&m.subsystems),
                Section::FurtherReading => {
                    view! { <FurtherReading items=m.further_reading.clone() /> }.into_any()
                }
                Section::Related => view! { <Related index /> }.into_any(),
                Section::ListedAsRelatedBy => view! { <ListedAsRelatedBy index /> }.into_any(),
                Section::CiteAs => m
                    .citation
                    .clone()
                    .map(|citation| view! { <CiteAs citation files=files(m) /> })
                    .into_any(),
            }
        })
        .collect_view()
        .into_any()
}

/// The Timeline section: each year's status (a link to its card), and its note.
#[component]
fn TimelineSection(index: usize) -> impl IntoView {
    let ctx = page();
    let data = ctx.dataset();
    let years = data.measures.get(index).map(|m| {
        m.timeline
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
            .collect_view()
    });
    view! {
        <CardSection title=ctx.t.sections.timeline>
            <ol class="year-list" role="list">
                {years}
            </ol>
        </CardSection>
    }
}

/// The Target group section: each group, and its members.
#[component]
fn TargetGroups(groups: Vec<TargetGroup>) -> impl IntoView {
    let groups = groups
        .into_iter()
        .map(|g| {
            view! {
                <h4>
                    <Term raw=g.group />
                </h4>
                <PlainList items=g.members />
            }
        })
        .collect_view();
    view! {
        <CardSection title=page().t.sections.target_group>
            <div>{groups}</div>
        </CardSection>
    }
}

/// The Further reading section: titles, linked only where the source gives an address.
#[component]
fn FurtherReading(items: Vec<Reading>) -> impl IntoView {
    let items = items
        .into_iter()
        .map(|r| match r.url.filter(|u| is_web_address(u)) {
            Some(url) => view! {
                <li>
                    <a href=url rel="noopener noreferrer">
                        {searched(r.title)}
                    </a>
                </li>
            }
            .into_any(),
            None => view! { <li>{searched(r.title)}</li> }.into_any(),
        })
        .collect_view();
    view! {
        <CardSection title=page().t.sections.further_reading>
            <ul lang="en">{items}</ul>
        </CardSection>
    }
}

/// The Related policy developments section of the measure at `index`.
#[component]
fn Related(index: usize) -> impl IntoView {
    let ctx = page();
    let data = ctx.dataset();
    let items = data.measures.get(index).map(|m| {
        m.related
            .iter()
            .filter_map(|id| data.position(id))
            .map(|r| view! { <RelatedItem index=r /> })
            .collect_view()
    });
    view! {
        <CardSection title=ctx.t.sections.related>
            <ul class="related">{items}</ul>
        </CardSection>
    }
}

/// A related development (the measure at `index`) with what the source lists of it: its title
/// (the item's heading, first, so that a screen reader's heading list finds it before the rest),
/// its latest status and year, text, country, type of development and subsystem.
#[component]
fn RelatedItem(index: usize) -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    let data = ctx.dataset();
    let Some(r) = data.measures.get(index) else {
        return ().into_any();
    };
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
            <h4>
                <TitleLink id=r.id.clone() title=r.title.clone() />
            </h4>
            <p class="related-status">{status}</p>
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
    .into_any()
}

/// The measures that list the measure at `index` as related: the way back.
#[component]
fn ListedAsRelatedBy(index: usize) -> impl IntoView {
    let ctx = page();
    let data = ctx.dataset();
    let items = data.measures.get(index).map(|m| {
        data.referring_to(&m.id)
            .map(|o| view! { <li><TitleLink id=o.id.clone() title=o.title.clone() /></li> })
            .collect_view()
    });
    view! {
        <CardSection title=ctx.t.listed_as_related_by>
            <ul>{items}</ul>
        </CardSection>
    }
}

/// The Cite as section: the citation, its address, and a button that copies both.
#[component]
fn CiteAs(
    citation: Citation,
    /// The citation's RIS and BibTeX files, if it has them (see [`files`]).
    files: Option<[String; 2]>,
) -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    let copied = citation_to_copy(&citation);
    let address = citation.url.filter(|u| is_web_address(u)).map(|u| {
        let text = u.clone();
        view! {
            <p class="citation-url">
                <a href=u>{text}</a>
            </p>
        }
    });
    view! {
        <CardSection title=t.sections.cite_as>
            <div>
                <p class="citation" lang="en">
                    <RichText text=citation.text />
                </p>
                {address}
                <CopyButton label=t.copy_citation copies=Copied::Text(copied, t.citation_copied) />
                {files.map(|[ris, bib]| {
                    let name = |path: &str| path.rsplit('/').next().unwrap_or(path).to_owned();
                    let (ris_name, bib_name) = (name(&ris), name(&bib));
                    // (From the page's folder, which moves with the address.)
                    let ris = move || ctx.nav.asset(&ris);
                    let bib = move || ctx.nav.asset(&bib);
                    view! {
                        <p class="citation-files">
                            {t.citation_files}
                            " "
                            <a href=ris download=ris_name type="application/x-research-info-systems">
                                "RIS"
                            </a>
                            " "
                            <a href=bib download=bib_name type="application/x-bibtex">
                                "BibTeX"
                            </a>
                        </p>
                    }
                })}
            </div>
        </CardSection>
    }
}
