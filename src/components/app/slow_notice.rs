//! A dataset that does not arrive: after a while, the page says so and offers to try again.

use leptos::prelude::*;

use crate::data::load::{start_loading, LoadState};
use crate::text::i18n::Lang;

/// After how long a dataset still on its way is said to be slow.
const SLOW_AFTER_SECONDS: u64 = 10;

/// The notice, shown while `load` is still loading after a while, in `lang`; its button loads
/// the dataset again (and the wait starts again).
#[component]
pub fn SlowNotice(load: RwSignal<LoadState>, lang: Memo<Lang>) -> impl IntoView {
    let slow = RwSignal::new(false);
    let wait = move || {
        set_timeout(
            move || slow.set(true),
            std::time::Duration::from_secs(SLOW_AFTER_SECONDS),
        )
    };
    Effect::new(move |_| wait());
    let stalled = move || slow.get() && load.with(|l| matches!(l, LoadState::Loading));
    let t = move || lang.get().strings();
    view! {
        <Show when=stalled>
            <div class="slow-notice" role="status">
                <p>{move || t().loading_slow}</p>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        slow.set(false);
                        start_loading(load);
                        wait();
                    }
                >
                    {move || t().retry}
                </button>
            </div>
        </Show>
    }
}
