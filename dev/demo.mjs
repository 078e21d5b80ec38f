// A realistic, fictional data set for the preview: interviews in 12 of the 15 regions in scope (three
// are left without, so the Shortlist shows its gaps), real comuni, people who do not exist. It is
// written through the bundle's own submitInterview and review menu items, exactly as the form and the
// staff would, and shows every feature: possible Coordinatori d'area among the contacts, regions with
// more areas named as hardest than the Shortlist keeps (so Stabilità varies), interviews in each
// review state (Da verificare, Verificata, Da correggere) and an Ambito declared with its comuni.
import { BUTTON } from "./emulator/services.mjs";

const AREAS = {
  "02": ["Aosta"],
  "03": ["Milano", "Brescia", "Bergamo", "Monza", "Como"],
  "04": ["Trento", "Bolzano"],
  "05": ["Venezia", "Padova", "Verona"],
  "07": ["Genova", "La Spezia"],
  "08": ["Bologna", "Modena", "Reggio nell'Emilia"],
  "09": ["Firenze", "Prato", "Livorno"],
  10: ["Perugia", "Terni"],
  11: ["Ancona", "Macerata"],
  13: ["Pescara", "L'Aquila"],
  14: ["Campobasso"],
  15: ["Napoli", "Caserta", "Salerno"],
  16: ["Bari", "Foggia", "Lecce", "Taranto", "Brindisi"],
  17: ["Potenza", "Matera"],
  20: ["Cagliari", "Sassari"],
};
/** Regions in scope deliberately left without interviews. */
export const DEMO_REGIONS_WITHOUT_INTERVIEWS = ["02", "14", "17"];

/**
 * The Ambito the demo declares in the Ambiti tab: Puglia's, with another name interviewers use for it
 * and the comuni it covers (real comuni; the grouping is the demo's).
 */
export const DEMO_AMBITO = {
  region: "Puglia",
  name: "Ambito territoriale Bari Nord",
  alias: "ATS Bari Nord",
  comuni: ["Bitonto", "Molfetta", "Giovinazzo", "Terlizzi"],
};

/** Roles the demo marks as possible Coordinatori d'area (social workers and Ambito coordinators). */
const COORDINATOR_ROLES = new Set(["Assistente sociale", "Coordinatore dell'Ambito"]);

const FIRST = [
  "Giulia",
  "Marco",
  "Francesca",
  "Luca",
  "Chiara",
  "Andrea",
  "Sara",
  "Paolo",
  "Elena",
  "Davide",
  "Martina",
  "Stefano",
  "Valentina",
  "Matteo",
  "Laura",
  "Alessandro",
  "Federica",
  "Simone",
  "Roberta",
  "Giorgio",
];
const LAST = [
  "Rossi",
  "Bianchi",
  "Esposito",
  "Romano",
  "Colombo",
  "Ricci",
  "Marino",
  "Greco",
  "Bruno",
  "Gallo",
  "Conti",
  "De Luca",
  "Mancini",
  "Costa",
  "Giordano",
  "Rizzo",
  "Lombardi",
  "Moretti",
  "Barbieri",
  "Fontana",
];
const ROLES = [
  ["Sindaco", "politico"],
  ["Assessore alle politiche sociali", "politico"],
  ["Dirigente dei servizi sociali", "dirigente"],
  ["Coordinatore dell'Ambito", "dirigente"],
  ["Assistente sociale", "tecnico"],
  ["Mediatore culturale", "altro"],
];
const EVIDENCE = [
  "dati_statistici",
  "dati_servizi",
  "studi_rapporti",
  "esperienza_diretta",
  "testimonianze",
  "percezione",
];
const CAUSES = [
  "lavoro",
  "casa",
  "lingua",
  "documenti",
  "servizi",
  "coordinamento",
  "discriminazione",
  "trasporti",
  "formazione",
];
const EXPLANATIONS = [
  "Molti lavoratori stagionali senza contratto e lunghe attese per l'alloggio.",
  "Gli sportelli per i permessi di soggiorno hanno tempi di attesa di mesi.",
  "Mancano corsi di italiano serali e i servizi non si parlano tra loro.",
  "Affitti alti e discriminazione nell'accesso alla casa.",
  "Trasporti scarsi tra i centri agricoli e i servizi del capoluogo.",
];

/** A small deterministic random generator, so the demo is the same on every machine. */
function generator(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  const some = (list, max) => [...new Set(Array.from({ length: 1 + int(max) }, () => pick(list)))];
  return { next, int, pick, some };
}

const slug = (s) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, "");

