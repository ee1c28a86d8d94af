/** Bumped whenever a rule pack, counter list or official-account list changes: stored with each report. */
export const RULESET_VERSION = '2026.11.12';
