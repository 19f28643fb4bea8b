//! The navigator's memory of the history entries this app pushed: how deep the current one is,
//! which control opened each, and what the page is to do once it shows the new link (where
//! focus goes, whether the new card comes into view). Plain data, tested natively; the
//! [`Navigator`](super::navigator::Navigator) keeps one and tells the browser.

use super::focus::{Focus, FocusTarget, Opener};

/// What the navigator remembers besides the link.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct History {
    /// How many entries this app pushed before the current one (0: the page as it was opened).
    depth: usize,
    /// For each pushed entry (by depth), the control that opened it.
    openers: Vec<Option<Opener>>,
    /// Focus to restore once the page is up to date.
    pending: Option<FocusTarget>,
    /// Whether the card the last navigation opened is to be brought into view.
    reveal: bool,
}

impl History {
    /// The memory of a page opened on an entry `depth` entries deep (0 for a new page; more
    /// after a reload of an entry the app had pushed).
    pub fn at(depth: usize) -> History {
        History {
            depth,
            ..History::default()
        }
    }

    /// How many of this app's entries precede the current one.
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// Whether the current entry was pushed by this app (so Back stays in the app).
    pub fn can_go_back(&self) -> bool {
        self.depth > 0
    }

    /// A new entry, asked for by `opener`, which `opens_a_card` or not; focus then goes as
    /// `focus` says. Returns its depth, for the browser's entry to record.
    pub fn push(&mut self, opener: Option<Opener>, focus: Focus, opens_a_card: bool) -> usize {
        self.reveal = opens_a_card;
        self.depth += 1;
        self.openers.resize(self.depth, None);
        self.openers[self.depth - 1] = opener;
        self.pending = match focus {
            Focus::Card => Some(FocusTarget::CardHeading),
            Focus::Stay => None,
        };
        self.depth
    }

    /// The current entry replaced by another view; focus then goes to `focus`.
    pub fn replace(&mut self, focus: Option<FocusTarget>) {
        self.pending = focus;
    }

    /// The browser went Back or Forward to the entry `depth` deep. After Back, focus returns to
    /// the control that opened the view the reader left.
    pub fn moved_to(&mut self, depth: usize) {
        if depth < self.depth {
            let opener = self.openers.get(self.depth - 1).cloned().flatten();
            self.pending = opener.map(FocusTarget::Control);
        }
        self.depth = depth;
    }

    /// Asks for focus to go to `target` once the page is up to date.
    pub fn focus_after_update(&mut self, target: FocusTarget) {
        self.pending = Some(target);
    }

    /// Whether the last navigation opened a card to bring into view, once.
    pub fn take_reveal(&mut self) -> bool {
        std::mem::take(&mut self.reveal)
    }

    /// The focus asked for by the last navigation, once.
    pub fn take_pending_focus(&mut self) -> Option<FocusTarget> {
        self.pending.take()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(s: &str) -> Option<Opener> {
        Some(Opener::Id(s.into()))
    }

    #[test]
    fn back_returns_focus_to_the_control_that_opened_the_view() {
        let mut h = History::default();
        assert!(!h.can_go_back());
        assert_eq!(h.push(id("cell-0-2019"), Focus::Stay, true), 1);
        assert_eq!(h.push(id("cell-0-2020"), Focus::Stay, true), 2);
        assert!(h.can_go_back());
        assert_eq!(
            h.take_pending_focus(),
            None,
            "a timeline control keeps focus"
        );
        h.moved_to(1);
        assert_eq!(
            h.take_pending_focus(),
            Some(FocusTarget::Control(Opener::Id("cell-0-2020".into())))
        );
        assert_eq!(h.take_pending_focus(), None, "once");
        h.moved_to(0);
        assert_eq!(
            h.take_pending_focus(),
            Some(FocusTarget::Control(Opener::Id("cell-0-2019".into())))
        );
        assert!(!h.can_go_back());
    }

    #[test]
    fn a_move_to_the_same_entry_moves_focus_nowhere() {
        let mut h = History::default();
        h.push(id("a"), Focus::Stay, false);
        h.moved_to(1);
        assert_eq!(h.take_pending_focus(), None);
        assert_eq!(h.depth(), 1);
    }

    #[test]
    fn forward_moves_focus_nowhere() {
        let mut h = History::default();
        h.push(id("a"), Focus::Stay, false);
        h.moved_to(0);
        let _ = h.take_pending_focus();
        h.moved_to(1);
        assert_eq!(h.take_pending_focus(), None);
        assert_eq!(h.depth(), 1);
    }

    #[test]
    fn a_link_in_a_card_sends_focus_to_the_new_card() {
        let mut h = History::default();
        h.push(
            Some(Opener::CardLink("?measure=x".into())),
            Focus::Card,
            true,
        );
        assert_eq!(h.take_pending_focus(), Some(FocusTarget::CardHeading));
        h.moved_to(0);
        assert_eq!(
            h.take_pending_focus(),
            Some(FocusTarget::Control(Opener::CardLink("?measure=x".into())))
        );
    }

    #[test]
    fn a_new_entry_after_going_back_forgets_the_old_opener() {
        let mut h = History::default();
        h.push(id("a"), Focus::Stay, false);
        h.push(id("b"), Focus::Stay, false);
        h.moved_to(1);
        h.push(id("c"), Focus::Stay, false);
        h.moved_to(1);
        assert_eq!(
            h.take_pending_focus(),
            Some(FocusTarget::Control(Opener::Id("c".into())))
        );
    }

    #[test]
    fn a_reloaded_entry_can_go_back_but_knows_no_opener() {
        let mut h = History::at(3);
        assert!(h.can_go_back());
        h.moved_to(2);
        assert_eq!(h.take_pending_focus(), None);
        assert_eq!(h.depth(), 2);
    }

    #[test]
    fn a_card_is_revealed_once_and_only_when_one_opens() {
        let mut h = History::default();
        h.push(None, Focus::Stay, true);
        assert!(h.take_reveal());
        assert!(!h.take_reveal(), "once");
        h.push(None, Focus::Stay, false);
        assert!(!h.take_reveal(), "a search opens no card");
    }

    #[test]
    fn a_replaced_entry_keeps_its_depth_and_takes_the_focus_asked() {
        let mut h = History::default();
        h.push(None, Focus::Card, true);
        h.replace(Some(FocusTarget::Control(Opener::Id("x".into()))));
        assert_eq!(h.depth(), 1);
        assert_eq!(
            h.take_pending_focus(),
            Some(FocusTarget::Control(Opener::Id("x".into())))
        );
        h.replace(None);
        assert_eq!(h.take_pending_focus(), None);
        h.focus_after_update(FocusTarget::CardHeading);
        assert_eq!(h.take_pending_focus(), Some(FocusTarget::CardHeading));
    }
}
