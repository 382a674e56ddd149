//! What every public page has around its content: the site's masthead, with its name and the
//! way back to the front page, and the site's footer.

use bitext_i18n::Locale;

use crate::labels::message;
use crate::markup::{attr, text};
use crate::site::Site;

/// The site's masthead: its name, linking to the front page, and the public navigation.
pub fn site_header(site: &Site, locale: &Locale) -> String {
    format!(
        "<header class=\"site-header\">\n\
         <a class=\"site-name\" href=\"/read\">{}</a>\n\
         <nav class=\"site-nav\" aria-label=\"{}\"><ul><li><a href=\"/read\">{}</a></li></ul></nav>\n\
         </header>\n",
        text(&site.name),
        attr(&message(locale, "site-nav", &[])),
        text(&message(locale, "site-front-page", &[])),
    )
}

/// The site's footer: its name again, and the way back to the front page.
pub fn site_footer(site: &Site, locale: &Locale) -> String {
    format!(
        "<footer class=\"site-footer\">\n<a href=\"/read\">{}</a>\n</footer>\n",
        text(&message(
            locale,
            "site-footer",
            &[("site", bitext_i18n::Arg::from(site.name.as_str()))]
        )),
    )
}
