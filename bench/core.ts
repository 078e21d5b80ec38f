// The pure core that generateShortlist and COEF_AREA_SCORES run, exposed to the bench (bundled on the fly).

export { scoreAreas } from "../src/core/scoring";
export { areaScoresTable, scoringContactsOf, scoringInterviewsOf } from "../src/core/sheetFunctions";
export { buildShortlist } from "../src/core/shortlist";
