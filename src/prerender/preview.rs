//! The picture a shared link shows (`og:image`): a PNG of 1200×630 per view, drawn at build time
//! as SVG and rendered with `resvg` (never in the wasm). It shows the development's title and
//! country, its year axis with its status bands, and the year the view names, in the view's
//! language. Identical views (a page and its embedded twin) share one file, named by what it
//! shows.
//!
//! Fonts: DejaVu Sans and DejaVu Sans Bold, from the build machine ([`FONT_FILES`]; Debian's
//! `fonts-dejavu-core`), so that every build draws the same letters.

use leptos::prelude::*;

use crate::data::model::{Dataset, Years};
use crate::link::selection::Selection;
use crate::text::i18n::{fill, Lang, Strings};
use crate::text::vocab::term;
use crate::timeline::bands::{stretches, Mark, Stretch};

/// The picture's width, in pixels (the size link previews ask for).
pub const WIDTH: u32 = 1200;

/// The picture's height, in pixels.
pub const HEIGHT: u32 = 630;

/// The folder of the pictures, in the app's folder.
pub const PREVIEW_FOLDER: &str = "previews/";

/// The fonts the pictures are drawn with, from the build machine.
pub const FONT_FILES: [&str; 2] = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
];

/// The family of [`FONT_FILES`].
const FONT: &str = "DejaVu Sans";

/// Left and right margin, in pixels.
const MARGIN: f64 = 60.0;

/// The longest line of the title, in characters (at its size, in DejaVu Sans Bold).
const TITLE_LINE_CHARS: usize = 34;

/// The colours of the page's text and accent (a status's band has the app's colour of its
/// stage: [`Mark::colour`], dark enough for white text).
const TEXT: &str = "#1a1a1a";
const ACCENT: &str = "#1f5f99";

/// What the picture of a view that selects `selection` shows: the development its card (or
/// the default view) opens, and the year it names, if any.
fn shown(selection: Selection) -> Option<(usize, Option<i32>)> {
    selection.measure_index().map(|i| (i, selection.year()))
}

/// The words, in `lang`, for the picture of a view that selects `selection`, for those who
/// cannot see it (`og:image:alt`).
pub fn alt(data: &Dataset, lang: Lang, selection: Selection) -> String {
    let t = lang.strings();
    let axis = timeline_words(t.timeline_title, data.years);
    match shown(selection) {
        Some((i, year)) => {
            let m = &data.measures[i];
            let head = format!("{} ({}): {axis}", m.title, m.country);
            match year {
                Some(year) => format!("{year} – {head}"),
                None => head,
            }
        }
        None => format!("{}: {axis}", t.app_title),
    }
}

fn timeline_words(template: &str, years: Years) -> String {
    fill(
        template,
        &[
            ("from", &years.from.to_string()),
            ("to", &years.to.to_string()),
        ],
    )
}

/// `text` broken into lines of at most `max` characters (at spaces), at most `lines` of them,
/// the last ending with "…" where the text goes on.
fn wrap(text: &str, max: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push(line);
    }
    if out.len() > lines {
        out.truncate(lines);
        if let Some(last) = out.last_mut() {
            last.push('…');
        }
    }
    out
}

/// A line of the picture's text: where it starts (or ends, or is centred on: `anchor`), its
/// size and colour, whether it is bold, and its words.
struct Line {
    x: f64,
    y: f64,
    size: u32,
    fill: &'static str,
    anchor: Option<&'static str>,
    bold: bool,
    words: String,
}

impl Line {
    /// `words` at (`x`, `y`), of `size` and `fill`, from the left, not bold.
    fn new(x: f64, y: f64, size: u32, fill: &'static str, words: impl Into<String>) -> Line {
        Line {
            x,
            y,
            size,
            fill,
            anchor: None,
            bold: false,
            words: words.into(),
        }
    }

    /// The line in bold.
    fn bold(self) -> Line {
        Line { bold: true, ..self }
    }

    /// The line placed by its `anchor` (`end`, `middle`).
    fn anchored(self, anchor: &'static str) -> Line {
        Line {
            anchor: Some(anchor),
            ..self
        }
    }

    /// The line as an SVG `<text>`.
    fn tag(self) -> impl IntoView {
        view! {
            <text
                x=self.x
                y=self.y
                font-size=self.size
                fill=self.fill
                text-anchor=self.anchor
                font-weight=self.bold.then_some("bold")
            >
                {self.words}
            </text>
        }
    }
}

/// A rounded rectangle of the picture, filled.
fn block(x: f64, y: f64, width: f64, height: f64, radius: u32, fill: &str) -> impl IntoView {
    view! { <rect x=x y=y width=width height=height rx=radius fill=fill.to_owned() /> }
}

