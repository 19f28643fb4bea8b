//! Plain text helpers that never panic, shared by the data, search, links and build-time pages.
//! (Slicing a `str` directly can panic, and a panic's message alone costs over a kilobyte of
//! wasm; the standard library's substring search costs a few more.)

/// `s[from..to]`, or empty where that is not a range of whole characters.
pub fn part(s: &str, from: usize, to: usize) -> &str {
    s.get(from..to).unwrap_or_default()
}

/// Where `needle` first occurs in `hay` (a byte offset): a plain search, a fraction of the wasm
/// of the standard library's, and quick on the short texts it is given.
pub fn find_str(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let last = hay.len().checked_sub(needle.len())?;
    let Some(&first) = needle.first() else {
        return Some(0);
    };
    // The first byte before the rest: most places fail on it, without a slice comparison.
    (0..=last).find(|&i| hay[i] == first && hay[i..i + needle.len()] == *needle)
}

/// `text`, cut to at most `max` characters with an ellipsis where it is longer.
pub fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let kept: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", kept.trim_end())
    }
}

/// Text escaped for HTML: text, or an attribute value in double quotes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// How many characters must be inserted, deleted or replaced to turn `a` into `b`, case aside
/// (Levenshtein's distance).
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().flat_map(char::to_lowercase).collect();
    let b: Vec<char> = b.chars().flat_map(char::to_lowercase).collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let replaced = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = replaced.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

/// The candidate nearest to `word` and its [`distance`] (the first of equals), if any.
pub fn nearest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<(&'a str, usize)> {
    candidates
        .into_iter()
        .map(|c| (c, distance(word, c)))
        .min_by_key(|(_, d)| *d)
}

/// Whether `url` is an absolute http or https address with a host and no spaces.
pub fn is_web_address(url: &str) -> bool {
    let lower = url
        .get(..8)
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let rest = if lower.starts_with("https://") {
        part(url, 8, url.len())
    } else if lower.starts_with("http://") {
        part(url, 7, url.len())
    } else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    !host.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_and_the_nearest() {
        assert_eq!(distance("Implemenation", "Implementation"), 1);
        assert_eq!(distance("implementation", "Implementation"), 0);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("Pilto", "Pilot"), 2);
        let stages = ["Design", "Pilot", "Implementation", "Completed"];
        assert_eq!(nearest("Complted", stages), Some(("Completed", 1)));
        assert_eq!(nearest("Desing", stages), Some(("Design", 2)));
        assert_eq!(nearest("x", []), None);
    }

    #[test]
    fn parts_of_whole_characters_only() {
        assert_eq!(part("métier", 0, 1), "m");
        assert_eq!(part("métier", 0, 2), "", "inside é");
        assert_eq!(part("abc", 2, 9), "");
    }

    #[test]
    fn plain_search() {
        assert_eq!(find_str("abcabc", "ca"), Some(2));
        assert_eq!(find_str("abc", ""), Some(0));
        assert_eq!(find_str("ab", "abc"), None);
        assert_eq!(find_str("métier", "tier"), Some(3));
    }

    #[test]
    fn texts_are_cut_with_an_ellipsis() {
        assert_eq!(cut("short", 10), "short");
        assert_eq!(cut("word word word", 10), "word word…");
        assert_eq!(cut("ééééé", 3), "éé…");
        assert_eq!(cut("abc", 0), "…");
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(
            escape(r#"<a href="x">&</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"
        );
    }

    #[test]
    fn web_addresses() {
        assert!(is_web_address(
            "https://www.cedefop.europa.eu/en/tools/x/28020"
        ));
        assert!(is_web_address("HTTP://example.org"));
        for bad in [
            "javascript:alert(1)",
            "https://",
            "https:///path",
            "ftp://x.org",
            "//x.org",
            "https://x.org/a b",
            "data:text/html,x",
        ] {
            assert!(!is_web_address(bad), "{bad}");
        }
    }
}
