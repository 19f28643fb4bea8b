//! The ids of the timeline's controls, by which focus finds them again after a navigation (and
//! which tests and the README's keyboard model name).

/// Id of the lane (`tbody`) of the measure at `index`.
pub fn lane_id(index: usize) -> String {
    format!("lane-{index}")
}

/// Id of the link naming the measure at `index`.
pub fn lane_link_id(index: usize) -> String {
    format!("lane-link-{index}")
}

/// Id of the year control of `year` of the measure at `index`.
pub fn cell_id(index: usize, year: i32) -> String {
    format!("cell-{index}-{year}")
}

/// Id of the column header of `year`.
pub fn year_id(year: i32) -> String {
    format!("year-{year}")
}

/// Id of the entry of `year` in the open card's Timeline section.
pub fn note_id(year: i32) -> String {
    format!("note-{year}")
}

/// Id of a related development's item in the open card, by its id.
pub fn related_id(id: &str) -> String {
    format!("related-{id}")
}
