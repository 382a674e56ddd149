//! Hashing and verifying passwords: the PHC string, its parameters and its salt.

use bitext_password::{hash_password, needs_rehash, verify_password};

#[test]
fn a_hash_verifies_its_password_and_not_another() {
    let hash = hash_password("correct horse battery staple").unwrap();
    assert!(verify_password("correct horse battery staple", &hash).unwrap());
    assert!(!verify_password("correct horse battery stapl", &hash).unwrap());
    assert!(!verify_password("", &hash).unwrap());
}

#[test]
fn a_hash_is_an_argon2id_phc_string_with_its_parameters() {
    let hash = hash_password("密码 pass").unwrap();
    assert!(
        hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{hash}"
    );
    // Algorithm, version, parameters, salt, hash.
    assert_eq!(hash.split('$').count(), 6, "{hash}");
    assert!(verify_password("密码 pass", &hash).unwrap());
}

#[test]
fn hashing_the_same_password_twice_salts_it_differently() {
    let a = hash_password("same").unwrap();
    let b = hash_password("same").unwrap();
    assert_ne!(a, b);
    assert_ne!(a.split('$').nth(4), b.split('$').nth(4), "the salts differ");
    assert!(verify_password("same", &a).unwrap() && verify_password("same", &b).unwrap());
}

#[test]
fn a_hash_made_with_other_parameters_still_verifies_and_asks_for_a_rehash() {
    // Made by another implementation (Python's argon2-cffi) with m=8,t=1,p=1: the parameters
    // come from the string, not from ours.
    let weak = "$argon2id$v=19$m=8,t=1,p=1$c29tZXNhbHQ$8Tf44YakA6Z5zNBgblq13Nr+Q8FkCFWsjG4z6b1j7rM";
    assert!(verify_password("password", weak).unwrap());
    assert!(!verify_password("Password", weak).unwrap());
    assert!(needs_rehash(weak));
    assert!(!needs_rehash(&hash_password("password").unwrap()));
}

#[test]
fn a_malformed_stored_hash_is_an_error_not_a_mismatch() {
    assert!(verify_password("x", "not a hash").is_err());
    assert!(verify_password("x", "$argon2id$v=19$m=19456,t=2,p=1$").is_err());
    assert!(needs_rehash("not a hash"));
}
