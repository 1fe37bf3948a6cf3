/** The data layer: the contract, its errors, the built-in sources and the HTTP helper under them. */
export * from './types.js';
export * from './errors.js';
export { requestJson, type RequestJsonInit, type RetryOptions } from './http.js';
export { createAnyreachSource, normalizeAnyreachConversation, ANYREACH_CAPABILITIES, type AnyreachSource, type AnyreachSourceOptions } from './anyreach.js';
export { createAvocaSource, normalizeAvocaConversation, AVOCA_CAPABILITIES, type AvocaSource, type AvocaSourceOptions } from './avoca.js';
export { createMemorySource, type MemorySourceOptions } from './memory.js';
