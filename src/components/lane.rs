//! One development's lane: its name (with a search's matches marked, and an excerpt where the
//! match is not in the name), then a control per year.

use leptos::prelude::*;

use crate::i18n::fill;
use crate::layout::{stretches, Mark, Stretch};
use crate::navigation::{Focus, Opener};
use crate::search::{excerpt, find, texts};
use crate::selection::Selection;
use crate::timeline_ids::{lane_id, lane_link_id};

use super::context::page;
use super::marked_text::marked_text;
use super::nav_link::space_follows;
use super::status_mark::StatusMark;
use super::term::{Country, Term};
use super::timeline::Roving;
use super::year_control::YearControl;
use super::year_preview::Preview;

/// The lane of the measure at `index`.
#[component]
pub fn Lane(index: usize, roving: Roving, preview: Preview) -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    let Some(m) = ctx.data.with_value(|d| d.measures.get(index).cloned()) else {
        return ().into_any();
    };
    let m = StoredValue::new(m);
    let id = m.with_value(|m| m.id.clone());
    let meta = m.with_value(|m| {
        let kind = m.development_type.clone().map(|raw| {
            view! {
                <Term raw />
                " · "
            }
        });
        view! {
            {kind}
            <Country name=m.country.clone() />
        }
    });
    let current = move || ctx.selection.get().measure_index() == Some(index);
    let name_selected = move || ctx.selection.get() == Selection::Measure(index);
    let name_href = {
        let id = id.clone();
        move || ctx.href(&id, None)
    };
    let name_target = move || ctx.base.with(|b| b.with_selection(&id, None));
    let name =
        move || m.with_value(|m| ctx.filters.with(|f| marked_text(&m.title, f.query.trim())));
    let lane_excerpt = move || {
        let query = ctx.filters.with(|f| f.query.trim().to_owned());
        m.with_value(|m| {
            if query.is_empty() || !find(&m.title, &query).is_empty() {
                return None;
            }
            let text = excerpt(&texts(m), &query)?;
            Some(view! { <p class="lane-excerpt" lang="en">{marked_text(&text, &query)}</p> })
        })
    };
    // The year axis's stretches: bands of consecutive years with one status (written once,
    // where it fits: the key and the controls' names always say it), and empty track.
    let cells = move || {
        let range = ctx.years.get();
        m.with_value(|measure| {
            stretches(measure, range)
                .into_iter()
                .map(|stretch| match stretch {
                    Stretch::Empty(year) => view! {
                        <td class=format!("cell-empty y{year}")>
                            <span class="visually-hidden">{t.key_empty}</span>
                        </td>
                    }
                    .into_any(),
                    Stretch::Band {
                        status,
                        mark,
                        years,
                    } => {
                        let label = if status.chars().count() > 10 {
                            "band-status band-status-long"
                        } else {
                            "band-status"
                        };
                        let ends_with_mark = mark == Mark::Cross;
                        let controls = years
                            .iter()
                            .map(|&(year, has_note)| {
                                view! {
                                    <YearControl
                                        index
                                        year
                                        status=status.clone()
                                        has_note
                                        title=measure.title.clone()
                                        roving
                                        preview
                                    />
                                }
                            })
                            .collect_view();
                        view! {
                            <td class="band-cell" colspan=years.len().to_string()>
                                <div class=format!("band {}", mark.band_class())>
                                    {controls}
                                    <span class="band-label" aria-hidden="true">
                                        <StatusMark mark />
                                        <span class=label>
                                            <Term raw=status.clone() />
                                        </span>
                                    </span>
                                    {ends_with_mark
                                        .then(|| {
                                            view! {
                                                <span class="band-end" aria-hidden="true">
                                                    <StatusMark mark />
                                                </span>
                                            }
                                        })}
                                </div>
                            </td>
                        }
                        .into_any()
                    }
                })
                .collect_view()
        })
    };
    // A related development's lane is tied to its parent's.
    let parent = ctx.parents.with_value(|p| p.get(index).copied().flatten());
    let relation = parent
        .and_then(|p| {
            ctx.data
                .with_value(|d| d.measures.get(p).map(|m| m.title.clone()))
        })
        .map(|title| {
            let text = fill(t.related_to, &[("title", &title)]);
            view! { <p class="lane-relation">{text}</p> }
        });
    let lane_class = if parent.is_some() {
        "lane lane-related"
    } else {
        "lane"
    };
    let name_target2 = name_target.clone();
    view! {
        <tbody
            class=move || if current() { format!("{lane_class} lane-current") } else { lane_class.to_owned() }
            id=lane_id(index)
        >
            <tr>
                <th scope="rowgroup" colspan=move || { let (from, to) = ctx.years.get(); (to - from + 1).to_string() } class="lane-title">
                    <span class="lane-name">
                        <a
                            id=lane_link_id(index)
                            href=name_href
                            tabindex=move || if roving.stop(ctx, index).is_none() { "0" } else { "-1" }
                            lang="en"
                            aria-current=move || name_selected().then_some("true")
                            on:click=move |ev| {
                                ctx.nav
                                    .follow(
                                        &ev,
                                        name_target2(),
                                        Focus::Stay,
                                        Some(Opener::Id(lane_link_id(index))),
                                    )
                            }
                            on:keydown=move |ev| {
                                roving.key(ctx, &ev, index, None);
                                space_follows(&ev);
                            }
                        >
                            {name}
                        </a>
                        " "
                        <span class="lane-meta">{meta}</span>
                    </span>
                    {relation}
                    {lane_excerpt}
                </th>
            </tr>
            <tr class="lane-cells">{cells}</tr>
        </tbody>
    }
    .into_any()
}
