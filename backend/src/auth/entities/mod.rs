//! Tables of the sign-in domain.

pub mod invitation;
pub mod login_throttle;
pub mod password_reset;
pub mod refresh_token;
pub mod session_revocation;
