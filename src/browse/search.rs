//! Free-text search over the dataset: accent- and case-insensitive ("cite des metiers" finds
//! *Cité des métiers*), over titles and every text field, with the matches located in the
//! original text so they can be highlighted.
//!
//! Folding is done by a small table (Latin letters with diacritics, Greek and Cyrillic capitals)
//! rather than Unicode's full case and normalisation tables, which would cost more wasm than the
//! whole search (the case tables alone measured about 7 KB gzipped here).

use std::sync::OnceLock;

use crate::data::markup;
use crate::data::model::{Block, Dataset, ListItem, Measure};
use crate::text::plain::{find_str, part};

/// `c` folded for comparison: lowercase, without diacritics (`É` → `e`, `ß` → `ss`).
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let folded = match c {
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Ĉ' | 'ĉ' | 'Ċ' | 'ċ' | 'Č' | 'č' => "c",
        'Ď' | 'ď' | 'Đ' | 'đ' | 'Ð' | 'ð' => "d",
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ĕ' | 'ĕ' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' => {
            "e"
        }
        'Ĝ' | 'ĝ' | 'Ğ' | 'ğ' | 'Ġ' | 'ġ' | 'Ģ' | 'ģ' => "g",
        'Ĥ' | 'ĥ' | 'Ħ' | 'ħ' => "h",
        'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ' | 'ĩ' | 'Ī' | 'ī' | 'Ĭ' | 'ĭ' | 'Į' | 'į' | 'İ' | 'ı' => {
            "i"
        }
        'Ĵ' | 'ĵ' => "j",
        'Ķ' | 'ķ' => "k",
        'Ĺ' | 'ĺ' | 'Ļ' | 'ļ' | 'Ľ' | 'ľ' | 'Ŀ' | 'ŀ' | 'Ł' | 'ł' => "l",
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ņ' | 'ņ' | 'Ň' | 'ň' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ŏ' | 'ŏ' | 'Ő' | 'ő' => "o",
        'Œ' | 'œ' => "oe",
        'Ŕ' | 'ŕ' | 'Ŗ' | 'ŗ' | 'Ř' | 'ř' => "r",
        'Ś' | 'ś' | 'Ŝ' | 'ŝ' | 'Ş' | 'ş' | 'Š' | 'š' => "s",
        'ß' => "ss",
        'Ţ' | 'ţ' | 'Ť' | 'ť' | 'Ŧ' | 'ŧ' => "t",
        'Þ' | 'þ' => "th",
        'Ù'..='Ü'
        | 'ù'..='ü'
        | 'Ũ'
        | 'ũ'
        | 'Ū'
        | 'ū'
        | 'Ŭ'
        | 'ŭ'
        | 'Ů'
        | 'ů'
        | 'Ű'
        | 'ű'
        | 'Ų'
        | 'ų' => "u",
        'Ŵ' | 'ŵ' => "w",
        'Ý' | 'ý' | 'ÿ' | 'Ŷ' | 'ŷ' | 'Ÿ' => "y",
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => "z",
        // Curly quotes and dashes match their plain forms.
        '‘' | '’' | '‚' | '′' => "'",
        '“' | '”' | '„' | '″' => "\"",
        '‐' | '‑' | '‒' | '–' | '—' => "-",
        '\u{A0}' | '\u{202F}' => " ",
        // Combining diacritical marks vanish.
        '\u{300}'..='\u{36F}' => "",
        // Greek and Cyrillic capitals.
        'Α'..='Ω' | 'А'..='Я' => {
            out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c));
            return;
        }
        'Ѐ'..='Џ' => {
            out.push(char::from_u32(c as u32 + 0x50).unwrap_or(c));
            return;
        }
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(folded);
}

/// `text` folded for comparison (see [`fold_char`]), with runs of white space made one space.
pub fn fold(text: &str) -> String {
    fold_with_offsets(text).0
}

/// `text` folded, and for each byte of the folded text the byte offset of the original
/// character it came from (so matches can be mapped back), plus the original length at the end.
fn fold_with_offsets(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut offsets = Vec::with_capacity(text.len() + 1);
    let mut space = false;
    for (at, c) in text.char_indices() {
        if c.is_whitespace() {
            if !space && !out.is_empty() {
                out.push(' ');
                offsets.push(at);
            }
            space = true;
            continue;
        }
        space = false;
        let before = out.len();
        fold_char(c, &mut out);
        offsets.resize(out.len(), at);
        let _ = before;
    }
    offsets.push(text.len());
    (out, offsets)
}

