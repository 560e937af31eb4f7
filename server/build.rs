// The integration tests embed both migration folders with `sqlx::migrate!` (tests/it/
// schema_engines.rs): rebuild when a migration is added or changed.
fn main() {
    println!("cargo:rerun-if-changed=../migrations");
}