/** Loads the demo data into the emulator through the bundle; returns how many interviews it wrote. */
export function loadDemo(emu, { interviewsPerRegion = 6 } = {}) {
  const bundle = emu.loadBundle();
  bundle.setupSpreadsheet();
  const rnd = generator(2025);
  const person = () => `${rnd.pick(FIRST)} ${rnd.pick(LAST)}`;
  // Each area has a few people the interviewers keep naming, so contacts repeat across interviews.
  const pools = new Map();
  const poolOf = (region, area) => {
    const key = `${region}|${area}`;
    if (!pools.has(key)) {
      pools.set(
        key,
        Array.from({ length: 4 }, (_, i) => {
          const name = person();
          const [role, level] = ROLES[(i + rnd.int(2)) % ROLES.length];
          const organization = area.startsWith("Ambito") ? area : `Comune di ${area}`;
          return {
            name,
            role,
            organization,
            email:
              rnd.next() < 0.8
                ? `${slug(name.split(" ")[0])}.${slug(name.split(" ").slice(1).join(""))}@${slug(area)}.example.it`
                : "",
            phone: `+39 3${rnd.int(10)}${rnd.int(10)} ${100 + rnd.int(900)} ${1000 + rnd.int(9000)}`,
            decisionLevel: level,
            ...(COORDINATOR_ROLES.has(role) ? { coordinatorCandidate: true } : {}),
            notes: "",
          };
        }),
      );
    }
    return pools.get(key);
  };

  let written = 0;
  const regions = Object.keys(AREAS).filter((r) => !DEMO_REGIONS_WITHOUT_INTERVIEWS.includes(r));
  for (const region of regions) {
    const comuni = new Set(bundle.getComuni(region).map((c) => c.name));
    const areas = [
      ...AREAS[region].filter((a) => comuni.has(a)),
      `Ambito territoriale ${AREAS[region][0]} Nord`,
    ];
    for (let i = 0; i < interviewsPerRegion; i++) {
      // The first interviews name each area as the hardest once: every area is eligible, and regions
      // with more of them than the Shortlist keeps show a Stabilità below 100.
      const hardest = i < areas.length ? areas[i] : rnd.pick(areas);
      const interested = rnd.next() < 0.6 ? hardest : rnd.pick(areas);
      const protocol = rnd.next() < 0.7 ? hardest : interested;
      const isAmbito = (a) => a.startsWith("Ambito");
      // Two or three people per interview (a deletion then removes "its contacts").
      const pool = poolOf(region, protocol);
      const contacts = rnd.some(pool, 3);
      if (contacts.length < 2) contacts.push(pool.find((p) => !contacts.includes(p)));
      const month = String(1 + rnd.int(10)).padStart(2, "0");
      const day = String(1 + rnd.int(28)).padStart(2, "0");
      const result = bundle.submitInterview({
        submissionId: `demo-${region}-${i}-${written}`,
        region,
        interviewDate: `2025-${month}-${day}`,
        interviewer: person(),
        interviewee: {
          name: person(),
          role: rnd.pick(ROLES)[0],
          organization: `Comune di ${rnd.pick(areas.filter((a) => !isAmbito(a)))}`,
        },
        consent: true,
        hardestArea: {
          kind: isAmbito(hardest) ? "ambito" : "comune",
          // Puglia's Ambito is also called by its other name, which the Ambiti tab declares.
          name: hardest === DEMO_AMBITO.name && i % 2 === 1 ? DEMO_AMBITO.alias : hardest,
        },
        reasons: {
          evidence: rnd.some(EVIDENCE, 2),
          causes: rnd.some(CAUSES, 3),
          severity: 1 + rnd.int(5),
          explanation: rnd.pick(EXPLANATIONS),
        },
        interestedAuthority: {
          name: isAmbito(interested) ? interested : `Comune di ${interested}`,
          kind: isAmbito(interested) ? "ambito" : "comune",
          area: interested,
          interest: 1 + rnd.int(5),
          notes: "",
        },
        protocolArea: protocol,
        contacts,
        notes: "",
      });
      if (!result.ok) throw new Error(`Demo interview refused: ${JSON.stringify(result)}`);
      written++;
    }
  }
  declareAmbito(emu);
  reviewSome(emu, bundle, regions.length, interviewsPerRegion);
  if (!emu.sheetData("Punteggi")) emu.insertSheet("Punteggi");
  emu.typeInto("Punteggi", "A1", "=COEF_AREA_SCORES(Interviste!A:AZ; Contatti!A:Z; Impostazioni!A:D)");
  // Criticità, Interesse, Prontezza and Punteggio shown with one decimal; the values stay exact.
  const punteggi = emu.sheetData("Punteggi");
  for (let r = 1; r < punteggi.maxRows; r++)
    for (const c of [3, 4, 5, 6]) punteggi.formats.set(`${r},${c}`, "0.0");
  return written;
}

/** Declares the demo's Ambito in the Ambiti tab (made by Prepara il foglio), as staff would type it. */
function declareAmbito(emu) {
  const headers = emu.valuesOf("Ambiti")[0] ?? [];
  const letter = (header) => String.fromCharCode(65 + headers.indexOf(header));
  const cells = {
    Regione: DEMO_AMBITO.region,
    Ambito: DEMO_AMBITO.name,
    Alias: DEMO_AMBITO.alias,
    Comuni: DEMO_AMBITO.comuni.join("; "),
  };
  for (const [header, text] of Object.entries(cells))
    if (headers.includes(header)) emu.typeInto("Ambiti", `${letter(header)}2`, text);
}

/**
 * Reviews some interviews through the menu items, as staff would (the Partner tab is empty, so the
 * demo's user may): in each region the last is Verificata, the one before Da correggere with a note,
 * the others stay Da verificare.
 */
function reviewSome(emu, bundle, regionCount, perRegion) {
  const answer = emu.promptResponse;
  for (let region = 0; region < regionCount; region++) {
    const last = 1 + (region + 1) * perRegion;
    emu.select("Interviste", `A${last}`);
    bundle.markSelectedVerified();
    if (perRegion < 2) continue;
    emu.promptResponse = {
      button: BUTTON.OK,
      text: "Manca il ruolo di uno dei contatti: completalo e salva di nuovo.",
    };
    emu.select("Interviste", `A${last - 1}`);
    bundle.markSelectedToCorrect();
  }
  emu.promptResponse = answer;
  emu.select("Interviste", "A1");
}
