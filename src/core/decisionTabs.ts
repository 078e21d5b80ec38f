/**
 * The whole pure work behind "Genera shortlist contatti" (docs/shortlist.md): from the values of the
 * tabs, as getValues returns them, to the Shortlist rows, the Riepilogo rows and its chart tables.
 * One ranking feeds both tabs. The shell reads the tabs once, calls this, and writes the results.
 */
import { ambitiIndexOf } from "./ambiti";
import { currentScoringContacts } from "./contactVersions";
import { buildCoordinators, type CoordinatorRow, type Coordinators } from "./coordinators";
import { buildRiepilogo, type Riepilogo } from "./riepilogo";
import { type AreaScore, countedInterviews } from "./scoring";
import { type Skipped, scoringContactsOf, scoringInterviewsOf } from "./scoringRows";
import type { Settings } from "./settings";
import { buildShortlist, type Shortlist, type ShortlistRow } from "./shortlist";
import { rankAreas } from "./stability";

export interface DecisionTabsInput {
  /** Interviste values with the header row (null when the tab does not exist yet). */
  interviews: readonly (readonly unknown[])[] | null;
  /** Contatti values with the header row (null when the tab does not exist yet). */
  contacts: readonly (readonly unknown[])[] | null;
  /** Ambiti values with the header row (null when the optional tab does not exist). */
  ambiti?: readonly (readonly unknown[])[] | null;
  settings: Settings;
  /** The current Shortlist, read by header, for the follow-up columns. */
  previousHeaders?: readonly string[];
  previous?: readonly ShortlistRow[];
  /** The current Coordinatori tab, read by header, for its follow-up columns. */
  coordinatorsTab?: { headers: readonly string[]; rows: readonly CoordinatorRow[] };
}

export interface DecisionTabs {
  scores: AreaScore[];
  shortlist: Shortlist;
  riepilogo: Riepilogo;
  /** Rows that could not be read, over Interviste and Contatti: how many, and where the first is. */
  skipped: Skipped;
  /** The Coordinatori tab, from the same interviews and contacts. */
  coordinators: Coordinators;
}

/** Parses the tabs, ranks the areas (eligibility, positions, Stabilità) and builds both tabs. */
export function buildDecisionTabs(input: DecisionTabsInput): DecisionTabs {
  const parsedInterviews = input.interviews ? scoringInterviewsOf(input.interviews) : null;
  const parsedContacts = input.contacts ? scoringContactsOf(input.contacts) : null;
  const allInterviews = parsedInterviews?.interviews ?? [];
  // Impostazioni `solo interviste verificate`: the others count nowhere, their contacts neither.
  const interviews = countedInterviews(allInterviews, input.settings.onlyVerified);
  // A Contatti tab without `Coordinatore d'area` gives contacts without candidates (scoringContactsOf).
  const contacts = currentScoringContacts(interviews, parsedContacts?.contacts ?? []);
  const problems = [parsedInterviews?.skipped, parsedContacts?.skipped].filter((x): x is Skipped =>
    Boolean(x && x.count > 0),
  );
  const skipped: Skipped = {
    count: problems.reduce((n, p) => n + p.count, 0),
    first: problems[0]?.first ?? "",
  };
  const ambiti = ambitiIndexOf(input.ambiti);
  const scores = rankAreas(interviews, contacts, input.settings, { ambiti });
  const shortlist = buildShortlist({
    scores,
    regionsInScope: input.settings.regionsInScope,
    topN: input.settings.topN,
    previousHeaders: input.previousHeaders,
    previous: input.previous,
    ambiti,
  });
  const riepilogo = buildRiepilogo({
    scores,
    interviews,
    contacts,
    regionsInScope: input.settings.regionsInScope,
    target: input.settings.target,
    shortlistRows: shortlist.rows,
    allInterviews: input.settings.onlyVerified ? allInterviews : undefined,
  });
  const coordinators = buildCoordinators({
    interviews,
    contacts,
    scores,
    regionsInScope: input.settings.regionsInScope,
    ambiti,
    previousHeaders: input.coordinatorsTab?.headers,
    previous: input.coordinatorsTab?.rows,
  });
  return { scores, shortlist, riepilogo, skipped, coordinators };
}
