//! What an editor runs to publish next year's update (native only): Cedefop's entry read from
//! the text of its page ([`entry`]) and made into the dataset ([`import`], `make import`), and a
//! dataset checked in an editor's words, by development, year and line ([`check`], `make
//! check-data`).

/// Where the entry's text the dataset was imported from is kept, beside it (as `make import`
/// leaves it, in `public/`; published with the dataset).
pub const ENTRY_PATH: &str = "data/entry.txt";

pub mod check;
pub mod entry;
pub mod import;

use crate::text::plain::nearest;
use crate::text::vocab::Stage;

/// Why `status` is not shown as a stage: it is none of Cedefop's seven, with the nearest of them
/// ("“Implemenation” is not one of Cedefop's seven stages: did you mean “Implementation”?").
/// `None` when it is one.
pub fn unknown_stage(status: &str) -> Option<String> {
    if Stage::of(status).is_some() {
        return None;
    }
    let stages = Stage::ALL.map(Stage::code);
    // A guess only where the status is a stage misspelt (a third of its letters at most).
    let guess = nearest(status.trim(), stages)
        .filter(|(stage, d)| *d <= stage.chars().count() / 3)
        .map_or(String::new(), |(stage, _)| {
            format!(": did you mean “{stage}”?")
        });
    Some(format!(
        "“{status}” is not one of Cedefop's seven stages ({}){guess}",
        stages.join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_stage_is_named_with_the_nearest() {
        assert_eq!(unknown_stage("Implementation"), None);
        assert_eq!(unknown_stage(" approved/agreed "), None);
        let message = unknown_stage("Implemenation").expect("unknown");
        assert!(
            message.starts_with("“Implemenation” is not one of Cedefop's seven stages (Design, "),
            "{message}"
        );
        assert!(
            message.ends_with(": did you mean “Implementation”?"),
            "{message}"
        );
        let message = unknown_stage("Legislativ proces").expect("unknown");
        assert!(message.ends_with("“Legislative process”?"), "{message}");
        let message = unknown_stage("Under review").expect("unknown");
        assert!(
            message.ends_with("Discontinued, Completed)"),
            "no guess: {message}"
        );
    }
}
