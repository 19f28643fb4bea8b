//! Dataset text on screen: inline markup and blocks (paragraphs, lists), always as text nodes.

use std::sync::Arc;

use leptos::prelude::*;

use crate::markup::{self, Inline};
use crate::model::{Block, Dataset, ListItem};
use crate::navigation::{href, use_navigator, Focus};

/// One text of the dataset, with its emphasis and its links to other measures.
#[component]
pub fn RichText(
    /// The dataset (to resolve links to other measures).
    data: Arc<Dataset>,
    /// The text, in the dataset's inline markup.
    text: String,
) -> impl IntoView {
    let nav = use_navigator();
    markup::parse(&text)
        .into_iter()
        .map(|run| match run {
            Inline::Text(t) => t.into_any(),
            Inline::Emphasis(t) => view! { <em>{t}</em> }.into_any(),
            Inline::MeasureLink { target, text } => {
                if data.measure(&target).is_none() {
                    return text.into_any();
                }
                let next = move || nav.state().with_selection(&target, None);
                let to = next.clone();
                view! {
                    <a href=move || href(&next()) on:click=move |ev| nav.follow(&ev, to(), Focus::Card)>
                        {text}
                    </a>
                }
                .into_any()
            }
        })
        .collect_view()
}

/// A section's blocks: paragraphs and lists (ordered, with their markers, when they have them).
#[component]
pub fn Blocks(
    /// The dataset (to resolve links to other measures).
    data: Arc<Dataset>,
    /// The blocks.
    blocks: Vec<Block>,
) -> impl IntoView {
    let blocks = blocks
        .into_iter()
        .map(|block| match block {
            Block::Paragraph { text } => {
                view! { <p><RichText data=data.clone() text/></p> }.into_any()
            }
            Block::List { items } => list(data.clone(), items),
        })
        .collect_view();
    // Dataset text is English, whatever the interface language.
    view! { <div class="text" lang="en">{blocks}</div> }
}

fn list(data: Arc<Dataset>, items: Vec<ListItem>) -> AnyView {
    let marked = !items.is_empty() && items.iter().all(|i| i.marker.is_some());
    let items = items
        .into_iter()
        .map(|item| {
            let sublist = (!item.sublist.is_empty()).then(|| list(data.clone(), item.sublist));
            view! {
                <li>
                    {item.marker.map(|m| view! { <span class="marker">{m}</span> " " })}
                    <RichText data=data.clone() text=item.text/>
                    {sublist}
                </li>
            }
        })
        .collect_view();
    if marked {
        view! { <ol class="marked" role="list">{items}</ol> }.into_any()
    } else {
        view! { <ul>{items}</ul> }.into_any()
    }
}
