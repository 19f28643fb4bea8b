//! The browser entry point: see [`vet_timeline::start`].

/// Talc instead of the default dlmalloc: about 0.5 KB less gzipped wasm (measured), and faster.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    vet_timeline::start();
}
