//! One development's lane: its name (with a search's matches marked, and an excerpt where the
//! match is not in the name), then a control per year.

use leptos::prelude::*;

use crate::layout::{self, YEAR_COUNT};
use crate::navigation::{href, Focus, Opener};
use crate::search::{excerpt, find, texts};
use crate::selection::Selection;
use crate::timeline_ids::{lane_id, lane_link_id};

use super::context::page;
use super::marked_text::marked_text;
use super::nav_link::space_follows;
use super::timeline::Roving;
use super::year_control::YearControl;

/// The lane of the measure at `index`.
#[component]
pub fn Lane(index: usize, roving: Roving) -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    let Some(m) = ctx.data.with_value(|d| d.measures.get(index).cloned()) else {
        return ().into_any();
    };
    let m = StoredValue::new(m);
    let id = m.with_value(|m| m.id.clone());
    let meta = m.with_value(|m| {
        m.development_type
            .iter()
            .map(String::as_str)
            .chain([m.country.as_str()])
            .collect::<Vec<_>>()
            .join(" · ")
    });
    let current = move || ctx.selection.get().measure_index() == Some(index);
    let name_selected = move || ctx.selection.get() == Selection::Measure(index);
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
    let cells = m.with_value(|measure| {
        layout::lane(measure)
            .into_iter()
            .map(|cell| {
                let year = cell.year;
                match cell.entry {
                    None => view! {
                        <td class="cell-empty">
                            <span class="visually-hidden">{t.key_empty}</span>
                        </td>
                    }
                    .into_any(),
                    Some(entry) => view! {
                        <td>
                            <YearControl index year entry title=measure.title.clone() roving />
                        </td>
                    }
                    .into_any(),
                }
            })
            .collect_view()
    });
    let name_target2 = name_target.clone();
    view! {
        <tbody
            class=move || if current() { "lane lane-current" } else { "lane" }
            id=lane_id(index)
        >
            <tr>
                <th scope="rowgroup" colspan=YEAR_COUNT.to_string() class="lane-title">
                    <span class="lane-name">
                        <a
                            id=lane_link_id(index)
                            href=move || href(&name_target())
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
                        <span class="lane-meta" lang="en">{meta}</span>
                    </span>
                    {lane_excerpt}
                </th>
            </tr>
            <tr class="lane-cells">{cells}</tr>
        </tbody>
    }
    .into_any()
}
