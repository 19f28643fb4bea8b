//! One development's lane, a row of the timeline's table: its [`LaneName`] as the row's header,
//! then a cell per year of the axis, in bands and empty track.

use leptos::prelude::*;

use crate::browse::search::{excerpt, find, texts};
use crate::components::common::{marked_text, space_follows, TermLine};
use crate::components::context::page;
use crate::link::focus::{Focus, Opener};
use crate::link::selection::Selection;
use crate::text::i18n::fill;
use crate::timeline::bands::{stretches, Stretch};
use crate::web::ids::{lane_id, lane_link_id};

use super::band::{Band, EmptyYear};
use super::context::timeline;

/// The lane of the measure at `index`.
#[component]
pub fn Lane(index: usize) -> impl IntoView {
    let ctx = page();
    if ctx.data.with_value(|d| d.measures.get(index).is_none()) {
        return ().into_any();
    }
    let current = move || ctx.selection.get().measure_index() == Some(index);
    // A related development's lane is tied to its parent's.
    let related = ctx
        .parents
        .with_value(|p| p.get(index).copied().flatten().is_some());
    let lane_class = if related { "lane lane-related" } else { "lane" };
    // The year axis's stretches: bands of consecutive years with one status (written once,
    // where it fits: the key and the controls' names always say it), and empty track.
    let cells = move || {
        let range = ctx.axis.get();
        let stretches = ctx
            .data
            .with_value(|d| d.measures.get(index).map(|m| stretches(m, range)));
        stretches
            .unwrap_or_default()
            .into_iter()
            .map(|stretch| match stretch {
                Stretch::Empty(year) => view! { <EmptyYear year /> }.into_any(),
                Stretch::Band {
                    status,
                    mark,
                    years,
                } => view! { <Band index status mark years /> }.into_any(),
            })
            .collect_view()
    };
    view! {
        <tr
            class=move || if current() { format!("{lane_class} lane-current") } else { lane_class.to_owned() }
            id=lane_id(index)
        >
            <LaneName index />
            {cells}
        </tr>
    }
    .into_any()
}

/// The lane's row header: the development's name (a link to its card, with a search's matches
/// marked), its type and country, the measure it relates to, and an excerpt where a search
/// matched elsewhere than in the name.
#[component]
pub fn LaneName(index: usize) -> impl IntoView {
    let ctx = page();
    let t = ctx.t;
    let roving = timeline().roving;
    let data = ctx.dataset();
    let Some(m) = data.measures.get(index) else {
        return ().into_any();
    };
    let id = StoredValue::new(m.id.clone());
    let terms = m.development_type.iter().cloned().collect();
    let meta = view! { <TermLine terms country=m.country.clone() /> };
    let relation = ctx
        .parents
        .with_value(|p| p.get(index).copied().flatten())
        .and_then(|p| data.measures.get(p))
        .map(|parent| {
            let text = fill(t.related_to, &[("title", &parent.title)]);
            view! { <p class="lane-relation">{text}</p> }
        });
    let name_selected = move || ctx.selection.get() == Selection::Measure(index);
    let name_target = move || {
        ctx.base
            .with(|b| id.with_value(|id| b.with_selection(id, None)))
    };
    let name = move || {
        ctx.query.with(|query| {
            ctx.data
                .with_value(|d| d.measures.get(index).map(|m| marked_text(&m.title, query)))
        })
    };
    let lane_excerpt = move || {
        let query = ctx.query.get();
        ctx.data.with_value(|d| {
            let m = d.measures.get(index)?;
            if query.is_empty() || !find(&m.title, &query).is_empty() {
                return None;
            }
            let text = excerpt(&texts(m), &query)?;
            Some(view! { <p class="lane-excerpt" lang="en">{marked_text(&text, &query)}</p> })
        })
    };
    view! {
        <th scope="row" class="lane-title">
            <span class="lane-name">
                <a
                    id=lane_link_id(index)
                    href=move || id.with_value(|id| ctx.href(id, None))
                    tabindex=move || if roving.stop(ctx, index).is_none() { "0" } else { "-1" }
                    lang="en"
                    aria-current=move || name_selected().then_some("true")
                    on:click=move |ev| {
                        ctx.nav
                            .follow(
                                &ev,
                                name_target(),
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
    }
    .into_any()
}
