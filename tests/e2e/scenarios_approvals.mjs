// scenarios_approvals.mjs — browser scenarios of one area of the pages; see
// scenarios.mjs for how they are gathered and run.

export const pages = [];

export const scenarios = [];
