use std::time::Instant;
use bitext_domain::diff::{fixtures, paragraphs};
use similar::{Algorithm, capture_diff_slices, capture_diff_slices_deadline};
use unicode_segmentation::UnicodeSegmentation;

#[test]
fn probe() {
    let old = fixtures::english_article(4, 10_000);
    let new = fixtures::english_article(5, 10_000);
    let op = paragraphs(&old);
    let np = paragraphs(&new);
    let toks: Vec<(Vec<&str>, Vec<&str>)> = op.iter().zip(np.iter()).map(|(a, b)| (a.split_word_bounds().collect(), b.split_word_bounds().collect())).collect();
    for alg in [Algorithm::Myers, Algorithm::RawMyers, Algorithm::Patience, Algorithm::Histogram] {
        let t = Instant::now();
        let mut n = 0;
        for (a, b) in &toks { n += capture_diff_slices(alg, a, b).len(); }
        eprintln!("{alg:?}: {:?} ops {n}", t.elapsed());
    }
    // interned ids
    let ids: Vec<(Vec<u64>, Vec<u64>)> = toks.iter().map(|(a,b)| {
        let h = |s: &&str| { use std::hash::{Hash, Hasher}; let mut x = std::collections::hash_map::DefaultHasher::new(); s.hash(&mut x); x.finish() };
        (a.iter().map(h).collect(), b.iter().map(h).collect())
    }).collect();
    let t = Instant::now();
    let mut n = 0;
    for (a, b) in &ids { n += capture_diff_slices(Algorithm::Myers, a, b).len(); }
    eprintln!("Myers on ids: {:?} ops {n}", t.elapsed());
    let t = Instant::now();
    let mut n = 0;
    for (a, b) in &ids { n += capture_diff_slices_deadline(Algorithm::Myers, a, b, Some(Instant::now() + std::time::Duration::from_secs(1))).len(); }
    eprintln!("Myers on ids with deadline: {:?} ops {n}", t.elapsed());
    let t = Instant::now();
    let mut n = 0;
    for (a, b) in &toks { let mut d = similar::algorithms::Capture::new(); similar::algorithms::diff_slices(Algorithm::Myers, &mut d, a, b).unwrap(); n += d.into_ops().len(); }
    eprintln!("Myers w/o compact: {:?} ops {n}", t.elapsed());
    eprintln!("tokens per side avg {}", toks.iter().map(|t| t.0.len()).sum::<usize>() / toks.len());
}