/// How many times `needle` (not empty) occurs in `hay`, without overlaps, up to `max`.
fn count_str(hay: &str, needle: &str, max: usize) -> usize {
    let mut n = 0;
    let mut from = 0;
    while n < max {
        match find_str(part(hay, from, hay.len()), needle) {
            Some(at) => {
                n += 1;
                from += at + needle.len();
            }
            None => break,
        }
    }
    n
}

/// The places where the folded `query` occurs in `text`, as byte ranges of `text`.
pub fn find(text: &str, query: &str) -> Vec<(usize, usize)> {
    let query = fold(query.trim());
    if query.is_empty() {
        return Vec::new();
    }
    let (folded, offsets) = fold_with_offsets(text);
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = find_str(part(&folded, from, folded.len()), &query) {
        let start = from + at;
        let end = start + query.len();
        let original_end = offsets[end.min(offsets.len() - 1)];
        // The end is the start of the next original character.
        let original_end = if end < folded.len() {
            original_end
        } else {
            text.len()
        };
        out.push((offsets[start], original_end.max(offsets[start])));
        from = end;
    }
    out
}

/// A text cut into runs, each marked as a match or not: what a highlight shows.
pub fn highlight(text: &str, query: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end) in find(text, query) {
        if start < at {
            continue;
        }
        if start > at {
            out.push((part(text, at, start).to_owned(), false));
        }
        out.push((part(text, start, end).to_owned(), true));
        at = end;
    }
    if at < text.len() || out.is_empty() {
        out.push((part(text, at, text.len()).to_owned(), false));
    }
    out
}

/// Every text of a measure a reader can search, plain (without markup), title first.
pub fn texts(m: &Measure) -> Vec<String> {
    fn blocks(out: &mut Vec<String>, blocks: &[Block]) {
        for b in blocks {
            match b {
                Block::Paragraph { text } => out.push(markup::plain_text(text)),
                Block::List { items } => list(out, items),
            }
        }
    }
    fn list(out: &mut Vec<String>, items: &[ListItem]) {
        for i in items {
            out.push(markup::plain_text(&i.text));
            list(out, &i.sublist);
        }
    }
    let mut out = vec![m.title.clone(), m.country.clone()];
    out.extend(m.entry_kind.iter().cloned());
    out.extend(m.development_type.iter().cloned());
    for (_, section) in m.text_sections() {
        blocks(&mut out, section);
    }
    for e in &m.timeline {
        out.push(e.status.clone());
        out.extend(e.note.as_deref().map(markup::plain_text));
    }
    out.extend(m.bodies_responsible.iter().cloned());
    for g in &m.target_groups {
        out.push(g.group.clone());
        out.extend(g.members.iter().cloned());
    }
    out.extend(m.thematic_categories.iter().cloned());
    out.extend(m.subsystems.iter().cloned());
    out.extend(m.further_reading.iter().map(|r| r.title.clone()));
    out.extend(m.citation.iter().map(|c| markup::plain_text(&c.text)));
    out
}

/// The folded text of every measure, made once per dataset (at its first search: a view
/// without one never needs it), so a keystroke only compares.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchIndex {
    /// Per measure: its folded title, and all its folded texts joined.
    entries: OnceLock<Vec<(String, String)>>,
}

impl SearchIndex {
    /// The index of `data`, made now.
    pub fn new(data: &Dataset) -> Self {
        let index = SearchIndex::later();
        index.entries(data);
        index
    }

    /// An index made at the first search.
    pub fn later() -> Self {
        SearchIndex::default()
    }

    /// Whether it is made yet.
    pub fn is_made(&self) -> bool {
        self.entries.get().is_some()
    }

    fn entries(&self, data: &Dataset) -> &[(String, String)] {
        self.entries.get_or_init(|| {
            data.measures
                .iter()
                .map(|m| {
                    let all = texts(m);
                    (fold(&m.title), fold(&all.join("\n")))
                })
                .collect()
        })
    }

    /// How well measure `index` of `data` (the dataset this index is of) matches `query`
    /// (already folded): `None` if it does not; more for a match in the title, and for more
    /// matches.
    pub fn score(&self, data: &Dataset, index: usize, folded_query: &str) -> Option<u32> {
        if index >= data.measures.len() {
            return None;
        }
        if folded_query.is_empty() {
            return Some(0);
        }
        let (title, all) = self.entries(data).get(index)?;
        let words: Vec<&str> = folded_query.split(' ').filter(|w| !w.is_empty()).collect();
        let mut score = 0;
        // The whole query matches as a phrase, or every word matches somewhere.
        if find_str(all, folded_query).is_some() {
            score += 10 + count_str(all, folded_query, 20) as u32;
        } else if words.iter().all(|w| find_str(all, w).is_some()) {
            score += words.len() as u32;
        } else {
            return None;
        }
        if find_str(title, folded_query).is_some() {
            score += 100;
        }
        Some(score)
    }
}

