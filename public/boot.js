// Starts the app without any inline script, so that a strict Content-Security-Policy
// (script-src 'self' 'wasm-unsafe-eval') allows it. Trunk writes the hashed file names of the
// wasm-bindgen loader and of the wasm into this script element's data attributes.
// (Its selectors follow web::browser::BOOT_SCRIPT and components::handover::WRITTEN_OUT:
// tests/mirrors.rs compares the built file with them.)
const boot = document.querySelector('script[data-wasm]');

function showFailure(reason) {
  const host = document.getElementById('app') || document.body;
  // The page written out at build time stays: it holds the view, readable and with its links;
  // a note above it says why it is not interactive.
  const written = host.querySelector('#page[data-written-out]');
  if (written) {
    const note = document.createElement('p');
    note.className = 'load-failure';
    note.setAttribute('role', 'alert');
    note.textContent = 'The interactive timeline could not start (' + reason + '). ' +
      'This page still shows the entry and its links; reload it, or open it in an up-to-date browser.';
    host.insertBefore(note, written);
    return;
  }
  const box = document.createElement('div');
  box.className = 'load-failure';
  box.setAttribute('role', 'alert');
  const title = document.createElement('h1');
  title.textContent = 'The timeline cannot be shown';
  const text = document.createElement('p');
  text.textContent = 'Your browser could not start it (' + reason + '). ' +
    'Please reload the page, or open it in an up-to-date browser.';
  box.append(title, text);
  host.replaceChildren(box);
}

if (!boot || typeof WebAssembly !== 'object') {
  showFailure('WebAssembly is not available');
} else {
  const base = document.baseURI;
  import(new URL(boot.dataset.js, base).href)
    .then((bindings) => bindings.default({ module_or_path: new URL(boot.dataset.wasm, base).href }))
    .catch((error) => showFailure(String(error && error.message ? error.message : error)));
}
