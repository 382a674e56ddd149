//! Passwords for signing in: hashed with argon2id into a PHC string that records the algorithm,
//! its version, its parameters and a fresh random salt, and verified against one.
//!
//! The stored string is self-describing (`$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`), so a
//! later change of parameters still verifies old hashes; [`needs_rehash`] tells the caller when
//! to store a new one after a successful sign-in. Comparison of the computed and stored hashes is
//! constant-time (the `password-hash` crate's `Output` compares with `subtle`).

use argon2::{
    Algorithm, Argon2, Params, Version,
    password_hash::{self, PasswordHasher, PasswordVerifier, phc::PasswordHash},
};

/// Memory cost in KiB, passes and lanes: OWASP's first recommendation for argon2id.
const MEMORY_KIB: u32 = 19 * 1024;
const PASSES: u32 = 2;
const LANES: u32 = 1;

/// Why hashing or verifying failed; a wrong password is not an error but `Ok(false)`.
#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    /// The stored string is not a PHC string this module can verify.
    #[error("the stored password hash is malformed: {0}")]
    Malformed(password_hash::Error),
    /// The hash function failed (e.g. no random numbers for the salt).
    #[error("password hashing failed: {0}")]
    Hashing(password_hash::Error),
}

fn hasher() -> Argon2<'static> {
    let params = Params::new(MEMORY_KIB, PASSES, LANES, None)
        .expect("the constant parameters are within argon2's bounds");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes `password` with argon2id and a fresh random salt.
///
/// # Errors
/// [`PasswordError::Hashing`] when the system gives no random numbers for the salt.
pub fn hash_password(password: &str) -> Result<String, PasswordError> {
    hasher()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(PasswordError::Hashing)
}

/// Whether `password` is the one `stored` (a PHC string from [`hash_password`]) was made from.
/// The parameters are read from `stored`, not from the current settings.
///
/// # Errors
/// [`PasswordError::Malformed`] when `stored` is not an argon2 PHC string.
pub fn verify_password(password: &str, stored: &str) -> Result<bool, PasswordError> {
    let hash = PasswordHash::new(stored).map_err(|e| PasswordError::Malformed(e.into()))?;
    match hasher().verify_password(password.as_bytes(), &hash) {
        Ok(()) => Ok(true),
        Err(password_hash::Error::PasswordInvalid) => Ok(false),
        Err(e) => Err(PasswordError::Malformed(e)),
    }
}

/// Whether `stored` was made with other than the current algorithm and parameters, so that the
/// caller should hash the password again after verifying it. A malformed string needs it too.
pub fn needs_rehash(stored: &str) -> bool {
    let Ok(hash) = PasswordHash::new(stored) else {
        return true;
    };
    let current = format!("m={MEMORY_KIB},t={PASSES},p={LANES}");
    hash.algorithm.as_str() != Algorithm::Argon2id.ident().as_str()
        || hash.version != Some(Version::V0x13.into())
        || hash.params.to_string() != current
}

/// The letters of generated passwords: lowercase and digits, without look-alikes (i, l, o, 0, 1).
const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// A new random password to hand to a person (a reset, the demo's people): four groups of four
/// characters from an alphabet without look-alikes, about 79 bits of randomness.
pub fn generate() -> String {
    use rand::Rng as _;
    let mut rng = rand::rng();
    (0..4)
        .map(|_| {
            (0..4)
                .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod generated {
    #[test]
    fn generated_passwords_are_long_readable_and_different_each_time() {
        let a = super::generate();
        let b = super::generate();
        assert_ne!(a, b);
        assert_eq!(a.len(), 19);
        assert!(a.split('-').all(|g| g.len() == 4));
        assert!(!a.contains(['0', '1', 'o', 'l', 'i']));
    }
}
