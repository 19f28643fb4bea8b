//! The browser entry point: see [`vet_timeline::start`].

fn main() {
    vet_timeline::start();
}
