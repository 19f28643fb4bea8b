//! Interface strings, in Belgium's languages and English: one table per language. Every string
//! a reader sees that does not come from the dataset is here; the dataset's own text is English
//! and is marked `lang="en"` wherever it appears.
//!
//! Each table is a [`Strings`] value, so a language missing a string does not compile; the tests
//! check that no string is empty and that each keeps the placeholders (`{year}`, ...) of English.

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
        self.strings().code
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

    /// The language of a code such as `fr`, `nl-BE` or `DE` (its primary subtag counts).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The first of `preferred` (a browser's languages, in order) that the interface speaks,
    /// else English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_code)
            .unwrap_or_default()
    }

    /// The interface strings of this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &EN,
            Lang::Fr => &FR,
            Lang::Nl => &NL,
            Lang::De => &DE,
        }
    }
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

/// The interface strings of one language.
#[derive(Debug)]
pub struct Strings {
    /// The language's code (BCP 47).
    pub code: &'static str,
    /// The app's name, the page's `h1`.
    pub app_title: &'static str,
    /// Under the title: what the timeline is and how to use it.
    pub app_lead: &'static str,
    /// Label of the language switch.
    pub language: &'static str,
    /// The link that skips to the open entry.
    pub skip_to_entry: &'static str,
    /// Shown while the dataset loads.
    pub loading: &'static str,
    /// Heading of the view shown when the dataset cannot be shown.
    pub load_failed_title: &'static str,
    /// The dataset could not be downloaded: `{detail}`.
    pub error_unreachable: &'static str,
    /// The dataset file is missing (HTTP 404): `{path}`.
    pub error_missing: &'static str,
    /// The server answered with an error: `{status}`.
    pub error_status: &'static str,
    /// The dataset file is too large: `{bytes}`, `{limit}`.
    pub error_too_large: &'static str,
    /// The dataset file is not a dataset: `{detail}`.
    pub error_malformed: &'static str,
    /// Summary when the dataset fails validation; followed by the list of problems.
    pub dataset_invalid: &'static str,
    /// Shown when the dataset holds no measure.
    pub dataset_empty: &'static str,
    /// Button that loads the dataset again.
    pub retry: &'static str,

    /// Heading of the timeline.
    pub timeline_title: &'static str,
    /// How to read the timeline and move in it.
    pub timeline_help: &'static str,
    /// Accessible name of a year cell: `{year}`, `{status}`, `{note}` ([`Strings::with_note`] or
    /// nothing) and `{title}`.
    pub cell_label: &'static str,
    /// Added to a year cell's name when the year has a note.
    pub with_note: &'static str,
    /// Heading of the timeline's key.
    pub key_title: &'static str,
    /// Key entry for the note marker.
    pub key_note: &'static str,
    /// Key entry for an empty cell.
    pub key_empty: &'static str,

    /// Section headings of a measure's card.
    pub sections: Sections,
    /// Label of a year's status.
    pub status: &'static str,
    /// Label of a year's note.
    pub note: &'static str,
    /// Said of a year with a status and no note.
    pub no_note: &'static str,
    /// Link from a year card to its measure's full card.
    pub full_entry: &'static str,
    /// Link to the previous year: `{year}`.
    pub previous_year: &'static str,
    /// Link to the next year: `{year}`.
    pub next_year: &'static str,
    /// Label of the year navigation of a year card.
    pub year_navigation: &'static str,
    /// On a related development's card: the measures that list it as related.
    pub listed_as_related_by: &'static str,
    /// In print: the label of the link to the entry.
    pub print_link: &'static str,

    /// Heading of the not-found view: `{id}`.
    pub not_found_title: &'static str,
    /// Text of the not-found view.
    pub not_found_text: &'static str,
    /// Notice: the link's year `{year}` is not a timeline year.
    pub notice_year_ignored: &'static str,
    /// Notice: the entry has no status for `{year}`.
    pub notice_year_not_in_entry: &'static str,

