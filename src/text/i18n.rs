//! Interface strings, in Belgium's languages and English: one table per language. Every string
//! a reader sees that does not come from the dataset is here; the dataset's own text is English
//! and is marked `lang="en"` wherever it appears.
//!
//! English is built in ([`EN`]). French, Dutch and German are tables of the same keys in
//! `public/i18n/*.json`, fetched only by a reader who needs them: built in, they cost about
//! 5 KB of gzipped wasm on every first visit (measured). The tests read each file and fail when
//! a key is missing or empty, or when a string's placeholders (`{year}`, ...) differ from
//! English.

use std::cell::Cell;

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English (the default).
    #[default]
    En,
    /// French.
    Fr,
    /// Dutch.
    Nl,
    /// German.
    De,
}

impl Lang {
    /// Every language, in the order the language switch shows them.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fr, Lang::Nl, Lang::De];

    /// The language's code (BCP 47), as in `?lang=` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Nl => "nl",
            Lang::De => "de",
        }
    }

    /// The language's name, in itself.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Nl => "Nederlands",
            Lang::De => "Deutsch",
        }
    }

    /// The locale a link preview names (Open Graph's `og:locale`): Belgium's, and the EU's English.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::En => "en_GB",
            Lang::Fr => "fr_BE",
            Lang::Nl => "nl_BE",
            Lang::De => "de_BE",
        }
    }

    /// The language of a code such as `fr`, `nl-BE` or `DE` (its primary subtag counts).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The interface strings of this language: English until they are loaded.
    pub fn strings(self) -> &'static Strings {
        self.loaded().unwrap_or(&EN)
    }

    /// The interface strings of this language, if they are here (English always is).
    pub fn loaded(self) -> Option<&'static Strings> {
        match self {
            Lang::En => Some(&EN),
            _ => LOADED.with(|l| l[self as usize].get()),
        }
    }

    /// Where the table of this language is, in the app's folder.
    pub fn file(self) -> String {
        format!("i18n/{}.json", self.code())
    }

    /// Keeps `strings` as this language's table, for the life of the page.
    pub fn install(self, strings: Strings) {
        let strings: &'static Strings = Box::leak(Box::new(strings));
        LOADED.with(|l| l[self as usize].set(Some(strings)));
    }
}

thread_local! {
    /// The tables loaded so far, by language.
    static LOADED: [Cell<Option<&'static Strings>>; 4] = const {
        [Cell::new(None), Cell::new(None), Cell::new(None), Cell::new(None)]
    };
}

/// `n` written for `lang`: thousands grouped as its readers expect (1,000 · 1 000 · 1.000).
pub fn format_number(n: usize, lang: Lang) -> String {
    let separator = match lang {
        Lang::En => ",",
        Lang::Fr => "\u{202F}",
        Lang::Nl | Lang::De => ".",
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + 4);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

/// The text of a translation file (`public/i18n/*.json`): one flat JSON object of strings, whose
/// nested tables' keys are prefixed with the table's name (`"sections.cite_as"`). (Flat: read as
/// a map of strings, smaller in the wasm than JSON values of any shape, measured.)
pub type Table = std::collections::HashMap<String, String>;

/// Why a translation file cannot be used (the interface then stays in English).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TableError {
    /// It is not a JSON object of strings (the parser's explanation, with line and column).
    #[error("the translation file is not a JSON object of strings: {0}")]
    Malformed(String),
    /// It lacks a key, or leaves it empty (the key).
    #[error("the translation file has no text for `{0}`: copy it from English and translate it")]
    Missing(String),
}

/// The interface strings of a language, from the text of its translation file.
pub fn parse_table(text: &str) -> Result<Strings, TableError> {
    let table: Table = serde_json::from_str(text)
        .map_err(|e| TableError::Malformed(crate::text::plain::cut(&e.to_string(), 200)))?;
    Strings::from_table(&table, "").map_err(TableError::Missing)
}

