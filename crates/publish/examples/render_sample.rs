//! Writes a sample edition as HTML in every layout (plus Markdown, Atom and a
//! withdrawn notice) into a folder, to look at in a browser:
//! `cargo run -p bitext-publish --example render_sample -- /tmp/bitext-sample`.

use std::path::{Path, PathBuf};
use std::{env, fs, io};

use bitext_i18n::Locale;
use bitext_publish::{
    Edition, EditionSummary, Feed, FeedEntry, Layout, READER_CSS, Side, atom, credits, html,
    markdown, withdrawn_html,
};
use chrono::{DateTime, TimeZone, Utc};

const SOURCE_TITLE: &str = "河畔社区图书馆重新开放";
const SOURCE_BODY: &str = "经过八个月的翻修，河畔社区图书馆于周六重新向公众开放。新馆增加了儿童阅览区，并延长了晚间开放时间。

馆长王丽华说，翻修期间，志愿者们把两万多册图书暂存在附近的一所学校里。“没有他们，我们不可能按时完工。”

图书馆今后每周三晚上将举办双语读书会，欢迎各个年龄段的读者参加。";

const ENGLISH_TITLE: &str = "Riverside Community Library Reopens";
const ENGLISH_BODY: &str = "After eight months of renovation, the Riverside Community Library reopened to the public on Saturday. The new building adds a children's reading area and stays open later in the evening.

Librarian Wang Lihua said that during the work, volunteers stored more than twenty thousand books at a nearby school. \"Without them, we could never have finished on time.\"

From now on, the library will host a bilingual book club every Wednesday evening, open to readers of all ages.";

const UYGHUR_TITLE: &str = "دەريا بويى مەھەللە كۇتۇپخانىسى قايتا ئېچىلدى";
const UYGHUR_BODY: &str = "سەككىز ئايلىق رېمونتتىن كېيىن، دەريا بويى مەھەللە كۇتۇپخانىسى شەنبە كۈنى جامائەتكە قايتا ئېچىلدى. يېڭى بىنادا بالىلار ئوقۇش رايونى قوشۇلدى، كەچلىك ئېچىلىش ۋاقتىمۇ ئۇزارتىلدى.

كۇتۇپخانا مۇدىرى ۋاڭ لىخۇا مۇنداق دېدى: رېمونت جەريانىدا پىدائىيلار يىگىرمە مىڭدىن ئارتۇق كىتابنى يېقىن ئەتراپتىكى بىر مەكتەپتە ساقلىدى. «ئۇلار بولمىغان بولسا، ۋاقتىدا تاماملىيالمايتتۇق.»

بۇنىڭدىن كېيىن كۇتۇپخانا ھەر چارشەنبە كەچتە ئىككى تىللىق كىتاب ئوقۇش يىغىنى ئۆتكۈزىدۇ، ھەر ياشتىكى ئوقۇرمەنلەرنى قارشى ئالىدۇ.";

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, day, hour, 30, 0)
        .single()
        .unwrap_or_default()
}

fn side(language: &str, title: &str, body: &str, revision: i32) -> Side {
    Side {
        language: language.into(),
        title: title.into(),
        body: body.into(),
        revision,
    }
}

fn edition(translation: Side, translators: &[&str]) -> Edition {
    let note = "Corrected the number of books the volunteers stored.";
    Edition {
        slug: "riverside-library".into(),
        number: 2,
        published_at: at(9, 8),
        publisher: "Bitext Desk".into(),
        source: side("zh-Hans", SOURCE_TITLE, SOURCE_BODY, 3),
        translation,
        translators: translators.iter().map(|name| name.to_string()).collect(),
        editors: vec!["Lin Mei".into()],
        credit_override: None,
        correction_note: Some(note.into()),
        editions: vec![
            EditionSummary {
                number: 1,
                published_at: at(7, 16),
                correction_note: None,
            },
            EditionSummary {
                number: 2,
                published_at: at(9, 8),
                correction_note: Some(note.into()),
            },
        ],
    }
}

fn write(folder: &Path, name: &str, contents: &str) -> io::Result<()> {
    let path = folder.join(name);
    fs::write(&path, contents)?;
    println!("{}", path.display());
    Ok(())
}

fn main() -> io::Result<()> {
    let folder = PathBuf::from(env::args().nth(1).unwrap_or_else(|| "render-sample".into()));
    fs::create_dir_all(folder.join("assets"))?;
    let folder = folder.canonicalize()?;
    fs::write(folder.join("assets/read.css"), READER_CSS)?;
    let base = folder.to_string_lossy().into_owned();

    let english = edition(
        side("en", ENGLISH_TITLE, ENGLISH_BODY, 5),
        &["Alex Chen", "Maya Ortiz"],
    );
    let uyghur = edition(
        side("ug", UYGHUR_TITLE, UYGHUR_BODY, 4),
        &["ئايگۈل ئابدۇرېھىم"],
    );
    for layout in Layout::ALL {
        let page = html(&english, layout, &Locale::EN_US, &base);
        write(&folder, &format!("{layout}.html"), &page)?;
        let page = html(&uyghur, layout, &Locale::ZH_CN, &base);
        write(&folder, &format!("ug-{layout}.html"), &page)?;
    }
    let mut first = english.clone();
    first.number = 1;
    first.correction_note = None;
    first.published_at = at(7, 16);
    let page = html(&first, Layout::Interleaved, &Locale::ZH_TW, &base);
    write(&folder, "superseded-zh-TW.html", &page)?;
    let reason = "The source article was retracted by its publisher.";
    let page = withdrawn_html(
        "riverside-library",
        "ug",
        Some(UYGHUR_TITLE),
        reason,
        &Locale::EN_US,
        &base,
    );
    write(&folder, "withdrawn.html", &page)?;
    write(
        &folder,
        "article.md",
        &markdown(&english, Layout::default(), &Locale::EN_US),
    )?;

    let entries = vec![FeedEntry {
        slug: english.slug.clone(),
        edition: english.number,
        title: english.translation.title.clone(),
        summary: "After eight months of renovation, the library reopened.".into(),
        translators: english.translators.clone(),
        editors: english.editors.clone(),
        credits: credits(&english, &Locale::EN_US),
        correction_note: english.correction_note.clone(),
        published_at: first.published_at,
        updated_at: english.published_at,
        url: format!("http://localhost:8080/read/{}/en", english.slug),
    }];
    let feed = Feed {
        language: "en".into(),
        title: "Bitext: translations into en".into(),
        self_url: "http://localhost:8080/feed/en.atom".into(),
        home_url: "http://localhost:8080/read".into(),
        id: "tag:bitext,2026:feed/en".into(),
        updated: english.published_at,
        entries,
    };
    write(&folder, "feed.atom", &atom(&feed))
}