    /// Button copying the link to the current view.
    pub copy_link: &'static str,
    /// Button copying the citation.
    pub copy_citation: &'static str,
    /// Said once the link is copied.
    pub link_copied: &'static str,
    /// Said once the citation is copied.
    pub citation_copied: &'static str,
    /// Said when the browser refused to copy; the text is then shown to copy by hand.
    pub copy_refused: &'static str,

    /// The button that shows the embed codes.
    pub embed: &'static str,
    /// What the embed codes are for.
    pub embed_help: &'static str,
    /// Label of the script embed code.
    pub embed_script: &'static str,
    /// Label of the frame embed code.
    pub embed_iframe: &'static str,
    /// Button copying an embed code.
    pub copy_code: &'static str,
    /// Said once an embed code is copied.
    pub code_copied: &'static str,
    /// In embed mode: the link to the full page.
    pub open_full_view: &'static str,
    /// Said of a link that opens a new tab.
    pub new_tab: &'static str,

    /// Heading of the search and filters.
    pub browse_title: &'static str,
    /// Label of the search field.
    pub search_label: &'static str,
    /// The disclosure holding the facets.
    pub filters_title: &'static str,
    /// The country facet.
    pub facet_country: &'static str,
    /// The year range.
    pub years: &'static str,
    /// First year of the range.
    pub from: &'static str,
    /// Last year of the range.
    pub to: &'static str,
    /// Button clearing every filter.
    pub clear_all: &'static str,
    /// How many developments are shown: `{shown}` of `{total}`.
    pub count_other: &'static str,
    /// The same, when the dataset holds one development.
    pub count_one: &'static str,
    /// Said when the filters leave nothing.
    pub no_results: &'static str,
    /// Button removing `{filter}`, which would leave `{count}` developments.
    pub remove_filter: &'static str,
    /// The search, as a filter: `{q}`.
    pub filter_query: &'static str,
    /// The year range, as a filter: `{from}`, `{to}`.
    pub filter_years: &'static str,
    /// Button showing `{n}` more lanes, `{left}` being hidden.
    pub show_more: &'static str,
    /// Banner over a synthetic (test) dataset.
    pub synthetic: &'static str,

    /// Announced when a measure's card opens: `{title}`.
    pub announce_measure: &'static str,
    /// Announced when a year's card opens: `{year}`, `{status}`, `{title}`.
    pub announce_year: &'static str,
    /// The page title: `{view}` is the card's title.
    pub document_title: &'static str,
}

/// The headings of a measure's card.
#[derive(Debug)]
pub struct Sections {
    /// "Timeline".
    pub timeline: &'static str,
    /// "ID number", followed by the number.
    pub id_number: &'static str,
    /// "Background".
    pub background: &'static str,
    /// "Objectives".
    pub objectives: &'static str,
    /// "Description".
    pub description: &'static str,
    /// "Bodies responsible".
    pub bodies_responsible: &'static str,
    /// "Target group".
    pub target_group: &'static str,
    /// "Thematic categories".
    pub thematic_categories: &'static str,
    /// "Subsystem".
    pub subsystem: &'static str,
    /// "Further reading".
    pub further_reading: &'static str,
    /// "Related policy developments".
    pub related: &'static str,
    /// "Type of development".
    pub development_type: &'static str,
    /// "Cite as".
    pub cite_as: &'static str,
}

impl Strings {
    /// Every section heading, in the card's order.
    pub fn section_headings(&self) -> [&'static str; 13] {
        let s = &self.sections;
        [
            s.id_number,
            s.background,
            s.objectives,
            s.description,
            s.timeline,
            s.bodies_responsible,
            s.target_group,
            s.thematic_categories,
            s.subsystem,
            s.further_reading,
            s.related,
            s.development_type,
            s.cite_as,
        ]
    }
}

