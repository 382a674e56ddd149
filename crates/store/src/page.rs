//! Keyset pagination: a query asks for one row more than the page holds; if it comes, there is
//! a next page, whose cursor is the last row's key.

/// Cuts `rows` (fetched with `limit + 1`) to the page and gives the next page's cursor.
pub(crate) fn split<M>(
    mut rows: Vec<M>,
    limit: u64,
    key: impl Fn(&M) -> i64,
) -> (Vec<M>, Option<String>) {
    let more = rows.len() as u64 > limit;
    rows.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    let cursor = more
        .then(|| rows.last().map(|r| key(r).to_string()))
        .flatten();
    (rows, cursor)
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn a_next_page_exists_only_when_the_extra_row_came() {
        assert_eq!(
            split(vec![1, 2, 3], 2, |n| *n),
            (vec![1, 2], Some("2".into()))
        );
        assert_eq!(split(vec![1, 2], 2, |n| *n), (vec![1, 2], None));
        assert_eq!(split(Vec::<i64>::new(), 2, |n| *n), (vec![], None));
    }
}
