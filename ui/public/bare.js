// Reports the first paint of the bare page, like the app's UI does (see scripts/measure.sh).
requestAnimationFrame(() =>
  requestAnimationFrame(() => window.__TAURI_INTERNALS__.invoke("ui_painted")),
);
