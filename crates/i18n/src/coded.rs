//! Coded errors in words: the title and detail of an [`ErrorCode`], with its typed arguments
//! turned into Fluent arguments. Workflow states, actions and roles are named by their own
//! messages (`state-*`, `action-*`, `role-*`), lists are joined by the locale's list rules, and
//! numbers stay numbers so that plural rules and number formatting apply.

use bitext_domain::{ErrorArg, ErrorCode};

use crate::{Arg, Locale, Localizer};

/// The Fluent id of the detail of `code`: `error-<code>`.
pub fn detail_id(code: ErrorCode) -> String {
    format!("error-{}", code.as_str())
}

/// The Fluent id of the title of `code`: `error-<code>-title`.
pub fn title_id(code: ErrorCode) -> String {
    format!("error-{}-title", code.as_str())
}

impl Localizer {
    /// The Fluent arguments of `args` in `locale`.
    pub fn error_args<'a>(
        &self,
        locale: &Locale,
        args: &'a [(&'a str, ErrorArg)],
    ) -> Vec<(&'a str, Arg)> {
        args.iter()
            .map(|(name, value)| (*name, self.error_arg(locale, value)))
            .collect()
    }

    /// The title of `code` in `locale`.
    pub fn error_title(&self, locale: &Locale, code: ErrorCode) -> String {
        self.format(locale, &title_id(code), &[])
    }

    /// The detail of `code` in `locale`, with `args` already made Fluent arguments by
    /// [`Localizer::error_args`] (and any the caller adds, such as `request_id`).
    pub fn error_detail(&self, locale: &Locale, code: ErrorCode, args: &[(&str, Arg)]) -> String {
        self.format(locale, &detail_id(code), args)
    }

    fn error_arg(&self, locale: &Locale, value: &ErrorArg) -> Arg {
        let name = |prefix: &str, id: &str| self.format(locale, &format!("{prefix}-{id}"), &[]);
        match value {
            ErrorArg::Text(text) => Arg::from(text.as_str()),
            ErrorArg::Number(n) => Arg::Num(*n),
            ErrorArg::State(state) => Arg::from(name("state", state.as_str())),
            ErrorArg::Action(action) => Arg::from(name("action", action.as_str())),
            ErrorArg::Actions(actions) => {
                let names: Vec<String> =
                    actions.iter().map(|a| name("action", a.as_str())).collect();
                Arg::from(self.format_list(locale, &names))
            }
            ErrorArg::Roles(roles) => {
                let names: Vec<String> = roles.iter().map(|r| name("role", r.as_str())).collect();
                Arg::from(self.format_or_list(locale, &names))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use bitext_domain::{Action, Role, State};

    use super::*;

    fn detail(locale: Locale, code: ErrorCode, args: &[(&str, ErrorArg)]) -> String {
        let localizer = Localizer::global();
        let args = localizer.error_args(&locale, args);
        localizer
            .try_format(&locale, &detail_id(code), &args)
            .unwrap_or_else(|error| panic!("{error}"))
    }

    #[test]
    fn a_refusal_by_role_names_the_roles_joined_with_or() {
        let roles = |r: Vec<Role>| [("roles", ErrorArg::Roles(r))];
        assert_eq!(
            detail(
                Locale::EN_US,
                ErrorCode::Forbidden,
                &roles(vec![Role::Editor, Role::Admin])
            ),
            "Your roles do not allow this. It needs one of these roles: editor or admin."
        );
        assert_eq!(
            detail(
                Locale::ZH_CN,
                ErrorCode::Forbidden,
                &roles(vec![Role::Translator, Role::Editor, Role::Admin])
            ),
            "你的角色无权执行此操作，需要以下角色之一：译者、编辑或管理员。"
        );
    }

    #[test]
    fn workflow_names_are_translated_and_allowed_actions_joined_with_and() {
        let args = [
            ("action", ErrorArg::Action(Action::Publish)),
            ("state", ErrorArg::State(State::InReview)),
            (
                "allowed",
                ErrorArg::Actions(vec![Action::Approve, Action::RequestChanges]),
            ),
        ];
        assert_eq!(
            detail(Locale::EN_US, ErrorCode::TransitionNotAllowed, &args),
            "You cannot “publish” while the translation is “in review”. \
             Allowed now: approve and request changes."
        );
        assert_eq!(
            detail(Locale::ZH_TW, ErrorCode::TransitionNotAllowed, &args),
            "譯文處於「審校中」狀態時，無法執行「發布」。目前可執行的操作：核准和要求修改。"
        );
    }

    #[test]
    fn numbers_choose_the_plural_form() {
        let max = |n: i64| [("max", ErrorArg::Number(n))];
        assert_eq!(
            detail(Locale::EN_US, ErrorCode::CommentTooLong, &max(1)),
            "A comment must not be longer than 1 character."
        );
        assert_eq!(
            detail(Locale::EN_US, ErrorCode::CommentTooLong, &max(10)),
            "A comment must not be longer than 10 characters."
        );
    }

    #[test]
    fn a_missing_comment_is_named_in_the_readers_language_with_its_number() {
        let args = [("id", ErrorArg::Number(5))];
        assert_eq!(
            detail(Locale::ZH_CN, ErrorCode::CommentNotFound, &args),
            "不存在编号为 5 的意见。"
        );
        assert_eq!(
            Localizer::global().error_title(&Locale::ZH_TW, ErrorCode::CommentNotFound),
            "意見不存在"
        );
    }
}
