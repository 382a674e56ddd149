//! GNU `patch` for the tests that apply our unified diffs: found on `PATH`, or the test fails
//! saying so, so that a machine without it never passes those tests by skipping them.

use std::path::PathBuf;
use std::process::Command;

/// The GNU `patch` program on `PATH`.
///
/// # Panics
/// When there is no `patch` on `PATH`, or the one found is not GNU patch.
pub fn gnu_patch() -> PathBuf {
    let found = std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|dir| dir.join("patch"))
        .find(|p| p.is_file());
    let Some(path) = found else {
        panic!(
            "GNU patch is required to check that unified diffs apply, and there is no `patch` \
             on PATH; install it (Debian: apt-get install patch)"
        );
    };
    let version = Command::new(&path)
        .arg("--version")
        .output()
        .unwrap_or_else(|e| panic!("{} does not run: {e}", path.display()));
    let version = String::from_utf8_lossy(&version.stdout);
    assert!(
        version.starts_with("GNU patch"),
        "{} is not GNU patch (it says {version:?}); install GNU patch",
        path.display()
    );
    path
}
