// The preview's modal dialogs (ui.showModalDialog, e.g. the Scheda regione): the page served at /dialog,
// in a frame of the size the add-on asked for (within the window), with a title bar and a close button,
// as Sheets shows it. preview.js calls window.coefficientiDialog.open(events.dialog) after a menu item.
(() => {
  let dialog = null;
  let frame = null;
  let title = null;
  function build() {
    dialog = document.createElement("dialog");
    dialog.id = "addon-dialog";
    dialog.setAttribute("aria-labelledby", "addon-dialog-title");
    dialog.style.cssText = "padding:0;border:1px solid #888;border-radius:8px;max-width:96vw;max-height:94vh";
    const bar = document.createElement("div");
    bar.style.cssText =
      "display:flex;justify-content:space-between;align-items:center;padding:8px 12px;font:16px Arial,sans-serif;border-bottom:1px solid #ddd";
    title = document.createElement("h2");
    title.id = "addon-dialog-title";
    title.style.cssText = "font-size:16px;margin:0";
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "✕";
    close.setAttribute("aria-label", "Chiudi la finestra");
    close.style.cssText =
      "min-width:44px;min-height:44px;font-size:18px;background:none;border:0;cursor:pointer";
    close.addEventListener("click", () => dialog.close());
    bar.append(title, close);
    frame = document.createElement("iframe");
    frame.id = "addon-dialog-frame";
    frame.style.cssText = "display:block;border:0";
    dialog.append(bar, frame);
    dialog.addEventListener("close", () => {
      frame.src = "about:blank";
    });
    document.body.append(dialog);
  }
  window.addEventListener("message", (e) => {
    if (!frame || e.origin !== location.origin || e.source !== frame.contentWindow) return;
    if (e.data?.coefficienti === "close") dialog.close();
  });
  window.coefficientiDialog = {
    open(spec) {
      if (!dialog) build();
      title.textContent = spec.title || "";
      frame.title = spec.title || "Finestra del componente aggiuntivo";
      const width = Math.min(spec.width || 600, window.innerWidth - 40);
      const height = Math.min(spec.height || 400, window.innerHeight - 110);
      frame.style.width = `${width}px`;
      frame.style.height = `${height}px`;
      frame.src = `/dialog?t=${Date.now()}`;
      if (!dialog.open) dialog.showModal();
    },
  };
})();
