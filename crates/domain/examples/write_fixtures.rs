//! Writes the benchmark's generated text pairs into a folder, for timing whole commands on
//! them: `cargo run --release -p bitext-domain --example write_fixtures -- DIR`.

use bitext_domain::diff::fixtures;

fn main() -> std::io::Result<()> {
    let dir =
        std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "fixtures".into()));
    std::fs::create_dir_all(&dir)?;
    let english = fixtures::english_article(1, 10_000);
    let chinese = fixtures::chinese_article(2, 20_000);
    let large = fixtures::english_article(3, 100_000);
    let pairs = [
        (
            "english_10k_words_1pct",
            english.clone(),
            fixtures::edit_words(&english, 11, 0.01),
        ),
        (
            "chinese_20k_chars_1pct",
            chinese.clone(),
            fixtures::edit_chars(&chinese, 12, 0.01),
        ),
        (
            "english_100k_words_1pct",
            large.clone(),
            fixtures::edit_words(&large, 13, 0.01),
        ),
        (
            "unrelated_10k_words",
            fixtures::english_article(4, 10_000),
            fixtures::english_article(5, 10_000),
        ),
    ];
    for (name, old, new) in pairs {
        std::fs::write(dir.join(format!("{name}.old.txt")), old)?;
        std::fs::write(dir.join(format!("{name}.new.txt")), new)?;
    }
    Ok(())
}