/// Fills the `{name}` placeholders of `template` with `values`.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match values.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// English.
pub static EN: Strings = Strings {
    code: "en",
    app_title: "VET policy timeline",
    app_lead: "Policy developments in vocational education and training, 2015–2025, from Cedefop's Timeline of VET policies in Europe. Select a year or a development to read its entry.",
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

    timeline_title: "Timeline 2015–2025",
    timeline_help: "Each row is a policy development and each column a year. Select a year to read its status and note, or the name of a development to read its full entry. With the keyboard: Tab moves between developments, the arrow keys between years and developments, Home and End to the first and last year, Enter opens.",
    cell_label: "{year}: {status}{note} – {title}",
    with_note: ", with a note",
    key_title: "Key",
    key_note: "Year with a note",
    key_empty: "No information for that year",

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
    notice_year_ignored: "The year “{year}” in the link is not a year of this timeline (2015–2025), so it was ignored.",
    notice_year_not_in_entry: "This entry gives no status for {year}, so the full entry is shown.",

    copy_link: "Copy link",
    copy_citation: "Copy citation",
    link_copied: "Link copied.",
    citation_copied: "Citation copied.",
    copy_refused: "Your browser did not allow copying. Select the text below and copy it:",

    embed: "Embed",
    embed_help: "Copy one of these into your page. The script sizes the frame to its content; the frame alone suits pages that allow no scripts.",
    embed_script: "With a script (resizes itself)",
    embed_iframe: "Frame only (no script)",
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

    announce_measure: "Showing the full entry: {title}.",
    announce_year: "Showing {year}: {status} – {title}.",
    document_title: "{view} – VET policy timeline",
};

/// French.
pub static FR: Strings = Strings {
    code: "fr",
    app_title: "Chronologie des politiques d'EFP",
    app_lead: "Évolutions des politiques d'enseignement et de formation professionnels, 2015–2025, tirées de la Timeline of VET policies in Europe du Cedefop. Sélectionnez une année ou une évolution pour lire sa fiche.",
    language: "Langue",
    skip_to_entry: "Aller à la fiche ouverte",
    loading: "Chargement de la chronologie…",
    load_failed_title: "La chronologie ne peut pas être affichée",
    error_unreachable: "Les données de la chronologie n'ont pas pu être téléchargées ({detail}). Vérifiez votre connexion et réessayez.",
    error_missing: "Le fichier de données de la chronologie ({path}) est introuvable sur le serveur (HTTP 404). L'éditeur de cette page doit vérifier que le dossier de données a été publié avec l'application.",
    error_status: "Le serveur n'a pas fourni les données de la chronologie (HTTP {status}). Réessayez dans un instant.",
    error_too_large: "Le fichier de données de la chronologie est trop volumineux pour être affiché ({bytes} octets ; la limite est de {limit}).",
    error_malformed: "Le fichier de données de la chronologie est endommagé et ne peut pas être lu : {detail}.",
    dataset_invalid: "Le fichier de données de la chronologie contient des erreurs ; il n'est donc pas affiché. L'éditeur de cette page doit corriger les points suivants :",
    dataset_empty: "Le fichier de données de cette chronologie ne contient encore aucune évolution politique.",
    retry: "Réessayer",

    timeline_title: "Chronologie 2015–2025",
    timeline_help: "Chaque ligne est une évolution politique et chaque colonne une année. Sélectionnez une année pour lire son statut et sa note, ou le nom d'une évolution pour lire sa fiche complète. Au clavier : Tab passe d'une évolution à l'autre, les flèches d'une année ou d'une évolution à l'autre, Début et Fin vont à la première et à la dernière année, Entrée ouvre.",
    cell_label: "{year} : {status}{note} – {title}",
    with_note: ", avec une note",
    key_title: "Légende",
    key_note: "Année avec une note",
    key_empty: "Aucune information pour cette année",

    sections: Sections {
        timeline: "Chronologie",
        id_number: "Numéro d'identification",
        background: "Contexte",
        objectives: "Objectifs",
        description: "Description",
        bodies_responsible: "Organismes responsables",
        target_group: "Groupe cible",
        thematic_categories: "Catégories thématiques",
        subsystem: "Sous-système",
        further_reading: "Pour en savoir plus",
        related: "Évolutions politiques liées",
        development_type: "Type d'évolution",
        cite_as: "Citer comme",
    },
    status: "Statut",
    note: "Note",
    no_note: "La fiche ne donne pas de note pour cette année.",
    full_entry: "Lire la fiche complète",
    previous_year: "Année précédente : {year}",
    next_year: "Année suivante : {year}",
    year_navigation: "Autres années",
    listed_as_related_by: "Citée comme évolution liée de",
    print_link: "Lien vers cette fiche :",

    not_found_title: "Aucune évolution « {id} » dans cette chronologie",
    not_found_text: "Le lien demande une évolution politique que cette chronologie ne contient pas. Voici celles qu'elle contient :",
    notice_year_ignored: "L'année « {year} » du lien n'est pas une année de cette chronologie (2015–2025) ; elle a été ignorée.",
    notice_year_not_in_entry: "Cette fiche ne donne pas de statut pour {year} ; la fiche complète est affichée.",

    copy_link: "Copier le lien",
    copy_citation: "Copier la citation",
    link_copied: "Lien copié.",
    citation_copied: "Citation copiée.",
    copy_refused: "Votre navigateur n'a pas autorisé la copie. Sélectionnez le texte ci-dessous et copiez-le :",

    embed: "Intégrer",
    embed_help: "Copiez l'un de ces codes dans votre page. Le script ajuste le cadre à son contenu ; le cadre seul convient aux pages qui n'autorisent aucun script.",
    embed_script: "Avec un script (taille ajustée)",
    embed_iframe: "Cadre seul (sans script)",
    copy_code: "Copier le code",
    code_copied: "Code copié.",
    open_full_view: "Ouvrir en pleine page",
    new_tab: "(s'ouvre dans un nouvel onglet)",

    browse_title: "Trouver des évolutions",
    search_label: "Rechercher dans les titres et les textes",
    filters_title: "Filtres",
    facet_country: "Pays",
    years: "Années",
    from: "De",
    to: "À",
    clear_all: "Effacer tous les filtres",
    count_other: "{shown} sur {total} évolutions",
    count_one: "{shown} sur {total} évolution",
    no_results: "Aucune évolution ne correspond à tous ces filtres.",
    remove_filter: "Retirer « {filter} » ({count} trouvées)",
    filter_query: "recherche : {q}",
    filter_years: "années {from}–{to}",
    show_more: "Afficher {n} de plus ({left} non affichées)",
    synthetic: "Données de test synthétiques : ces évolutions sont inventées, pour des tests uniquement. Elles ne proviennent pas du Cedefop.",

    announce_measure: "Fiche complète affichée : {title}.",
    announce_year: "Année {year} affichée : {status} – {title}.",
    document_title: "{view} – Chronologie des politiques d'EFP",
};

