//! The dataset's tiny inline markup, parsed into plain segments that are rendered as text.
//!
//! Dataset text is never injected as HTML. The only markup is:
//! - `*words*`: emphasis (the source's italics, e.g. *Cité des métiers*);
//! - `[words](measure:ID)`: a link to another measure of the dataset;
//! - `\` before any character: that character, literally (`\*` is an asterisk).
//!
//! Anything else, including an unclosed `*` or `[`, is literal text. Parsing never fails.

/// One run of inline text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    /// Plain text.
    Text(String),
    /// Emphasised text.
    Emphasis(String),
    /// A link to the measure with id `target`, showing `text`.
    MeasureLink {
        /// The linked measure's id.
        target: String,
        /// The link text.
        text: String,
    },
}

/// The URL scheme of links to measures inside the markup.
const MEASURE_SCHEME: &str = "measure:";

/// Parses `src` into runs of text. Adjacent plain runs are merged.
pub fn parse(src: &str) -> Vec<Inline> {
    // Most of a dataset's texts have no markup: they are read as they are, without copying
    // them character by character.
    // (A byte test: a pattern of chars would bring `str`'s searchers into the wasm, 1 KB.)
    if !src.bytes().any(|b| matches!(b, b'\\' | b'*' | b'[')) {
        return if src.is_empty() {
            Vec::new()
        } else {
            vec![Inline::Text(src.to_owned())]
        };
    }
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\\' if i + 1 < chars.len() => {
                text.push(chars[i + 1]);
                i += 2;
            }
            '*' => match read_until(&chars, i + 1, '*') {
                Some((inner, next)) if !inner.is_empty() => {
                    flush(&mut out, &mut text);
                    out.push(Inline::Emphasis(inner));
                    i = next;
                }
                _ => {
                    text.push('*');
                    i += 1;
                }
            },
            '[' => match read_link(&chars, i) {
                Some((link, next)) => {
                    flush(&mut out, &mut text);
                    out.push(link);
                    i = next;
                }
                None => {
                    text.push('[');
                    i += 1;
                }
            },
            c => {
                text.push(c);
                i += 1;
            }
        }
    }
    flush(&mut out, &mut text);
    out
}

/// The text of `src` as a reader sees it, without markup.
pub fn plain_text(src: &str) -> String {
    parse(src)
        .into_iter()
        .map(|run| match run {
            Inline::Text(t) | Inline::Emphasis(t) => t,
            Inline::MeasureLink { text, .. } => text,
        })
        .collect()
}

/// The ids of the measures that `src` links to.
pub fn link_targets(src: &str) -> Vec<String> {
    if !src.as_bytes().contains(&b'[') {
        return Vec::new();
    }
    parse(src)
        .into_iter()
        .filter_map(|run| match run {
            Inline::MeasureLink { target, .. } => Some(target),
            _ => None,
        })
        .collect()
}

fn flush(out: &mut Vec<Inline>, text: &mut String) {
    if !text.is_empty() {
        out.push(Inline::Text(std::mem::take(text)));
    }
}

/// Reads unescaped text from `start` up to the next unescaped `end`; returns it and the index
/// after `end`, or `None` when there is no `end`.
fn read_until(chars: &[char], start: usize, end: char) -> Option<(String, usize)> {
    let mut s = String::new();
    let mut i = start;
    while i < chars.len() {
        match chars[i] {
            '\\' if i + 1 < chars.len() => {
                s.push(chars[i + 1]);
                i += 2;
            }
            c if c == end => return Some((s, i + 1)),
            c => {
                s.push(c);
                i += 1;
            }
        }
    }
    None
}

/// Reads `[text](measure:ID)` starting at the `[` at `start`.
fn read_link(chars: &[char], start: usize) -> Option<(Inline, usize)> {
    let (text, after_text) = read_until(chars, start + 1, ']')?;
    if text.is_empty() || chars.get(after_text) != Some(&'(') {
        return None;
    }
    let (href, next) = read_until(chars, after_text + 1, ')')?;
    let target = href.strip_prefix(MEASURE_SCHEME)?;
    if target.is_empty() {
        return None;
    }
    Some((
        Inline::MeasureLink {
            target: target.to_owned(),
            text,
        },
        next,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text(s.into())
    }

    #[test]
    fn plain_text_is_one_run() {
        assert_eq!(parse("Lifelong guidance"), vec![text("Lifelong guidance")]);
        assert_eq!(parse(""), vec![]);
    }

    #[test]
    fn asterisks_mark_emphasis() {
        assert_eq!(
            parse("centres, *Cité des métiers* or other schools"),
            vec![
                text("centres, "),
                Inline::Emphasis("Cité des métiers".into()),
                text(" or other schools")
            ]
        );
    }

    #[test]
    fn measure_links_are_parsed() {
        assert_eq!(
            parse("setting up the [Pathway (PEQ)](measure:be-fr-peq)."),
            vec![
                text("setting up the "),
                Inline::MeasureLink {
                    target: "be-fr-peq".into(),
                    text: "Pathway (PEQ)".into()
                },
                text(".")
            ]
        );
        assert_eq!(
            link_targets("[a](measure:x) and [b](measure:y)"),
            ["x", "y"]
        );
    }

    #[test]
    fn unclosed_or_foreign_markup_stays_literal() {
        assert_eq!(parse("5 * 3"), vec![text("5 * 3")]);
        assert_eq!(parse("**"), vec![text("**")]);
        assert_eq!(
            parse("[a](https://x.org)"),
            vec![text("[a](https://x.org)")]
        );
        assert_eq!(parse("[a] (measure:x)"), vec![text("[a] (measure:x)")]);
        assert_eq!(parse("[a](measure:)"), vec![text("[a](measure:)")]);
        assert_eq!(parse("trailing \\"), vec![text("trailing \\")]);
    }

    #[test]
    fn html_is_just_text() {
        let hostile = "<img src=x onerror=alert(1)> *<b>bold</b>*";
        assert_eq!(
            parse(hostile),
            vec![
                text("<img src=x onerror=alert(1)> "),
                Inline::Emphasis("<b>bold</b>".into())
            ]
        );
    }

    #[test]
    fn backslash_escapes_markup() {
        assert_eq!(parse(r"\*not emphasis\*"), vec![text("*not emphasis*")]);
        assert_eq!(plain_text(r"a \[b\] c \\"), r"a [b] c \");
    }

    #[test]
    fn plain_text_drops_markup_only() {
        assert_eq!(
            plain_text("In *Timeline* see [PEQ](measure:peq)."),
            "In Timeline see PEQ."
        );
    }
}
