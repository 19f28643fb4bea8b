//! Order without the standard library's sorts (kilobytes of wasm per type): a small Shell sort,
//! and measures found by id in logarithmic time, so that what looks measures up by id (the
//! validation, the timeline's grouping) stays fast at tens of thousands of them.

use super::model::Dataset;
use crate::text::vocab::Stage;

/// Sorts `v` in ascending order: a Shell sort, a few hundred bytes of wasm where the standard
/// library's sorts cost kilobytes per type; fast enough for tens of thousands of items.
pub fn sort<T: PartialOrd + Copy>(v: &mut [T]) {
    let mut gap = v.len() / 2;
    while gap > 0 {
        for i in gap..v.len() {
            let item = v[i];
            let mut j = i;
            while j >= gap && v[j - gap] > item {
                v[j] = v[j - gap];
                j -= gap;
            }
            v[j] = item;
        }
        gap = if gap == 2 { 1 } else { gap * 5 / 11 };
    }
}

/// Pairs of a key and an index, sorted (by key, then index): the first index of a key is found
/// by a binary search.
#[derive(Debug, Clone, Default)]
pub struct Keyed<'d>(Vec<(&'d str, usize)>);

impl<'d> Keyed<'d> {
    /// `pairs`, sorted.
    pub fn new(mut pairs: Vec<(&'d str, usize)>) -> Self {
        sort(&mut pairs);
        Keyed(pairs)
    }

    /// Each measure's id with its index.
    pub fn ids(data: &'d Dataset) -> Self {
        Keyed::new(
            data.measures
                .iter()
                .enumerate()
                .map(|(i, m)| (m.id.as_str(), i))
                .collect(),
        )
    }

    /// The smallest index paired with `key`, if any.
    pub fn first(&self, key: &str) -> Option<usize> {
        let at = self.0.partition_point(|(k, _)| *k < key);
        self.0.get(at).filter(|(k, _)| *k == key).map(|(_, i)| *i)
    }
}

/// `items` in the order of a policy's life, by the stage of each one's `status` (Design first,
/// Completed last), those of no stage after them; items of one rank keep their order.
pub fn in_stage_order<T>(items: Vec<T>, status: impl Fn(&T) -> &str) -> Vec<T> {
    let mut order: Vec<(usize, usize)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let rank = Stage::of(status(item)).map_or(Stage::ALL.len(), |s| s as usize);
            (rank, i)
        })
        .collect();
    sort(&mut order);
    let mut items: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|(_, i)| items[i].take())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sort_sorts() {
        let mut v: Vec<u32> = (0..2000).map(|i| (i * 7919) % 1009).collect();
        let mut expected = v.clone();
        expected.sort_unstable();
        sort(&mut v);
        assert_eq!(v, expected);
        let mut words = ["b", "a", "c", "a"];
        sort(&mut words);
        assert_eq!(words, ["a", "a", "b", "c"]);
        let mut empty: [u8; 0] = [];
        sort(&mut empty);
    }

    #[test]
    fn stages_come_in_the_order_of_a_policys_life_and_others_after_as_they_were() {
        let statuses = [
            "Under review",
            "Completed",
            "design",
            "Other",
            "Approved",
            "Pilot",
        ];
        assert_eq!(
            in_stage_order(statuses.to_vec(), |s| s),
            [
                "design",
                "Approved",
                "Pilot",
                "Completed",
                "Under review",
                "Other"
            ]
        );
    }

    #[test]
    fn the_first_index_of_a_key() {
        let keyed = Keyed::new(vec![("b", 4), ("a", 3), ("b", 1), ("c", 0), ("b", 2)]);
        assert_eq!(keyed.first("b"), Some(1));
        assert_eq!(keyed.first("a"), Some(3));
        assert_eq!(keyed.first("c"), Some(0));
        assert_eq!(keyed.first(""), None);
        assert_eq!(keyed.first("bb"), None);
        assert_eq!(keyed.first("z"), None);
        assert_eq!(Keyed::default().first("a"), None);
    }
}
