//! A clock that tests move by hand, for use cases that wait (sign-in pauses, idle sessions).

use std::sync::{Arc, Mutex};

use bitext_app::App;
use chrono::{DateTime, TimeDelta, Utc};

/// A time that stands still until [`TestClock::advance`] moves it.
#[derive(Clone)]
pub struct TestClock(Arc<Mutex<DateTime<Utc>>>);

impl TestClock {
    /// Now, standing still.
    pub fn new() -> TestClock {
        TestClock(Arc::new(Mutex::new(Utc::now())))
    }

    /// `app` reading its time from this clock.
    pub fn drive(&self, app: App) -> App {
        let now = self.0.clone();
        app.with_clock(move || *now.lock().unwrap())
    }

    pub fn advance(&self, by: TimeDelta) {
        *self.0.lock().unwrap() += by;
    }
}
