//! The archive both `archive` (which writes it) and `read_latency` (which reads it) know: for
//! each article of an archive of `articles`, its slug, its languages, how many revisions each
//! side has and where its translation stands. Everything follows from the article's index, so
//! the reader finds what the writer wrote without asking the database.

/// Revisions per article on average: an archive of 100,000 articles holds 1,000,000.
pub const MEAN_REVISIONS: u64 = 10;

pub use bitext_domain::State;

/// Where an article's translation stands, as counted in reports: not translated yet (`None`),
/// then every state of the workflow, so that a report shows the generator reached them all.
pub fn stages() -> impl Iterator<Item = Option<State>> {
    std::iter::once(None).chain(State::ALL.map(Some))
}

/// One article of the archive.
#[derive(Debug, Clone)]
pub struct Planned {
    pub index: u64,
    pub slug: String,
    /// `zh-Hans` for most (Chinese news translated into English), `en` for the rest.
    pub source_language: &'static str,
    pub target_language: &'static str,
    /// Revisions of the source article (at least 1).
    pub source_revisions: u32,
    /// Revisions of its translation (0 when untranslated).
    pub translation_revisions: u32,
    /// Its translation's state; `None` when it is not translated yet.
    pub state: Option<State>,
    /// The source's last revision is a minor one (a typo fix).
    pub last_minor: bool,
    /// The translation renders the source's revision before its last major one.
    pub outdated: bool,
}

/// A well-mixed number from an index and a salt (SplitMix64).
pub fn mix(index: u64, salt: u64) -> u64 {
    let mut z = index
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add(salt.wrapping_mul(0xBF58_476D_1CE4_E5B9));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

const SLUG_WORDS: &[&str] = &[
    "library", "market", "bridge", "council", "school", "river", "harbour", "station", "garden",
    "museum", "clinic", "tram", "festival", "budget", "housing", "park",
];

/// Article `index` of an archive (pairs of articles together keep the mean at exactly
/// [`MEAN_REVISIONS`], so an archive of an even number of articles holds exactly ten times as
/// many revisions).
pub fn article(index: u64) -> Planned {
    let pair = index / 2;
    let spread = (mix(pair, 1) % 17) as i64 - 8; // -8..=8
    let total = (MEAN_REVISIONS as i64
        + if index.is_multiple_of(2) {
            spread
        } else {
            -spread
        }) as u32;
    let chinese = mix(index, 2) % 100 < 85;
    let (source_language, target_language) = if chinese {
        ("zh-Hans", "en")
    } else {
        ("en", "zh-Hans")
    };
    let roll = mix(index, 3) % 100;
    let state = match roll {
        0..8 => None,
        8..26 => Some(State::Draft),
        26..34 => Some(State::InReview),
        34..39 => Some(State::ChangesRequested),
        39..44 => Some(State::Approved),
        44..95 => Some(State::Published),
        _ => Some(State::Withdrawn),
    };
    let (source_revisions, translation_revisions) = if state.is_none() {
        (total, 0)
    } else {
        let source = (total * 2 / 5).max(1);
        (source, total - source)
    };
    let last_minor = source_revisions > 1 && mix(index, 4).is_multiple_of(10);
    let outdated =
        state.is_some() && source_revisions > 1 && !last_minor && mix(index, 5) % 100 < 15;
    let slug = format!(
        "{}-{}-{index}",
        SLUG_WORDS[(mix(index, 6) % SLUG_WORDS.len() as u64) as usize],
        SLUG_WORDS[(mix(index, 7) % SLUG_WORDS.len() as u64) as usize],
    );
    Planned {
        index,
        slug,
        source_language,
        target_language,
        source_revisions,
        translation_revisions,
        state,
        last_minor,
        outdated,
    }
}