/// Dutch.
pub static NL: Strings = Strings {
    code: "nl",
    app_title: "Tijdlijn van het beroepsopleidingsbeleid",
    app_lead: "Beleidsontwikkelingen in beroepsonderwijs en -opleiding, 2015–2025, uit de Timeline of VET policies in Europe van Cedefop. Kies een jaar of een ontwikkeling om de fiche te lezen.",
    language: "Taal",
    skip_to_entry: "Naar de geopende fiche",
    loading: "De tijdlijn wordt geladen…",
    load_failed_title: "De tijdlijn kan niet worden getoond",
    error_unreachable: "De gegevens van de tijdlijn konden niet worden gedownload ({detail}). Controleer uw verbinding en probeer opnieuw.",
    error_missing: "Het gegevensbestand van de tijdlijn ({path}) is niet gevonden op de server (HTTP 404). Wie deze pagina publiceert, moet nagaan of de gegevensmap samen met de app is geplaatst.",
    error_status: "De server heeft de gegevens van de tijdlijn niet geleverd (HTTP {status}). Probeer het zo dadelijk opnieuw.",
    error_too_large: "Het gegevensbestand van de tijdlijn is te groot om te tonen ({bytes} bytes; de limiet is {limit}).",
    error_malformed: "Het gegevensbestand van de tijdlijn is beschadigd en kan niet worden gelezen: {detail}.",
    dataset_invalid: "Het gegevensbestand van de tijdlijn bevat fouten en wordt daarom niet getoond. Wie deze pagina publiceert, moet het volgende verbeteren:",
    dataset_empty: "Het gegevensbestand van deze tijdlijn bevat nog geen beleidsontwikkelingen.",
    retry: "Opnieuw proberen",

    timeline_title: "Tijdlijn 2015–2025",
    timeline_help: "Elke rij is een beleidsontwikkeling en elke kolom een jaar. Kies een jaar om de status en de notitie te lezen, of de naam van een ontwikkeling om de volledige fiche te lezen. Met het toetsenbord: Tab gaat naar een andere ontwikkeling, de pijltjestoetsen naar een ander jaar of een andere ontwikkeling, Home en End naar het eerste en het laatste jaar, Enter opent.",
    cell_label: "{year}: {status}{note} – {title}",
    with_note: ", met een notitie",
    key_title: "Legende",
    key_note: "Jaar met een notitie",
    key_empty: "Geen informatie voor dat jaar",

    sections: Sections {
        timeline: "Tijdlijn",
        id_number: "Identificatienummer",
        background: "Achtergrond",
        objectives: "Doelstellingen",
        description: "Beschrijving",
        bodies_responsible: "Verantwoordelijke instanties",
        target_group: "Doelgroep",
        thematic_categories: "Thematische categorieën",
        subsystem: "Subsysteem",
        further_reading: "Meer lezen",
        related: "Verwante beleidsontwikkelingen",
        development_type: "Soort ontwikkeling",
        cite_as: "Citeren als",
    },
    status: "Status",
    note: "Notitie",
    no_note: "De fiche geeft geen notitie voor dit jaar.",
    full_entry: "De volledige fiche lezen",
    previous_year: "Vorig jaar: {year}",
    next_year: "Volgend jaar: {year}",
    year_navigation: "Andere jaren",
    listed_as_related_by: "Vermeld als verwante ontwikkeling van",
    print_link: "Link naar deze fiche:",

    not_found_title: "Geen ontwikkeling ‘{id}’ in deze tijdlijn",
    not_found_text: "De link vraagt om een beleidsontwikkeling die niet in deze tijdlijn staat. Deze ontwikkelingen staan er wel in:",
    notice_year_ignored: "Het jaar ‘{year}’ in de link is geen jaar van deze tijdlijn (2015–2025) en is daarom genegeerd.",
    notice_year_not_in_entry: "Deze fiche geeft geen status voor {year}; daarom wordt de volledige fiche getoond.",

    copy_link: "Link kopiëren",
    copy_citation: "Bronvermelding kopiëren",
    link_copied: "Link gekopieerd.",
    citation_copied: "Bronvermelding gekopieerd.",
    copy_refused: "Uw browser stond kopiëren niet toe. Selecteer de tekst hieronder en kopieer hem:",

    embed: "Insluiten",
    embed_help: "Kopieer een van deze codes in uw pagina. Het script past het kader aan de inhoud aan; het kader alleen past bij pagina's die geen scripts toelaten.",
    embed_script: "Met een script (past zich aan)",
    embed_iframe: "Alleen een kader (zonder script)",
    copy_code: "Code kopiëren",
    code_copied: "Code gekopieerd.",
    open_full_view: "Volledig weergeven",
    new_tab: "(opent in een nieuw tabblad)",

    browse_title: "Ontwikkelingen zoeken",
    search_label: "Zoeken in titels en teksten",
    filters_title: "Filters",
    facet_country: "Land",
    years: "Jaren",
    from: "Van",
    to: "Tot",
    clear_all: "Alle filters wissen",
    count_other: "{shown} van {total} ontwikkelingen",
    count_one: "{shown} van {total} ontwikkeling",
    no_results: "Geen enkele ontwikkeling voldoet aan al deze filters.",
    remove_filter: "‘{filter}’ weghalen ({count} gevonden)",
    filter_query: "zoekterm: {q}",
    filter_years: "jaren {from}–{to}",
    show_more: "Nog {n} tonen ({left} niet getoond)",
    synthetic: "Synthetische testgegevens: deze ontwikkelingen zijn verzonnen, alleen om te testen. Ze komen niet van Cedefop.",

    announce_measure: "Volledige fiche getoond: {title}.",
    announce_year: "{year} getoond: {status} – {title}.",
    document_title: "{view} – Tijdlijn van het beroepsopleidingsbeleid",
};

