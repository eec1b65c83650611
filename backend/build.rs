//! Rebuilds the server when the web app it embeds changes (see `src/http/ui.rs`).
//!
//! Only builds without debug assertions (release) copy `frontend/dist` into the binary; debug
//! builds read it from disk at run time and need no rebuild. A release build tracks the folder,
//! or, while it does not exist yet, the frontend folder it will appear in (a missing path would
//! make cargo rebuild on every run).

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var_os("CARGO_CFG_DEBUG_ASSERTIONS").is_some() {
        return;
    }
    let dist = std::path::Path::new("../frontend/dist");
    if dist.is_dir() {
        println!("cargo:rerun-if-changed=../frontend/dist");
    } else {
        println!("cargo:rerun-if-changed=../frontend");
    }
}
