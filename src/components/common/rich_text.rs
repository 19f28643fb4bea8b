//! Dataset text: inline markup (emphasis, links to other measures) and blocks (paragraphs,
//! lists), always rendered as text, never as HTML.

use leptos::prelude::*;

use crate::components::context::page;
use crate::data::markup::{self, Inline};
use crate::data::model::{Block, ListItem};
use crate::link::focus::Focus;

use super::marked_text::searched;
use super::nav_link::NavLink;

/// The runs of one text: its emphasis, and its links to other measures of the dataset (a link
/// to a measure it does not hold is plain text), with the places the search matches marked.
#[component]
pub fn RichText(#[prop(into)] text: String) -> impl IntoView {
    let ctx = page();
    markup::parse(&text)
        .into_iter()
        .map(|run| match run {
            Inline::Text(t) => searched(t),
            Inline::Emphasis(t) => view! { <em>{searched(t)}</em> }.into_any(),
            Inline::MeasureLink { target, text }
                if ctx.data.with_value(|d| d.measure(&target).is_some()) =>
            {
                view! {
                    <NavLink measure=target focus=Focus::Card>
                        {searched(text)}
                    </NavLink>
                }
                .into_any()
            }
            Inline::MeasureLink { text, .. } => searched(text),
        })
        .collect_view()
}

/// A paragraph of dataset text.
#[component]
pub fn Paragraph(#[prop(into)] text: String) -> impl IntoView {
    view! {
        <p lang="en">
            <RichText text />
        </p>
    }
}

/// A section's blocks: paragraphs, and lists (ordered, showing their markers, when they have
/// them), in a container marked as English.
#[component]
pub fn Blocks(blocks: Vec<Block>) -> impl IntoView {
    let blocks = blocks
        .into_iter()
        .map(|b| match b {
            Block::Paragraph { text } => view! {
                <p>
                    <RichText text />
                </p>
            }
            .into_any(),
            Block::List { items } => list(items),
        })
        .collect_view();
    view! {
        <div class="text" lang="en">
            {blocks}
        </div>
    }
}

fn list(items: Vec<ListItem>) -> AnyView {
    let marked = !items.is_empty() && items.iter().all(|i| i.marker.is_some());
    let items = items
        .into_iter()
        .map(|item| {
            let marker = item.marker.map(|marker| {
                view! {
                    <span class="marker">{marker}</span>
                    " "
                }
            });
            let sublist = (!item.sublist.is_empty()).then(|| list(item.sublist));
            view! {
                <li>
                    {marker}
                    <RichText text=item.text />
                    {sublist}
                </li>
            }
        })
        .collect_view();
    if marked {
        // Markers are shown as the source writes them; role=list keeps list semantics where
        // `list-style: none` would drop them.
        view! {
            <ol class="marked" role="list">
                {items}
            </ol>
        }
        .into_any()
    } else {
        view! { <ul>{items}</ul> }.into_any()
    }
}

/// A plain list of dataset strings.
#[component]
pub fn PlainList(items: Vec<String>) -> impl IntoView {
    view! {
        <ul lang="en">
            {items.into_iter().map(|i| view! { <li>{searched(i)}</li> }).collect_view()}
        </ul>
    }
}
