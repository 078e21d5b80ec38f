// The preview page's paste: text pasted (Ctrl+V) while a cell of the grid is selected goes to the
// preview server, which spreads it over the cells to the right and below as Sheets does
// (dev/serve/paste.mjs). A paste into the formula bar or a dialog's field stays a paste into that field.
(() => {
  document.addEventListener("paste", (e) => {
    const target = e.target;
    if (
      target &&
      (target.closest?.("input, textarea, dialog, [contenteditable]") || target.isContentEditable)
    )
      return;
    const table = document.querySelector("#sheet table");
    const text = e.clipboardData ? e.clipboardData.getData("text/plain") : "";
    if (!table || !text || typeof window.previewApi !== "function") return;
    e.preventDefault();
    window.previewApi("/api/paste", {
      sheet: table.getAttribute("data-sheet"),
      a1: document.getElementById("address").textContent,
      text: text,
    });
  });
})();