/// A short excerpt of `texts` around the first match of `query`, for a result whose title does
/// not show why it matched.
pub fn excerpt(texts: &[String], query: &str) -> Option<String> {
    const AROUND: usize = 60;
    let text = texts.iter().find(|t| !find(t, query).is_empty())?;
    let (start, end) = find(text, query)[0];
    let mut from = start.saturating_sub(AROUND);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (end + AROUND).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    out.push_str(part(text, from, to).trim());
    if to < text.len() {
        out.push('…');
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_do_not_overlap() {
        assert_eq!(count_str("aaaa", "aa", 20), 2);
        assert_eq!(count_str("abab", "ab", 1), 1);
    }

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("Cité des Métiers"), "cite des metiers");
        assert_eq!(fold("Straße ÆØÅ Œuvre Ł"), "strasse aeoa oeuvre l");
        assert_eq!(fold("  two\n\tspaces  "), "two spaces ");
        assert_eq!(fold("ΑΒΓ АБВ Ёж"), "αβγ абв ёж");
        assert_eq!(fold("e\u{301}cole"), "ecole");
        assert_eq!(fold("‘my school’ – “job”"), "'my school' - \"job\"");
    }

    #[test]
    fn matches_are_found_in_the_original_text() {
        let text = "visits to the Cité des métiers or other schools";
        let ranges = find(text, "cite des metiers");
        assert_eq!(ranges.len(), 1);
        let (s, e) = ranges[0];
        assert_eq!(&text[s..e], "Cité des métiers");
        assert_eq!(find(text, "SCHOOLS"), vec![(text.len() - 7, text.len())]);
        assert!(find(text, "").is_empty());
        assert!(find(text, "nowhere").is_empty());
    }

    #[test]
    fn highlights_cut_the_text_into_runs() {
        assert_eq!(
            highlight("Straße and strasse", "STRASSE"),
            [
                ("Straße".to_owned(), true),
                (" and ".to_owned(), false),
                ("strasse".to_owned(), true)
            ]
        );
        assert_eq!(highlight("abc", "x"), [("abc".to_owned(), false)]);
        assert_eq!(highlight("", "x"), [(String::new(), false)]);
    }

    #[test]
    fn the_index_scores_title_matches_first() {
        let d = crate::data::load::example();
        let index = SearchIndex::new(&d);
        let q = fold("cite des metiers");
        assert!(index.score(&d, 0, &q).is_some(), "in 28020's description");
        assert_eq!(index.score(&d, 1, &q), None);
        let peq = fold("PEQ");
        assert!(
            index.score(&d, 1, &peq) > index.score(&d, 0, &peq),
            "in the PEQ's title"
        );
        // Words may match apart.
        assert!(index.score(&d, 2, &fold("walloon pact")).is_some());
        assert_eq!(index.score(&d, 2, &fold("walloon metiers")), None);
        assert_eq!(index.score(&d, 0, ""), Some(0));
    }

    #[test]
    fn a_score_counts_the_phrase_its_matches_the_words_and_the_title() {
        let d = crate::data::load::example();
        let index = SearchIndex::new(&d);
        let score = |i, q: &str| index.score(&d, i, &fold(q));
        // The phrase (10), each time it occurs (2 in the PEQ's texts), in the title (100).
        assert_eq!(score(1, "peq"), Some(10 + 2 + 100));
        assert_eq!(score(0, "peq"), Some(10 + 1));
        assert_eq!(score(0, "guidance"), Some(10 + 4 + 100));
        // No phrase: each word found somewhere counts one.
        assert_eq!(score(2, "walloon pact"), Some(2));
    }

    #[test]
    fn the_index_is_made_at_the_first_search() {
        let d = crate::data::load::example();
        let index = SearchIndex::later();
        assert_eq!(index.score(&d, 0, ""), Some(0));
        assert_eq!(index.score(&d, 3, ""), None, "no such measure");
        assert!(!index.is_made(), "a view without a search does not make it");
        assert!(index.score(&d, 0, &fold("cite des metiers")).is_some());
        assert!(index.is_made());
        assert_eq!(index, SearchIndex::new(&d));
    }

    #[test]
    fn excerpts_show_why_a_result_matched() {
        let d = crate::data::load::example();
        let e = excerpt(&texts(&d.measures[0]), "cite des metiers").expect("a match");
        assert!(e.contains("Cité des métiers"), "{e}");
        assert!(e.starts_with('…') && e.ends_with('…'), "{e}");
        assert!(e.chars().count() < 160);
    }
}
