//! People's roles and sets of them.

use std::{fmt, str::FromStr};

use crate::ValidationError;

/// What a person may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Translator,
    Editor,
    Publisher,
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Translator, Role::Editor, Role::Publisher, Role::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Translator => "translator",
            Self::Editor => "editor",
            Self::Publisher => "publisher",
            Self::Admin => "admin",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

impl FromStr for Role {
    type Err = ValidationError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s.trim())
            .ok_or_else(|| ValidationError::Role { role: s.to_owned() })
    }
}

/// A set of roles, written as a comma-separated list (`translator,editor`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Roles(u8);

impl Roles {
    pub fn contains(self, role: Role) -> bool {
        self.0 & role.bit() != 0
    }

    /// Whether the set has any of `roles`.
    pub fn any(self, roles: &[Role]) -> bool {
        roles.iter().any(|r| self.contains(*r))
    }

    pub fn with(self, role: Role) -> Self {
        Self(self.0 | role.bit())
    }

    pub fn iter(self) -> impl Iterator<Item = Role> {
        Role::ALL.into_iter().filter(move |r| self.contains(*r))
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl FromIterator<Role> for Roles {
    fn from_iter<T: IntoIterator<Item = Role>>(iter: T) -> Self {
        iter.into_iter().fold(Roles::default(), Roles::with)
    }
}

impl FromStr for Roles {
    type Err = ValidationError;

    /// Parses `translator,editor`; empty items are ignored.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.split(',')
            .filter(|p| !p.trim().is_empty())
            .map(Role::from_str)
            .collect()
    }
}

impl fmt::Display for Roles {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.iter().map(Role::as_str).collect();
        f.write_str(&names.join(","))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_through_text() {
        let roles: Roles = "editor, translator".parse().unwrap();
        assert!(roles.contains(Role::Editor) && roles.contains(Role::Translator));
        assert!(!roles.contains(Role::Admin));
        assert_eq!(roles.to_string(), "translator,editor");
        assert!("chief".parse::<Roles>().is_err());
    }
}
