//! The dataset's controlled vocabularies (statuses, types of development, the kind of entry,
//! target-group headings) as interface words: translated, in one consistent case. A value the
//! interface does not know is shown as the dataset writes it, marked as English.

use crate::text::i18n::Strings;

/// A vocabulary value as shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Term<'a> {
    /// An interface word, in the page's language.
    Interface(&'static str),
    /// The dataset's own words (English).
    Dataset(&'a str),
}

impl<'a> Term<'a> {
    /// The words.
    pub fn text(self) -> &'a str {
        match self {
            Term::Interface(t) => t,
            Term::Dataset(t) => t,
        }
    }

    /// Whether the words are the dataset's English (to mark `lang="en"`).
    pub fn is_dataset(self) -> bool {
        matches!(self, Term::Dataset(_))
    }
}

/// `raw` in lower case, its spaces folded: the key a vocabulary value is known by.
fn key(raw: &str) -> String {
    raw.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Any vocabulary value: a status, a type of development, a kind of entry, a target group.
pub fn term<'a>(t: &Strings, raw: &'a str) -> Term<'a> {
    let v = &t.vocab;
    let known = match key(raw).as_str() {
        "implementation" => v.implementation,
        "discontinued" => v.discontinued,
        "approved" => v.approved,
        "legislative process" => v.legislative_process,
        "practical measure/initiative" => v.practical_measure,
        "regulation/legislation" => v.regulation,
        "strategy/action plan" => v.strategy,
        "policy development" => v.policy_development,
        "learners" => v.learners,
        "entities providing vet" => v.entities_providing_vet,
        _ => return Term::Dataset(raw),
    };
    Term::Interface(known)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::i18n::{bundled, Lang, EN};

    #[test]
    fn vocabularies_are_interface_words_in_one_case() {
        assert_eq!(
            term(&EN, "PRACTICAL MEASURE/INITIATIVE"),
            Term::Interface("Practical measure/initiative")
        );
        assert_eq!(
            term(&EN, "Regulation/Legislation"),
            Term::Interface("Regulation/legislation")
        );
        assert_eq!(
            term(&EN, "POLICY DEVELOPMENT"),
            Term::Interface("Policy development")
        );
        let fr = bundled(Lang::Fr);
        assert_eq!(term(fr, "Implementation").text(), "Mise en œuvre");
        assert_eq!(term(fr, "Discontinued").text(), "Abandonnée");
        assert_eq!(
            term(fr, "Entities providing VET").text(),
            "Prestataires d'EFP"
        );
        assert_eq!(term(fr, "Something new"), Term::Dataset("Something new"));
        assert!(term(fr, "Something new").is_dataset());
    }

    #[test]
    fn every_value_of_the_bundled_dataset_is_known() {
        let data = crate::data::load::bundled();
        for m in &data.measures {
            let groups = m.target_groups.iter().map(|g| g.group.as_str());
            let values = m
                .timeline
                .iter()
                .map(|e| e.status.as_str())
                .chain(m.development_type.as_deref())
                .chain(m.entry_kind.as_deref())
                .chain(groups);
            for value in values {
                assert!(!term(&EN, value).is_dataset(), "{value} is not translated");
            }
        }
    }
}