/// Declares a table of interface strings: the struct, the list of its keys, and how to read it
/// from a translation file's [`Table`].
macro_rules! string_table {
    ($(#[$meta:meta])* $table:ident { $($(#[doc = $doc:literal])* $name:ident,)* } $($(#[doc = $nested_doc:literal])* $nested:ident: $nested_table:ident,)*) => {
        $(#[$meta])*
        #[derive(Debug)]
        pub struct $table {
            $($(#[doc = $doc])* pub $name: &'static str,)*
            $($(#[doc = $nested_doc])* pub $nested: $nested_table,)*
        }

        impl $table {
            /// The keys of the table, in order (nested tables not included).
            pub const KEYS: &'static [&'static str] = &[$(stringify!($name)),*];

            /// The string of `key`, if the table has it.
            pub fn get(&self, key: &str) -> Option<&'static str> {
                match key {
                    $(stringify!($name) => Some(self.$name),)*
                    _ => None,
                }
            }

            /// Reads the table from a translation file's `table` (its keys prefixed with `prefix`),
            /// naming the first key that is missing or empty. The strings are kept for the life
            /// of the page (a language is read once).
            pub fn from_table(table: &Table, prefix: &str) -> Result<$table, String> {
                let mut values = Vec::with_capacity(Self::KEYS.len());
                for key in Self::KEYS {
                    let full = format!("{prefix}{key}");
                    match table.get(&full) {
                        Some(s) if !s.trim().is_empty() => {
                            values.push(&*Box::leak(s.clone().into_boxed_str()))
                        }
                        _ => return Err(full),
                    }
                }
                let mut values = values.into_iter();
                Ok($table {
                    $($name: values.next().unwrap_or_default(),)*
                    $($nested: $nested_table::from_table(
                        table,
                        &format!("{prefix}{}.", stringify!($nested)),
                    )?,)*
                })
            }
        }
    };
}

string_table! {
    /// The interface strings of one language.
    Strings {
        /// The app's name, the page's `h1`.
        app_title,
        /// A label and its text in one line (`{label}`, `{text}`): "Subsystem: CVET" (French
        /// typography puts a narrow no-break space before the colon).
        labelled,
        /// Under the title: what the timeline is and how to use it; `{first}`–`{last}` are its
        /// years.
        app_lead,
        /// Label of the language switch.
        language,
        /// The link that skips to the open entry.
        skip_to_entry,
        /// Shown while the dataset loads.
        loading,
        /// Heading of the view shown when the dataset cannot be shown.
        load_failed_title,
        /// The dataset could not be downloaded: `{detail}`.
        error_unreachable,
        /// The dataset file is missing (HTTP 404): `{path}`.
        error_missing,
        /// The server answered with an error: `{status}`.
        error_status,
        /// The dataset file is too large: `{bytes}`, `{limit}`.
        error_too_large,
        /// The dataset file is not a dataset: `{detail}`.
        error_malformed,
        /// Summary when the dataset fails validation; followed by the list of problems.
        dataset_invalid,
        /// Shown when the dataset holds no measure.
        dataset_empty,
        /// Button that loads the dataset again.
        retry,
        /// Heading of the timeline: `{from}` and `{to}`, the years on its axis.
        timeline_title,
        /// How to read the timeline and move in it.
        timeline_help,
        /// The disclosure holding [`Strings::timeline_help`].
        keyboard_help_title,
        /// Accessible name of a year's control, which its row and column headers (the
        /// development, the year) complete: `{status}` and `{note}` ([`Strings::with_note`] or
        /// nothing).
        cell_label,
        /// Added to a year cell's name when the year has a note.
        with_note,
        /// Heading of the timeline's key.
        key_title,
        /// Key entry for the note marker.
        key_note,
        /// Key entry for an empty cell.
        key_empty,
        /// Label of a year's status.
        status,
        /// Label of a year's note.
        note,
        /// Said of a year with a status and no note.
        no_note,
        /// Link from a year card to its measure's full card.
        full_entry,
        /// Link to the previous year: `{year}`.
        previous_year,
        /// Link to the next year: `{year}`.
        next_year,
        /// Label of the year navigation of a year card.
        year_navigation,
        /// On a related development's card: the measures that list it as related.
        listed_as_related_by,
        /// In print: the label of the link to the entry.
        print_link,
        /// Heading of the not-found view: `{id}`.
        not_found_title,
        /// Text of the not-found view.
        not_found_text,
        /// Notice: the link's year `{year}` is not a year of the timeline (`{first}`–`{last}`).
        notice_year_ignored,
        /// Notice: the entry has no status for `{year}`.
        notice_year_not_in_entry,
        /// The link's year range ran backwards: `{from}`, `{to}` as given.
        notice_range_reversed,
        /// The link's language is not one the interface speaks: `{lang}` as given.
        notice_lang_ignored,
        /// Notice: the link's first year (`from`) `{year}` is not a timeline year.
        notice_from_ignored,
        /// Notice: the link's last year (`to`) `{year}` is not a timeline year.
        notice_to_ignored,
        /// Notice: the link's colours `{scheme}` are not light, dark or auto.
        notice_scheme_ignored,
        /// Said when the dataset takes long to arrive (with a retry button).
        loading_slow,
        /// In print, the active filters of a search view, in one line: `{filters}`.
        printed_filters,
        /// Before the download links: what they download.
        download_label,
        /// After "CSV", for screen readers: what the file holds.
        download_csv_hint,
        /// After "JSON", for screen readers: what the file holds.
        download_json_hint,
        /// The embed dialog's choice of colours, and its three options.
        embed_colours,
        /// Light colours (an embed's default).
        colours_light,
        /// Dark colours.
        colours_dark,
        /// The reader's setting.
        colours_auto,
        /// Under a related development's name: the measure it relates to, `{title}`.
        related_to,
        /// Button copying the link to the current view.
        copy_link,
        /// Button copying the citation.
        copy_citation,
        /// Said once the link is copied.
        link_copied,
        /// Said once the citation is copied.
        citation_copied,
        /// Before the citation's files for reference managers (RIS, BibTeX).
        citation_files,
        /// Said when the browser refused to copy; the text is then shown to copy by hand.
        copy_refused,
        /// The button that shows the embed codes.
        embed,
        /// What the embed codes are for.
        embed_help,
        /// Label of the script embed code.
        embed_script,
        /// Label of the frame embed code.
        embed_iframe,
        /// The embed dialog's choice of the column's width its preview is shown at.
        embed_width,
        /// A width in CSS pixels: `{width}`.
        width_pixels,
        /// The width of the editor's own screen, `{width}` px.
        width_screen,
        /// The preview frame's title (the column's width is said under it).
        embed_preview,
        /// What the codes' height is for: `{height}` px, the view's in a column `{width}` px wide.
        embed_height,
        /// Said while the preview in a column `{width}` px wide is measured.
        embed_measuring,
        /// Button copying an embed code.
        copy_code,
        /// Said once an embed code is copied.
        code_copied,
        /// In embed mode: the link to the full page.
        open_full_view,
        /// Said of a link that opens a new tab.
        new_tab,
        /// Heading of the search and filters.
        browse_title,
        /// Label of the search field.
        search_label,
        /// The disclosure holding the facets.
        filters_title,
        /// The country facet.
        facet_country,
        /// The year range.
        years,
        /// First year of the range.
        from,
        /// Last year of the range.
        to,
        /// Button clearing every filter.
        clear_all,
        /// How many developments are shown: `{shown}` of `{total}`.
        count_other,
        /// The same, when the dataset holds one development.
        count_one,
        /// Said when the filters leave nothing.
        no_results,
        /// Button removing `{filter}`, which would leave `{count}` developments.
        remove_filter,
        /// The search, as a filter: `{q}`.
        filter_query,
        /// The year range, as a filter: `{from}`, `{to}`.
        filter_years,
        /// Button showing `{n}` more lanes, `{left}` being hidden.
        show_more,
        /// Banner over a synthetic (test) dataset (and its footer).
        synthetic,
        /// The page's footer: where its content comes from.
        footer,
        /// Shown where scripts are off, above the page written out at build time.
        no_script,
        /// Announced when a measure's card opens: `{title}`.
        announce_measure,
        /// Announced when a year's card opens: `{year}`, `{status}`, `{title}`.
        announce_year,
        /// The page title: `{view}` is the card's title.
        document_title,
    }
    /// Section headings of a measure's card.
    sections: Sections,
    /// The controlled vocabularies, as interface words (see [`crate::text::vocab`]).
    vocab: Vocabulary,
}

string_table! {
    /// The controlled vocabularies of the dataset, in one consistent case: statuses, types of
    /// development, the kind of entry, target-group headings.
    Vocabulary {
        /// Stage "Design".
        design,
        /// Stage "Legislative process".
        legislative_process,
        /// Stage "Approved/Agreed" (also written "Approved").
        approved,
        /// Stage "Pilot".
        pilot,
        /// Stage "Implementation".
        implementation,
        /// Stage "Discontinued".
        discontinued,
        /// Stage "Completed".
        completed,
        /// Type "PRACTICAL MEASURE/INITIATIVE".
        practical_measure,
        /// Type "Regulation/Legislation".
        regulation,
        /// Type "Strategy/Action plan".
        strategy,
        /// Entry kind "POLICY DEVELOPMENT".
        policy_development,
        /// Target group "Learners".
        learners,
        /// Target group "Entities providing VET".
        entities_providing_vet,
    }
}

string_table! {
    /// The headings of a measure's card.
    Sections {
        /// "Timeline".
        timeline,
        /// "ID number", followed by the number.
        id_number,
        /// "Background".
        background,
        /// "Objectives".
        objectives,
        /// "Description".
        description,
        /// "Bodies responsible".
        bodies_responsible,
        /// "Target group".
        target_group,
        /// "Thematic categories".
        thematic_categories,
        /// "Subsystem".
        subsystem,
        /// "Further reading".
        further_reading,
        /// "Related policy developments".
        related,
        /// "Type of development".
        development_type,
        /// "Cite as".
        cite_as,
    }
}

/// Fills the `{name}` placeholders of `template` with `values`.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    // Split at each `{`, never slicing inside a character (see `plain::part`).
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        match after.split_once('}') {
            Some((name, next)) => {
                match values.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = next;
            }
            None => {
                out.push('{');
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// English.
pub static EN: Strings = Strings {
    app_title: "VET policy timeline",
    labelled: "{label}: {text}",
    app_lead: "Policy developments in vocational education and training, {first}–{last}, from Cedefop's Timeline of VET policies in Europe. Select a year or a development to read its entry.",
    language: "Language",
    skip_to_entry: "Skip to the open entry",
    loading: "Loading the timeline…",
    load_failed_title: "The timeline cannot be shown",
    error_unreachable: "The timeline's data could not be downloaded ({detail}). Check your connection and try again.",
    error_missing: "The timeline's data file ({path}) was not found on the server (HTTP 404). Whoever publishes this page should check that the data folder was deployed with the app.",
    error_status: "The server did not deliver the timeline's data (HTTP {status}). Try again in a moment.",
    error_too_large: "The timeline's data file is too large to show ({bytes} bytes; the limit is {limit}).",
    error_malformed: "The timeline's data file is damaged and cannot be read: {detail}.",
    dataset_invalid: "The timeline's data file has problems, so it is not shown. Whoever publishes this page should correct these:",
    dataset_empty: "This timeline's data file holds no policy development yet.",
    retry: "Try again",

    timeline_title: "Timeline {from}–{to}",
    keyboard_help_title: "How to use the timeline, with a keyboard too",
    timeline_help: "Each row is a policy development and each column a year. Select a year to read its status and note, or the name of a development to read its full entry. With the keyboard: Tab moves between developments, the arrow keys between years and developments, Home and End to the first and last year, Enter opens.",
    cell_label: "{status}{note}",
    with_note: ", with a note",
    key_title: "Key",
    key_note: "Year with a note",
    key_empty: "No information for that year",

    vocab: Vocabulary {
        design: "Design",
        legislative_process: "Legislative process",
        approved: "Approved/agreed",
        pilot: "Pilot",
        implementation: "Implementation",
        discontinued: "Discontinued",
        completed: "Completed",
        practical_measure: "Practical measure/initiative",
        regulation: "Regulation/legislation",
        strategy: "Strategy/action plan",
        policy_development: "Policy development",
        learners: "Learners",
        entities_providing_vet: "Entities providing VET",
    },
    sections: Sections {
        timeline: "Timeline",
        id_number: "ID number",
        background: "Background",
        objectives: "Objectives",
        description: "Description",
        bodies_responsible: "Bodies responsible",
        target_group: "Target group",
        thematic_categories: "Thematic categories",
        subsystem: "Subsystem",
        further_reading: "Further reading",
        related: "Related policy developments",
        development_type: "Type of development",
        cite_as: "Cite as",
    },
    status: "Status",
    note: "Note",
    no_note: "The entry gives no note for this year.",
    full_entry: "Read the full entry",
    previous_year: "Previous year: {year}",
    next_year: "Next year: {year}",
    year_navigation: "Other years",
    listed_as_related_by: "Listed as a related development of",
    print_link: "Link to this entry:",

    not_found_title: "No development “{id}” in this timeline",
    not_found_text: "The link asks for a policy development that this timeline does not hold. These are the developments it holds:",
    notice_year_ignored: "The year “{year}” in the link is not a year of this timeline ({first}–{last}), so it was ignored.",
    notice_year_not_in_entry: "This entry gives no status for {year}, so the full entry is shown.",
    notice_range_reversed: "The year range in the link ({from} to {to}) ran backwards, so it is shown as {to}–{from}.",
    related_to: "Related to: {title}",
    loading_slow: "Loading the timeline is taking long. Check your connection, or try again.",
    printed_filters: "Filters: {filters}",
    download_label: "Download:",
    download_csv_hint: " of these developments (a table, a row per year)",
    download_json_hint: " of these developments (this timeline's data format)",
    notice_lang_ignored: "The language “{lang}” in the link is not one this timeline speaks (English, Français, Nederlands, Deutsch), so it is shown in English.",
    notice_from_ignored: "The first year “{year}” in the link is not a year of this timeline ({first}–{last}), so it was ignored.",
    notice_to_ignored: "The last year “{year}” in the link is not a year of this timeline ({first}–{last}), so it was ignored.",
    notice_scheme_ignored: "The colours “{scheme}” in the link are not ones this timeline offers (light, dark, auto), so it shows its usual colours.",
    embed_colours: "Colours",
    colours_light: "Light (suits most pages)",
    colours_dark: "Dark",
    colours_auto: "As the reader's device is set",

    copy_link: "Copy link",
    copy_citation: "Copy citation",
    link_copied: "Link copied.",
    citation_copied: "Citation copied.",
    citation_files: "For a reference manager:",
    copy_refused: "Your browser did not allow copying. Select the text below and copy it:",

    embed: "Embed",
    embed_help: "Copy one of these into your page. The script sizes the frame to its content; the frame alone suits pages that allow no scripts.",
    embed_script: "With a script (resizes itself)",
    embed_iframe: "Frame only (no script)",
    embed_width: "Width of the column it will be in",
    width_pixels: "{width} px",
    width_screen: "As wide as this screen ({width} px)",
    embed_preview: "Preview of the embedded view",
    embed_height: "The codes' height, {height} px, is this view's in a column {width} px wide: the frame takes that room from the start, and the script then fits it to the column it is really in.",
    embed_measuring: "Measuring the view in a column {width} px wide…",
    copy_code: "Copy code",
    code_copied: "Code copied.",
    open_full_view: "Open in full view",
    new_tab: "(opens in a new tab)",

    browse_title: "Find developments",
    search_label: "Search titles and texts",
    filters_title: "Filters",
    facet_country: "Country",
    years: "Years",
    from: "From",
    to: "To",
    clear_all: "Clear all filters",
    count_other: "{shown} of {total} developments",
    count_one: "{shown} of {total} development",
    no_results: "No development matches all these filters.",
    remove_filter: "Remove “{filter}” ({count} found)",
    filter_query: "search: {q}",
    filter_years: "years {from}–{to}",
    show_more: "Show {n} more ({left} not shown)",
    synthetic: "Synthetic test data: these developments are invented, for testing only. They are not Cedefop's.",
    footer: "Source: Cedefop and ReferNet, Timeline of VET policies in Europe.",
    no_script: "The interactive timeline needs JavaScript and WebAssembly. Without them, this page reads as text, and its links lead to each view's page.",

    announce_measure: "Showing the full entry: {title}.",
    announce_year: "Showing {year}: {status} – {title}.",
    document_title: "{view} – VET policy timeline",
};

/// A bundled translation, read from its file (for tests).
#[cfg(test)]
pub(crate) fn bundled(lang: Lang) -> &'static Strings {
    let text = match lang {
        Lang::En => return &EN,
        Lang::Fr => include_str!("../../public/i18n/fr.json"),
        Lang::Nl => include_str!("../../public/i18n/nl.json"),
        Lang::De => include_str!("../../public/i18n/de.json"),
    };
    let table: Table = serde_json::from_str(text).expect("the translation is a table");
    let strings = Strings::from_table(&table, "")
        .unwrap_or_else(|key| panic!("{}: `{key}` is missing or empty", lang.code()));
    Box::leak(Box::new(strings))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(text: &str) -> Vec<&str> {
        let mut out: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}').map(|(name, _)| name))
            .collect();
        out.sort_unstable();
        out
    }

    #[test]
    fn every_language_has_every_string_with_the_same_placeholders() {
        for lang in Lang::ALL {
            // `bundled` fails, naming the key, if one is missing or empty.
            let table = bundled(lang);
            for key in Strings::KEYS {
                let (text, en) = (
                    table.get(key).unwrap_or_default(),
                    EN.get(key).unwrap_or_default(),
                );
                assert_eq!(
                    placeholders(text),
                    placeholders(en),
                    "{}: {key} has other placeholders than English",
                    lang.code()
                );
            }
            for key in Sections::KEYS {
                assert!(table.sections.get(key).is_some_and(|s| !s.is_empty()));
            }
        }
    }

    #[test]
    fn french_puts_a_narrow_no_break_space_before_two_part_punctuation() {
        let fr = bundled(Lang::Fr);
        for key in Strings::KEYS {
            let text = fr.get(key).unwrap_or_default();
            for (i, c) in text.char_indices() {
                let before = text[..i].chars().next_back();
                if matches!(c, ':' | ';' | '!' | '?' | '»') {
                    assert!(
                        before.is_none_or(|b| !b.is_whitespace() || b == '\u{202f}'),
                        "fr {key}: {text}"
                    );
                }
                if c == '«' {
                    let after = text[i + c.len_utf8()..].chars().next();
                    assert_eq!(after, Some('\u{202f}'), "fr {key}: {text}");
                }
            }
        }
        assert_eq!(
            fill(fr.labelled, &[("label", "Statut"), ("text", "Abandonnée")]),
            "Statut\u{202f}: Abandonnée"
        );
        assert_eq!(
            fill(
                EN.labelled,
                &[("label", "Status"), ("text", "Discontinued")]
            ),
            "Status: Discontinued"
        );
    }

    #[test]
    fn a_broken_translation_file_is_said_to_be_one() {
        let missing = parse_table(r#"{"app_title": "T"}"#).expect_err("incomplete");
        assert_eq!(missing, TableError::Missing("labelled".to_owned()));
        assert_eq!(
            missing.to_string(),
            "the translation file has no text for `labelled`: copy it from English and translate it"
        );
        let malformed = parse_table("[1]").expect_err("not a table").to_string();
        assert!(
            malformed.starts_with("the translation file is not a JSON object of strings: "),
            "{malformed}"
        );
        assert!(!malformed.contains("data file"), "{malformed}");
    }

    #[test]
    fn a_missing_key_is_named() {
        let table: Table = serde_json::from_str(r#"{"app_title": "T"}"#).expect("JSON");
        assert_eq!(Strings::from_table(&table, "").unwrap_err(), "labelled");
        let mut text = include_str!("../../public/i18n/fr.json").to_owned();
        text = text.replace("\"sections.cite_as\"", "\"sections.cite_az\"");
        let table: Table = serde_json::from_str(&text).expect("JSON");
        assert_eq!(
            Strings::from_table(&table, "").unwrap_err(),
            "sections.cite_as"
        );
    }

    #[test]
    fn loaded_languages_replace_english() {
        assert!(std::ptr::eq(Lang::De.strings(), &EN), "not loaded yet");
        let table: Table =
            serde_json::from_str(include_str!("../../public/i18n/de.json")).expect("JSON");
        Lang::De.install(Strings::from_table(&table, "").expect("complete"));
        assert_eq!(
            Lang::De.strings().app_title,
            "Zeitleiste der Berufsbildungspolitik"
        );
        assert!(Lang::De.loaded().is_some());
    }

    #[test]
    fn languages_by_code() {
        assert_eq!(Lang::from_code("fr"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("nl-BE"), Some(Lang::Nl));
        assert_eq!(Lang::from_code("DE_de"), Some(Lang::De));
        assert_eq!(Lang::from_code("es"), None);
        assert_eq!(Lang::from_code(""), None);
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
    }

    #[test]
    fn numbers_are_grouped_for_the_language() {
        assert_eq!(format_number(7, Lang::En), "7");
        assert_eq!(format_number(1000, Lang::En), "1,000");
        assert_eq!(format_number(1234567, Lang::En), "1,234,567");
        assert_eq!(format_number(1000, Lang::Fr), "1\u{202F}000");
        assert_eq!(format_number(2000, Lang::Nl), "2.000");
        assert_eq!(format_number(999, Lang::De), "999");
        assert_eq!(format_number(12000, Lang::De), "12.000");
    }

    #[test]
    fn fill_replaces_placeholders() {
        assert_eq!(
            fill(
                "{year}: {status}{note} – {title}",
                &[
                    ("year", "2019"),
                    ("status", "Implementation"),
                    ("note", ", with a note"),
                    ("title", "Measures")
                ]
            ),
            "2019: Implementation, with a note – Measures"
        );
    }

    #[test]
    fn fill_leaves_unknown_or_unclosed_braces() {
        assert_eq!(fill("{a} {b} {", &[("a", "x")]), "x {b} {");
        assert_eq!(fill("no placeholder", &[]), "no placeholder");
        assert_eq!(fill("{a}{a}", &[("a", "{a}")]), "{a}{a}");
    }
}
