export { CONFUSABLES_SOURCE } from './confusables';
export { accountKey, createEngine, type Engine, type EngineAccount } from './engine';
export { REASON_MESSAGES, reasonMessage } from './messages';
export { BOUNDS, normalizeForMatch } from './normalize';
export { OFFICIAL_ACCOUNTS } from './officials';
export { lookalikeKey, skeleton } from './skeleton';
export { RULESET_VERSION } from './version';