/// The picture, in `lang`, of a view that selects `selection`, as SVG (written with `view!`,
/// rendered natively).
pub fn svg(data: &Dataset, lang: Lang, selection: Selection) -> String {
    let t = lang.strings();
    let development = shown(selection).map(|(i, year)| drawn(data, t, i, year));
    let html = Owner::new().with(|| {
        view! {
            <svg
                xmlns="http://www.w3.org/2000/svg"
                width=WIDTH
                height=HEIGHT
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                font-family=FONT
            >
                <rect width=WIDTH height=HEIGHT fill="#ffffff" />
                <rect width=WIDTH height="14" fill=ACCENT />
                {Line::new(MARGIN, 78.0, 28, TEXT, t.app_title).tag()}
                {development}
            </svg>
        }
        .to_html()
    });
    super::without_placeholders(&html)
}

/// What the picture shows of the development at `index` of `data`, with the `year` it names:
/// its title and country, and its year axis with a band for each stretch of one status, under
/// a key of their colours.
fn drawn(data: &Dataset, t: &Strings, index: usize, year: Option<i32>) -> impl IntoView {
    let m = &data.measures[index];
    let w = f64::from(WIDTH);
    let year_line = year.map(|year| {
        Line::new(w - MARGIN, 84.0, 64, ACCENT, year.to_string())
            .anchored("end")
            .bold()
            .tag()
    });
    let title = wrap(&m.title, TITLE_LINE_CHARS, 3);
    let country_y = 170.0 + 64.0 * title.len() as f64 + 6.0;
    let title = (title.into_iter().enumerate())
        .map(|(i, line)| Line::new(MARGIN, 170.0 + 64.0 * i as f64, 50, TEXT, line).bold())
        .map(Line::tag)
        .collect_view();
    let country = Line::new(MARGIN, country_y, 30, ACCENT, m.country.clone()).tag();
    // The year axis: each stretch of years with one status, as a band.
    let years = data.years;
    let cell = (w - 2.0 * MARGIN) / years.count().max(1) as f64;
    let (top, height) = (470.0, 64.0);
    let x_of = |year: i32| MARGIN + f64::from(year - years.from) * cell;
    let mut statuses: Vec<(String, Mark)> = Vec::new();
    let mut bands = Vec::new();
    for stretch in stretches(m, years) {
        let Stretch::Band {
            status,
            mark,
            years: band,
        } = stretch
        else {
            continue;
        };
        let (Some((first, _)), Some((last, _))) = (band.first(), band.last()) else {
            continue;
        };
        if !statuses.iter().any(|(s, _)| *s == status) {
            statuses.push((status.clone(), mark));
        }
        let (x, width) = (x_of(*first) + 2.0, f64::from(last - first + 1) * cell - 4.0);
        // The status's colour in the app (the light scheme's).
        bands.push(block(x, top, width, height, 8, mark.colour()).into_any());
        let words = term(t, &status).text().to_owned();
        // Written where it fits (about 14 px a character at this size).
        if words.chars().count() as f64 * 14.0 + 24.0 < width {
            let line = Line::new(x + 14.0, top + 41.0, 24, "#ffffff", words).bold();
            bands.push(line.tag().into_any());
        }
    }
    // The key: each status's colour and words, above the axis.
    let mut x = MARGIN;
    let mut key = Vec::new();
    for (status, mark) in &statuses {
        key.push(block(x, top - 62.0, 24.0, 24.0, 4, mark.colour()).into_any());
        let words = term(t, status).text().to_owned();
        let advance = 34.0 + words.chars().count() as f64 * 14.0 + 40.0;
        key.push(
            Line::new(x + 34.0, top - 41.0, 24, TEXT, words)
                .tag()
                .into_any(),
        );
        x += advance;
    }
    let axis = (years.iter())
        .map(|each| {
            let line = Line::new(
                x_of(each) + cell / 2.0,
                top + height + 40.0,
                22,
                TEXT,
                each.to_string(),
            )
            .anchored("middle");
            if Some(each) == year {
                line.bold()
            } else {
                line
            }
            .tag()
        })
        .collect_view();
    let named = year.map(|year| {
        view! {
            <rect
                x=x_of(year) - 1.0
                y=top - 9.0
                width=cell + 2.0
                height=height + 18.0
                rx="10"
                fill="none"
                stroke=TEXT
                stroke-width="5"
            />
        }
    });
    view! {
        {year_line}
        {title}
        {country}
        {bands}
        {key}
        {axis}
        {named}
    }
}

/// The picture's address in the app's folder: named by what it shows (FNV-1a of its SVG), so
/// that identical views share one file.
pub fn file_of(svg: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in svg.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{PREVIEW_FOLDER}{hash:016x}.png")
}

/// Why a picture could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PreviewError {
    /// A font file is missing (its path).
    #[error(
        "the link-preview pictures need the font {0} (Debian: apt-get install fonts-dejavu-core)"
    )]
    NoFont(String),
    /// The SVG could not be read (the parser's reason: a bug of [`svg`]).
    #[error("a link-preview picture's SVG cannot be read: {0}")]
    Svg(String),
    /// The PNG could not be written.
    #[error("a link-preview picture cannot be written: {0}")]
    Png(String),
}

