//! The dataset's controlled vocabularies (statuses, types of development, the kind of entry,
//! target-group headings) as interface words: translated, in one consistent case. A value the
//! interface does not know is shown as the dataset writes it, marked as English. A status is one
//! of Cedefop's seven [`Stage`]s of a policy's life.

use crate::text::i18n::Strings;

/// A vocabulary value as shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wording<'a> {
    /// An interface word, in the page's language.
    Interface(&'static str),
    /// The dataset's own words (English).
    Dataset(&'a str),
}

impl<'a> Wording<'a> {
    /// The words.
    pub fn text(self) -> &'a str {
        match self {
            Wording::Interface(t) => t,
            Wording::Dataset(t) => t,
        }
    }

    /// Whether the words are the dataset's English (to mark `lang="en"`).
    pub fn is_dataset(self) -> bool {
        matches!(self, Wording::Dataset(_))
    }
}

/// `raw` in lower case, its spaces folded: the key a vocabulary value is known by.
fn key(raw: &str) -> String {
    raw.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A stage of a policy's life, as Cedefop's *Timeline of VET policies in Europe* follows each
/// development: the statuses of its years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    /// "Design".
    Design,
    /// "Legislative process".
    LegislativeProcess,
    /// "Approved/Agreed" (or "Approved").
    Approved,
    /// "Pilot".
    Pilot,
    /// "Implementation".
    Implementation,
    /// "Discontinued".
    Discontinued,
    /// "Completed".
    Completed,
}

impl Stage {
    /// Every stage, in the order of a policy's life.
    pub const ALL: [Stage; 7] = [
        Stage::Design,
        Stage::LegislativeProcess,
        Stage::Approved,
        Stage::Pilot,
        Stage::Implementation,
        Stage::Discontinued,
        Stage::Completed,
    ];

    /// The stage a status names, if any (case and spacing do not matter).
    pub fn of(status: &str) -> Option<Stage> {
        Some(match key(status).as_str() {
            "design" => Stage::Design,
            "legislative process" => Stage::LegislativeProcess,
            "approved" | "approved/agreed" => Stage::Approved,
            "pilot" => Stage::Pilot,
            "implementation" => Stage::Implementation,
            "discontinued" => Stage::Discontinued,
            "completed" => Stage::Completed,
            _ => return None,
        })
    }

    /// The stage's name in Cedefop's English, as a link's `status=` writes it.
    pub fn code(self) -> &'static str {
        match self {
            Stage::Design => "Design",
            Stage::LegislativeProcess => "Legislative process",
            Stage::Approved => "Approved/Agreed",
            Stage::Pilot => "Pilot",
            Stage::Implementation => "Implementation",
            Stage::Discontinued => "Discontinued",
            Stage::Completed => "Completed",
        }
    }

    /// The stage's name in the interface's language.
    pub fn name(self, t: &Strings) -> &'static str {
        let v = &t.vocab;
        match self {
            Stage::Design => v.design,
            Stage::LegislativeProcess => v.legislative_process,
            Stage::Approved => v.approved,
            Stage::Pilot => v.pilot,
            Stage::Implementation => v.implementation,
            Stage::Discontinued => v.discontinued,
            Stage::Completed => v.completed,
        }
    }
}

/// Any vocabulary value: a status, a type of development, a kind of entry, a target group.
pub fn term<'a>(t: &Strings, raw: &'a str) -> Wording<'a> {
    if let Some(stage) = Stage::of(raw) {
        return Wording::Interface(stage.name(t));
    }
    let v = &t.vocab;
    let known = match key(raw).as_str() {
        "practical measure/initiative" => v.practical_measure,
        "regulation/legislation" => v.regulation,
        "strategy/action plan" => v.strategy,
        "policy development" => v.policy_development,
        "learners" => v.learners,
        "entities providing vet" => v.entities_providing_vet,
        _ => return Wording::Dataset(raw),
    };
    Wording::Interface(known)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::i18n::{bundled, Lang, EN};

    #[test]
    fn vocabularies_are_interface_words_in_one_case() {
        assert_eq!(
            term(&EN, "PRACTICAL MEASURE/INITIATIVE"),
            Wording::Interface("Practical measure/initiative")
        );
        assert_eq!(
            term(&EN, "Regulation/Legislation"),
            Wording::Interface("Regulation/legislation")
        );
        assert_eq!(
            term(&EN, "POLICY DEVELOPMENT"),
            Wording::Interface("Policy development")
        );
        let fr = bundled(Lang::Fr);
        assert_eq!(term(fr, "Implementation").text(), "Mise en œuvre");
        assert_eq!(term(fr, "Discontinued").text(), "Abandonnée");
        assert_eq!(
            term(fr, "Entities providing VET").text(),
            "Prestataires d'EFP"
        );
        assert_eq!(term(fr, "Something new"), Wording::Dataset("Something new"));
        assert!(term(fr, "Something new").is_dataset());
    }

    #[test]
    fn the_seven_stages_are_known_in_every_language() {
        let raw = [
            "Design",
            "Legislative process",
            "Approved/Agreed",
            "Pilot",
            "Implementation",
            "Discontinued",
            "Completed",
        ];
        let stages: Vec<Option<Stage>> = raw.iter().map(|s| Stage::of(s)).collect();
        assert_eq!(stages, Stage::ALL.map(Some));
        assert_eq!(Stage::of(" APPROVED "), Some(Stage::Approved));
        for stage in Stage::ALL {
            assert_eq!(Stage::of(stage.code()), Some(stage));
        }
        assert_eq!(Stage::of("approved/ agreed"), None);
        assert_eq!(Stage::of("Under review"), None);
        for lang in crate::text::i18n::Lang::ALL {
            let t = bundled(lang);
            let names: Vec<&str> = Stage::ALL.iter().map(|s| s.name(t)).collect();
            for (i, name) in names.iter().enumerate() {
                assert!(!names[..i].contains(name), "{lang:?}: {name} twice");
            }
            if lang != Lang::En {
                for (stage, english) in Stage::ALL.iter().zip(raw) {
                    assert_ne!(stage.name(t), english, "{lang:?}: {english} untranslated");
                }
            }
        }
        assert_eq!(term(&EN, "Approved").text(), "Approved/agreed");
        assert_eq!(term(&EN, "Approved/Agreed").text(), "Approved/agreed");
    }

    #[test]
    fn every_value_of_the_bundled_dataset_is_known() {
        let data = crate::data::load::example();
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
