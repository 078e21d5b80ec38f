// Generated workbooks for the bench: N interviews with two contacts each, spread over the 15 regions in
// scope and a handful of areas per region, written straight into the emulator's cells.
const REGIONS = [
  "Valle d'Aosta",
  "Lombardia",
  "Trentino-Alto Adige",
  "Veneto",
  "Liguria",
  "Emilia-Romagna",
  "Toscana",
  "Umbria",
  "Marche",
  "Abruzzo",
  "Molise",
  "Campania",
  "Puglia",
  "Basilicata",
  "Sardegna",
];
const AREAS = [
  "Comune di Capoluogo",
  "Ambito Nord",
  "Ambito Sud",
  "Distretto Est",
  "Ambito Ovest",
  "Ambito Centro",
  "Unione dei Comuni della Valle",
  "ATS Costa",
];
const LEVELS = ["Politico", "Dirigente", "Tecnico", "Altro"];

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Interviste and Contatti rows as objects keyed by header. */
export function generate(n, seed = 7) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const interviews = [];
  const contacts = [];
  for (let i = 1; i <= n; i++) {
    const id = `INT-${String(i).padStart(5, "0")}`;
    const region = REGIONS[i % REGIONS.length];
    const area = pick(AREAS);
    interviews.push({
      ID: id,
      Versione: 1,
      Regione: region,
      "Data intervista": "2025-05-12",
      "Intervistatore/intervistatrice": "Intervistatore di prova",
      Intervistato: `Persona ${i}`,
      "Ruolo intervistato": "Assistente sociale",
      "Ente intervistato": "Comune",
      Consenso: true,
      "D1 Tipo area": "Ambito",
      "D1 Area più difficile": area,
      "D1 Codice ISTAT": "",
      "D2 Evidenze": pick(["Dati statistici", "Esperienza diretta", "Percezione", ""]),
      "D2 Cause": "Casa, Lavoro",
      "D2 Gravità": 1 + Math.floor(r() * 5),
      "D2 Spiegazione": "Testo di prova",
      "D3 Ente interessato": `Ente ${area}`,
      "D3 Tipo ente": "Ambito territoriale",
      "D3 Area": pick(AREAS),
      "D3 Interesse": 1 + Math.floor(r() * 5),
      "D3 Note": "",
      "D4 Area protocollo": pick(AREAS),
      Note: "",
      "Creata il": new Date(2025, 4, 12),
      "Creata da": "bench@example.it",
      "Aggiornata il": new Date(2025, 4, 12),
      "Aggiornata da": "bench@example.it",
      "ID invio": `bench-${i}`,
    });
    for (let c = 0; c < 2; c++) {
      const who = Math.floor(r() * 40);
      contacts.push({
        "ID intervista": id,
        Regione: region,
        Nome: `Contatto ${who}`,
        Ruolo: "Referente",
        Ente: "Comune",
        Email: `contatto${who}@${region.replace(/\W/g, "").toLowerCase()}.example.it`,
        Telefono: "",
        "Livello decisionale": pick(LEVELS),
        Note: "",
      });
    }
  }
  return { interviews, contacts };
}

/** Writes row objects under the existing header of a tab (not counted as service calls). */
export function fill(emu, name, rows) {
  const data = emu.sheetData(name);
  const header = emu.valuesOf(name)[0];
  const start = data.lastRow();
  // A real sheet holding these rows has grown to them (Google's tabs grow only by inserting rows),
  // in steps of 500 rows as the add-on grows its tabs (src/server/workbook.ts, GROWTH_ROWS).
  data.maxRows = Math.max(data.maxRows, Math.ceil((start + rows.length + 1) / 500) * 500);
  rows.forEach((row, i) => {
    const line = [];
    data.rows[start + i] = line;
    header.forEach((h, c) => {
      line[c] = { value: row[h] ?? "", formula: "" };
    });
  });
}

/** The values of a tab as Sheets passes a whole-column range: header, rows, then some blank rows. */
export function rangeValues(emu, name) {
  const values = emu.valuesOf(name);
  const width = values[0].length;
  for (let i = 0; i < 50; i++) values.push(new Array(width).fill(""));
  return values;
}