/// Draws pictures with the fonts of [`FONT_FILES`], loaded once.
pub struct Painter {
    options: resvg::usvg::Options<'static>,
}

impl Painter {
    /// A painter with its fonts, or which font is missing.
    pub fn new() -> Result<Painter, PreviewError> {
        let mut options = resvg::usvg::Options {
            font_family: FONT.to_owned(),
            ..Default::default()
        };
        let fonts = options.fontdb_mut();
        for file in FONT_FILES {
            let font = std::fs::read(file).map_err(|_| PreviewError::NoFont(file.to_owned()))?;
            fonts.load_font_data(font);
        }
        Ok(Painter { options })
    }

    /// `svg` as a PNG of [`WIDTH`]×[`HEIGHT`].
    pub fn png(&self, svg: &str) -> Result<Vec<u8>, PreviewError> {
        let tree = resvg::usvg::Tree::from_str(svg, &self.options)
            .map_err(|e| PreviewError::Svg(e.to_string()))?;
        let mut pixmap = resvg::tiny_skia::Pixmap::new(WIDTH, HEIGHT)
            .ok_or_else(|| PreviewError::Png("no room for the picture".to_owned()))?;
        resvg::render(&tree, Default::default(), &mut pixmap.as_mut());
        pixmap
            .encode_png()
            .map_err(|e| PreviewError::Png(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::example;
    use crate::text::i18n::parse_table;

    /// 2019 of the first development (28020).
    const Y2019: Selection = Selection::Year(0, 2019);

    #[test]
    fn the_french_2019_picture_is_a_png_of_1200_by_630_with_the_title_and_year() {
        if Lang::Fr.loaded().is_none() {
            let table = include_str!("../../public/i18n/fr.json");
            Lang::Fr.install(parse_table(table).expect("French"));
        }
        let d = example();
        let svg = svg(&d, Lang::Fr, Y2019);
        assert!(svg.contains("Measures of guidance and promotion"), "{svg}");
        assert!(svg.contains("work-based learning"), "{svg}");
        assert!(svg.contains(">2019</text>"), "{svg}");
        assert!(svg.contains("Mise en œuvre"), "the status in French: {svg}");
        let png = Painter::new().expect("the fonts").png(&svg).expect("a PNG");
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        // The IHDR chunk: width and height, big-endian.
        assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), 1200);
        assert_eq!(u32::from_be_bytes(png[20..24].try_into().unwrap()), 630);
    }

    #[test]
    fn a_picture_is_named_by_what_it_shows() {
        let d = example();
        let page = svg(&d, Lang::En, Y2019);
        assert_eq!(file_of(&page), file_of(&svg(&d, Lang::En, Y2019)));
        let other = svg(&d, Lang::En, Selection::Year(0, 2020));
        assert_ne!(file_of(&page), file_of(&other));
        assert!(file_of(&page).starts_with(PREVIEW_FOLDER));
    }

    #[test]
    fn long_titles_wrap_and_what_is_written_is_escaped() {
        assert_eq!(wrap("a bb ccc dddd", 6, 3), ["a bb", "ccc", "dddd"]);
        assert_eq!(wrap("a bb ccc dddd", 6, 2), ["a bb", "ccc…"]);
        let mut d = example();
        d.measures[0].title = "<b>&</b>".into();
        let svg = svg(&d, Lang::En, Selection::Measure(0));
        assert!(svg.contains("&lt;b&gt;&amp;&lt;/b&gt;") && !svg.contains("<b>"));
    }

    #[test]
    fn a_status_has_its_colour_in_the_app_in_every_picture() {
        let mut d = example();
        // The pact's only year: Discontinued, alone in its picture.
        let pact = svg(&d, Lang::En, Selection::Measure(2));
        let fill = |mark: Mark| format!("fill=\"{}\"", mark.colour());
        assert!(pact.contains(&fill(Mark::Cross)), "{pact}");
        // 28020's Implementation, after a Pilot year put before it, keeps its colour.
        d.measures[0].timeline[0].status = "Pilot".into();
        let main = svg(&d, Lang::En, Selection::Measure(0));
        assert!(main.contains(&fill(Mark::Star)), "{main}");
        assert!(main.contains(&fill(Mark::Circle)), "{main}");
        assert_eq!(
            main.matches(&fill(Mark::Circle)).count(),
            2,
            "the band and the key"
        );
    }

    #[test]
    fn the_alt_text_says_what_the_picture_shows() {
        let d = example();
        assert_eq!(
            alt(&d, Lang::En, Y2019),
            "2019 – Measures of guidance and promotion of work-based learning (BELGIUM-FR): \
             Timeline 2015–2025"
        );
    }
}
