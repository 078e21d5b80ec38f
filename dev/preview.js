// The preview page: renders the workbook, runs menu items, shows the sidebar, toasts, alerts and prompts.
(() => {
  let state = null;
  let active = null;
  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs, text) => {
    const e = document.createElement(tag);
    for (const k in attrs || {}) if (attrs[k] !== undefined && attrs[k] !== null) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  };
  function letters(n) {
    let s = "";
    for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
    return s;
  }

  function api(path, body) {
    return fetch(
      path,
      body === undefined
        ? {}
        : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
    )
      .then((r) => r.json())
      .then((r) => {
        if (!r.ok && r.message) showAlert(r.message);
        if (r.sheets) render(r);
        return r;
      });
  }

  // For dev/preview-paste.js: a paste on the grid goes through the same request helper.
  window.previewApi = api;

  function render(next) {
    // The tab the spreadsheet shows: the page follows it when the add-on activates another one.
    const shownBefore = state ? state.active : null;
    state = next;
    if (
      !active ||
      !state.sheets.some((s) => s.name === active) ||
      (state.active && state.active !== shownBefore)
    )
      active = state.active || state.sheets[0].name;
    renderMenu();
    renderTabs();
    renderGrid();
    handleEvents(next.events || {});
  }

  // Menu items and tabs are rebuilt only when they change, so a click never lands on a replaced button.
  let shownMenu = "";
  let shownTabs = "";

  function renderMenu() {
    const list = $("menu-list");
    const signature = JSON.stringify(state.menus || []);
    if (signature === shownMenu) return;
    shownMenu = signature;
    list.replaceChildren();
    const menu = (state.menus || [])[0];
    if (!menu) return;
    menu.items.forEach((item) => {
      if (item.separator) {
        list.append(el("hr"));
        return;
      }
      const b = el("button", { role: "menuitem", "data-fn": item.functionName }, item.caption);
      b.addEventListener("click", () => {
        closeMenu();
        runMenu(item.functionName);
      });
      list.append(b);
    });
  }
  function closeMenu() {
    $("menu-list").hidden = true;
    $("menu-button").setAttribute("aria-expanded", "false");
  }
  $("menu-button").addEventListener("click", () => {
    const list = $("menu-list");
    list.hidden = !list.hidden;
    $("menu-button").setAttribute("aria-expanded", String(!list.hidden));
    if (!list.hidden) {
      const first = list.querySelector("[role=menuitem]");
      if (first) first.focus();
    }
  });
  $("menu-list").addEventListener("keydown", (e) => {
    const items = Array.prototype.slice.call($("menu-list").querySelectorAll("[role=menuitem]"));
    const i = items.indexOf(document.activeElement);
    if (e.key === "ArrowDown") {
      items[(i + 1) % items.length].focus();
      e.preventDefault();
    }
    if (e.key === "ArrowUp") {
      items[(i - 1 + items.length) % items.length].focus();
      e.preventDefault();
    }
    if (e.key === "Escape") {
      closeMenu();
      $("menu-button").focus();
    }
  });

  // A question the server sends (a menu item's confirmation, replacing the workbook) comes with a
  // one-time token; only the user's click in the dialog sends the answer back with it.
  // A prompt (ui.prompt) comes the same way; the user's text goes back only with OK.
  function runMenu(fn, reply) {
    api("/api/menu", Object.assign({ fn: fn }, reply)).then((r) => {
      if (r.question)
        ask(r.question, (yes) => {
          runMenu(fn, { token: r.token, answer: yes });
        });
      else if (r.prompt)
        askText(r.prompt, (ok, text) => {
          runMenu(fn, ok ? { token: r.token, answer: true, text: text } : { token: r.token, answer: false });
        });
    });
  }
  function replaceWorkbook(path, reply) {
    api(path, reply || {}).then((r) => {
      if (r.question)
        ask(r.question, (yes) => {
          if (yes) replaceWorkbook(path, { token: r.token, answer: true });
        });
    });
  }

  function renderTabs() {
    const tabs = $("tabs");
    const signature = state.sheets.map((s) => s.name).join("\u0000");
    if (signature === shownTabs) {
      for (const b of tabs.querySelectorAll("[role=tab]"))
        b.setAttribute("aria-selected", String(b.dataset.sheet === active));
      return;
    }
    shownTabs = signature;
    tabs.replaceChildren();
    state.sheets.forEach((s) => {
      const b = el(
        "button",
        { role: "tab", "aria-selected": String(s.name === active), "data-sheet": s.name },
        s.name,
      );
      b.addEventListener("click", () => {
        active = s.name;
        renderTabs();
        renderGrid();
      });
      tabs.append(b);
    });
  }

  function currentSheet() {
    return state.sheets.find((s) => s.name === active);
  }

  function renderGrid() {
    const sheet = currentSheet();
    const table = el("table", { "data-sheet": sheet.name });
    const head = el("thead");
    const hr = el("tr");
    hr.append(el("th", {}, ""));
    // As far as the data reaches plus some blank cells, never past the tab's own size.
    const cols = Math.min(Math.max(sheet.grid[0] ? sheet.grid[0].length : 1, 26), sheet.maxColumns);
    for (let c = 1; c <= cols; c++) hr.append(el("th", { scope: "col" }, letters(c)));
    head.append(hr);
    table.append(head);
    const body = el("tbody");
    const rows = Math.min(Math.max(sheet.grid.length + 10, 50), sheet.maxRows);
    for (let r = 0; r < rows; r++) {
      const tr = el("tr", { class: r < sheet.frozenRows ? "frozen" : null });
      tr.append(el("th", { scope: "row" }, String(r + 1)));
      for (let c2 = 0; c2 < cols; c2++) {
        const cell = (sheet.grid[r] || [])[c2] || { v: "", raw: "" };
        const a1 = letters(c2 + 1) + (r + 1);
        const classes = [
          cell.n ? "num" : "",
          cell.e ? "err" : "",
          cell.dd && r >= sheet.frozenRows ? "dd" : "",
          sheet.selected && sheet.selected.row === r + 1 && sheet.selected.col === c2 + 1 ? "sel" : "",
        ]
          .filter(Boolean)
          .join(" ");
        const td = el(
          "td",
          {
            "data-a1": a1,
            class: [classes, cell.note ? "note" : ""].filter(Boolean).join(" ") || null,
            title: [cell.e, cell.note].filter(Boolean).join("\n") || null,
            style: cell.bg ? "background-color:" + cell.bg : null,
          },
          cell.v,
        );
        td.addEventListener("click", select.bind(null, a1, cell.raw, cell.note || ""));
        tr.append(td);
      }
      body.append(tr);
    }
    table.append(body);
    // The grid scrolls: it must take the keyboard focus so arrow keys scroll it (axe's
    // scrollable-region-focusable), set here since the HTML linter reads any tabindex on a section as wrong.
    $("sheet").tabIndex = 0;
    $("sheet").replaceChildren(table);
    freezeColumns(table, sheet.frozenColumns || 0);
    drawCharts(sheet, table);
    const selected = sheet.selected
      ? (sheet.grid[sheet.selected.row - 1] || [])[sheet.selected.col - 1]
      : null;
    $("address").textContent = sheet.selected ? letters(sheet.selected.col) + sheet.selected.row : "A1";
    if (document.activeElement !== $("cell-input")) $("cell-input").value = selected ? selected.raw : "";
    showNote(selected ? selected.note : "");
  }

  // The note of the selected cell (a header's explanation), readable without a mouse.
  function showNote(note) {
    $("cell-note").textContent = note || "";
    $("cell-note").hidden = !note;
  }

  // Frozen columns stay in view when the grid scrolls sideways, as in Sheets.
  function freezeColumns(table, count) {
    if (count <= 0) return;
    const head = table.querySelector("thead tr");
    const lefts = [];
    for (let c = 0; c <= count; c++) lefts.push(head.children[c].offsetLeft);
    for (const tr of table.rows) {
      for (let c = 1; c <= count && c < tr.children.length; c++) {
        const cell = tr.children[c];
        cell.classList.add("fc");
        cell.style.left = lefts[c] + "px";
        if (c === count) cell.classList.add("fc-last");
      }
    }
  }

  // The tab's native charts, drawn with Chart.js (served by the preview from node_modules) where Sheets
  // puts them: the top-left corner at the anchor cell plus the offset, at the chart's own size.
  let drawn = [];
  // The series colours of Sheets' default chart theme, so ten causes get ten colours.
  const PALETTE = [
    "#4285f4",
    "#ea4335",
    "#fbbc04",
    "#34a853",
    "#ff6d01",
    "#46bdc6",
    "#7baaf7",
    "#f07b72",
    "#fcd04f",
    "#71c287",
  ];
  const CHART_KIND = {
    COLUMN: ["bar", "x"],
    BAR: ["bar", "y"],
    LINE: ["line", "x"],
    AREA: ["line", "x"],
    PIE: ["pie", "x"],
  };
  function drawCharts(sheet, table) {
    for (const chart of drawn) chart.destroy();
    drawn = [];
    if (!window.Chart || !sheet.charts || sheet.charts.length === 0) return;
    const area = $("sheet");
    const box = area.getBoundingClientRect();
    sheet.charts.forEach((spec) => {
      const anchor = table.querySelector('td[data-a1="' + letters(spec.anchor.col) + spec.anchor.row + '"]');
      if (!anchor || spec.table.length < 2) return;
      const at = anchor.getBoundingClientRect();
      const frame = el("figure", {
        class: "chart",
        "data-chart": String(spec.id),
        "aria-label": spec.title || "Grafico",
        style:
          "left:" +
          (at.left - box.left + area.scrollLeft + (spec.anchor.offsetX || 0)) +
          "px;top:" +
          (at.top - box.top + area.scrollTop + (spec.anchor.offsetY || 0)) +
          "px;width:" +
          spec.width +
          "px;height:" +
          spec.height +
          "px",
      });
      const canvas = el("canvas", { width: String(spec.width), height: String(spec.height), role: "img" });
      canvas.setAttribute("aria-label", spec.title || "Grafico");
      frame.append(canvas);
      area.append(frame);
      const kind = CHART_KIND[spec.type] || ["bar", "x"];
      const [header, ...rows] = spec.table;
      const stacked = spec.stacked && kind[0] !== "pie";
      // The value axis: vertical for columns, horizontal for bars; whole ticks when it counts things.
      const valueAxis = kind[1] === "y" ? "x" : "y";
      const scales = { x: { stacked: stacked }, y: { stacked: stacked } };
      if (spec.wholeAxis) scales[valueAxis].ticks = { precision: 0 };
      drawn.push(
        new window.Chart(canvas, {
          type: kind[0],
          data: {
            labels: rows.map((line) => String(line[0])),
            datasets: header.slice(1).map((label, i) => ({
              label: String(label),
              data: rows.map((line) => (typeof line[i + 1] === "number" ? line[i + 1] : 0)),
              fill: spec.type === "AREA",
              backgroundColor: PALETTE[i % PALETTE.length],
              borderColor: PALETTE[i % PALETTE.length],
            })),
          },
          options: {
            indexAxis: kind[1],
            // Numbers as the spreadsheet's locale writes them (0,5 in Italian).
            locale: String(state.locale || "it_IT").replace("_", "-"),
            responsive: false,
            animation: false,
            plugins: {
              title: { display: Boolean(spec.title), text: spec.title },
              legend: {
                position: spec.legend === "none" ? "bottom" : spec.legend,
                display: spec.legend !== "none",
              },
            },
            scales: kind[0] === "pie" ? {} : scales,
          },
        }),
      );
    });
  }

  function select(a1, raw, note) {
    $("address").textContent = a1;
    $("cell-input").value = raw;
    showNote(note);
    api("/api/select", { sheet: active, a1: a1 });
  }
  $("cell-input").addEventListener("keydown", (e) => {
    if (e.key !== "Enter") return;
    api("/api/cell", { sheet: active, a1: $("address").textContent, text: $("cell-input").value });
  });

  function handleEvents(events) {
    (events.toasts || []).forEach((t) => {
      const d = el("div", { class: "toast" }, t.message);
      $("toasts").append(d);
      setTimeout(() => {
        d.remove();
      }, 8000);
    });
    (events.alerts || []).forEach(showAlert);
    if (events.sidebar) {
      $("sidebar").hidden = false;
      $("sidebar-title").textContent = events.sidebar;
      $("sidebar-frame").src = "/sidebar?t=" + Date.now();
    }
    // A modal dialog (the Scheda regione): preview-dialog.js shows it.
    if (events.dialog && window.coefficientiDialog) window.coefficientiDialog.open(events.dialog);
  }
  function showAlert(message) {
    $("alert-text").textContent = message;
    if (!$("alert").open) $("alert").showModal();
  }
  function ask(message, then) {
    $("confirm-text").textContent = message;
    $("confirm").returnValue = "";
    $("confirm").showModal();
    $("confirm").addEventListener("close", function once() {
      $("confirm").removeEventListener("close", once);
      then($("confirm").returnValue === "yes");
    });
  }
  // The prompt's dialog: OK (or Enter) answers with the text typed, Annulla or Escape with nothing.
  function askText(prompt, then) {
    const dialog = $("prompt");
    $("prompt-title").textContent = prompt.title || "";
    $("prompt-title").hidden = !prompt.title;
    $("prompt-text").textContent = prompt.message;
    $("prompt-input").value = "";
    dialog.returnValue = "";
    dialog.showModal();
    $("prompt-input").focus();
    dialog.addEventListener("close", function once() {
      dialog.removeEventListener("close", once);
      const ok = dialog.returnValue === "ok";
      then(ok, ok ? $("prompt-input").value : "");
    });
  }
  $("sidebar-close").addEventListener("click", () => {
    $("sidebar").hidden = true;
    $("sidebar-frame").src = "about:blank";
  });
  window.addEventListener("message", (e) => {
    // Only the sidebar, served by this preview, may ask for a refresh or close itself.
    if (e.origin !== location.origin || e.source !== $("sidebar-frame").contentWindow) return;
    if (!e.data?.coefficienti) return;
    if (e.data.coefficienti === "close") {
      $("sidebar").hidden = true;
      return;
    }
    api("/api/state");
  });
  $("demo").addEventListener("click", () => {
    replaceWorkbook("/api/demo");
  });
  $("reset").addEventListener("click", () => {
    replaceWorkbook("/api/reset");
  });
  api("/api/open", {});
})();
