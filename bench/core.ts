// The pure core that generateShortlist and COEF_AREA_SCORES run, exposed to the bench (bundled on the fly).

export { buildDecisionTabs } from "../src/core/decisionTabs";
export { scoreAreas } from "../src/core/scoring";
export { scoringContactsOf, scoringInterviewsOf } from "../src/core/scoringRows";
export { DEFAULT_SETTINGS } from "../src/core/settings";
export { areaScoresTable } from "../src/core/sheetFunctions";
export { buildShortlist } from "../src/core/shortlist";