/// German.
pub static DE: Strings = Strings {
    code: "de",
    app_title: "Zeitleiste der Berufsbildungspolitik",
    app_lead: "Politische Entwicklungen in der beruflichen Bildung, 2015–2025, aus der Timeline of VET policies in Europe von Cedefop. Wählen Sie ein Jahr oder eine Entwicklung, um den Eintrag zu lesen.",
    language: "Sprache",
    skip_to_entry: "Zum geöffneten Eintrag springen",
    loading: "Die Zeitleiste wird geladen…",
    load_failed_title: "Die Zeitleiste kann nicht angezeigt werden",
    error_unreachable: "Die Daten der Zeitleiste konnten nicht geladen werden ({detail}). Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
    error_missing: "Die Datendatei der Zeitleiste ({path}) wurde auf dem Server nicht gefunden (HTTP 404). Wer diese Seite veröffentlicht, sollte prüfen, ob der Datenordner mit der Anwendung bereitgestellt wurde.",
    error_status: "Der Server hat die Daten der Zeitleiste nicht geliefert (HTTP {status}). Versuchen Sie es gleich noch einmal.",
    error_too_large: "Die Datendatei der Zeitleiste ist zu groß für die Anzeige ({bytes} Byte; die Grenze liegt bei {limit}).",
    error_malformed: "Die Datendatei der Zeitleiste ist beschädigt und kann nicht gelesen werden: {detail}.",
    dataset_invalid: "Die Datendatei der Zeitleiste enthält Fehler und wird deshalb nicht angezeigt. Wer diese Seite veröffentlicht, sollte Folgendes korrigieren:",
    dataset_empty: "Die Datendatei dieser Zeitleiste enthält noch keine politischen Entwicklungen.",
    retry: "Erneut versuchen",

    timeline_title: "Zeitleiste 2015–2025",
    timeline_help: "Jede Zeile ist eine politische Entwicklung, jede Spalte ein Jahr. Wählen Sie ein Jahr, um seinen Status und seine Anmerkung zu lesen, oder den Namen einer Entwicklung, um ihren vollständigen Eintrag zu lesen. Mit der Tastatur: Tab wechselt zwischen Entwicklungen, die Pfeiltasten zwischen Jahren und Entwicklungen, Pos1 und Ende springen zum ersten und letzten Jahr, die Eingabetaste öffnet.",
    cell_label: "{year}: {status}{note} – {title}",
    with_note: ", mit Anmerkung",
    key_title: "Legende",
    key_note: "Jahr mit Anmerkung",
    key_empty: "Keine Angaben für dieses Jahr",

    sections: Sections {
        timeline: "Zeitleiste",
        id_number: "ID-Nummer",
        background: "Hintergrund",
        objectives: "Ziele",
        description: "Beschreibung",
        bodies_responsible: "Zuständige Stellen",
        target_group: "Zielgruppe",
        thematic_categories: "Themenbereiche",
        subsystem: "Teilsystem",
        further_reading: "Weiterführende Literatur",
        related: "Verwandte politische Entwicklungen",
        development_type: "Art der Entwicklung",
        cite_as: "Zitiervorschlag",
    },
    status: "Status",
    note: "Anmerkung",
    no_note: "Der Eintrag enthält für dieses Jahr keine Anmerkung.",
    full_entry: "Den vollständigen Eintrag lesen",
    previous_year: "Vorheriges Jahr: {year}",
    next_year: "Nächstes Jahr: {year}",
    year_navigation: "Weitere Jahre",
    listed_as_related_by: "Als verwandte Entwicklung genannt bei",
    print_link: "Link zu diesem Eintrag:",

    not_found_title: "Keine Entwicklung „{id}“ in dieser Zeitleiste",
    not_found_text: "Der Link verweist auf eine politische Entwicklung, die diese Zeitleiste nicht enthält. Diese Entwicklungen enthält sie:",
    notice_year_ignored: "Das Jahr „{year}“ im Link ist kein Jahr dieser Zeitleiste (2015–2025) und wurde daher ignoriert.",
    notice_year_not_in_entry: "Dieser Eintrag nennt für {year} keinen Status; deshalb wird der vollständige Eintrag angezeigt.",

    copy_link: "Link kopieren",
    copy_citation: "Zitiervorschlag kopieren",
    link_copied: "Link kopiert.",
    citation_copied: "Zitiervorschlag kopiert.",
    copy_refused: "Ihr Browser hat das Kopieren nicht erlaubt. Markieren Sie den Text unten und kopieren Sie ihn:",

    embed: "Einbetten",
    embed_help: "Kopieren Sie einen dieser Codes in Ihre Seite. Das Skript passt den Rahmen an seinen Inhalt an; der Rahmen allein eignet sich für Seiten, die keine Skripte erlauben.",
    embed_script: "Mit Skript (passt sich an)",
    embed_iframe: "Nur Rahmen (ohne Skript)",
    copy_code: "Code kopieren",
    code_copied: "Code kopiert.",
    open_full_view: "In voller Ansicht öffnen",
    new_tab: "(öffnet in einem neuen Tab)",

    browse_title: "Entwicklungen finden",
    search_label: "In Titeln und Texten suchen",
    filters_title: "Filter",
    facet_country: "Land",
    years: "Jahre",
    from: "Von",
    to: "Bis",
    clear_all: "Alle Filter löschen",
    count_other: "{shown} von {total} Entwicklungen",
    count_one: "{shown} von {total} Entwicklung",
    no_results: "Keine Entwicklung entspricht allen diesen Filtern.",
    remove_filter: "„{filter}“ entfernen ({count} gefunden)",
    filter_query: "Suche: {q}",
    filter_years: "Jahre {from}–{to}",
    show_more: "{n} weitere anzeigen ({left} nicht angezeigt)",
    synthetic: "Synthetische Testdaten: Diese Entwicklungen sind erfunden und dienen nur zum Testen. Sie stammen nicht von Cedefop.",

    announce_measure: "Vollständiger Eintrag angezeigt: {title}.",
    announce_year: "{year} angezeigt: {status} – {title}.",
    document_title: "{view} – Zeitleiste der Berufsbildungspolitik",
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every string of a table, by name. The destructuring is exhaustive: a string added to
    /// [`Strings`] must be listed here, so the checks below cover it.
    fn entries(s: &'static Strings) -> Vec<(&'static str, &'static str)> {
        let Strings {
            code,
            app_title,
            app_lead,
            language,
            skip_to_entry,
            loading,
            load_failed_title,
            error_unreachable,
            error_missing,
            error_status,
            error_too_large,
            error_malformed,
            dataset_invalid,
            dataset_empty,
            retry,
            timeline_title,
            timeline_help,
            cell_label,
            with_note,
            key_title,
            key_note,
            key_empty,
            status,
            note,
            no_note,
            full_entry,
            previous_year,
            next_year,
            year_navigation,
            listed_as_related_by,
            print_link,
            not_found_title,
            not_found_text,
            notice_year_ignored,
            notice_year_not_in_entry,
            copy_link,
            copy_citation,
            link_copied,
            citation_copied,
            copy_refused,
            embed,
            embed_help,
            embed_script,
            embed_iframe,
            copy_code,
            code_copied,
            open_full_view,
            new_tab,
            browse_title,
            search_label,
            filters_title,
            facet_country,
            years,
            from,
            to,
            clear_all,
            count_other,
            count_one,
            no_results,
            remove_filter,
            filter_query,
            filter_years,
            show_more,
            synthetic,
            announce_measure,
            announce_year,
            document_title,
            sections: _,
        } = s;
        let mut v = vec![
            ("code", *code),
            ("app_title", *app_title),
            ("app_lead", *app_lead),
            ("language", *language),
            ("skip_to_entry", *skip_to_entry),
            ("loading", *loading),
            ("load_failed_title", *load_failed_title),
            ("error_unreachable", *error_unreachable),
            ("error_missing", *error_missing),
            ("error_status", *error_status),
            ("error_too_large", *error_too_large),
            ("error_malformed", *error_malformed),
            ("dataset_invalid", *dataset_invalid),
            ("dataset_empty", *dataset_empty),
            ("retry", *retry),
            ("timeline_title", *timeline_title),
            ("timeline_help", *timeline_help),
            ("cell_label", *cell_label),
            ("with_note", *with_note),
            ("key_title", *key_title),
            ("key_note", *key_note),
            ("key_empty", *key_empty),
            ("status", *status),
            ("note", *note),
            ("no_note", *no_note),
            ("full_entry", *full_entry),
            ("previous_year", *previous_year),
            ("next_year", *next_year),
            ("year_navigation", *year_navigation),
            ("listed_as_related_by", *listed_as_related_by),
            ("print_link", *print_link),
            ("not_found_title", *not_found_title),
            ("not_found_text", *not_found_text),
            ("notice_year_ignored", *notice_year_ignored),
            ("notice_year_not_in_entry", *notice_year_not_in_entry),
            ("copy_link", *copy_link),
            ("copy_citation", *copy_citation),
            ("link_copied", *link_copied),
            ("citation_copied", *citation_copied),
            ("copy_refused", *copy_refused),
            ("embed", *embed),
            ("embed_help", *embed_help),
            ("embed_script", *embed_script),
            ("embed_iframe", *embed_iframe),
            ("copy_code", *copy_code),
            ("code_copied", *code_copied),
            ("open_full_view", *open_full_view),
            ("new_tab", *new_tab),
            ("browse_title", *browse_title),
            ("search_label", *search_label),
            ("filters_title", *filters_title),
            ("facet_country", *facet_country),
            ("years", *years),
            ("from", *from),
            ("to", *to),
            ("clear_all", *clear_all),
            ("count_other", *count_other),
            ("count_one", *count_one),
            ("no_results", *no_results),
            ("remove_filter", *remove_filter),
            ("filter_query", *filter_query),
            ("filter_years", *filter_years),
            ("show_more", *show_more),
            ("synthetic", *synthetic),
            ("announce_measure", *announce_measure),
            ("announce_year", *announce_year),
            ("document_title", *document_title),
        ];
        v.extend(s.section_headings().map(|h| ("section", h)));
        v
    }

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
        let english = entries(&EN);
        for lang in Lang::ALL {
            let table = entries(lang.strings());
            assert_eq!(table.len(), english.len());
            for ((name, text), (_, en)) in table.iter().zip(&english) {
                assert!(!text.trim().is_empty(), "{}: {name} is empty", lang.code());
                assert_eq!(
                    placeholders(text),
                    placeholders(en),
                    "{}: {name} has other placeholders than English",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn section_headings_are_distinct_in_every_language() {
        for lang in Lang::ALL {
            let mut headings = lang.strings().section_headings().to_vec();
            headings.sort_unstable();
            headings.dedup();
            assert_eq!(headings.len(), 13, "{}", lang.code());
        }
    }

    #[test]
    fn languages_by_code_and_by_preference() {
        assert_eq!(Lang::from_code("fr"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("nl-BE"), Some(Lang::Nl));
        assert_eq!(Lang::from_code("DE_de"), Some(Lang::De));
        assert_eq!(Lang::from_code("es"), None);
        assert_eq!(Lang::from_code(""), None);
        assert_eq!(Lang::negotiate(["es-ES", "nl-BE", "fr"]), Lang::Nl);
        assert_eq!(Lang::negotiate(["es", "it"]), Lang::En);
        assert_eq!(Lang::negotiate([]), Lang::En);
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
