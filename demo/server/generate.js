// @ts-check
/**
 * Deterministic demo data set shared by the local API server, tests and benchmarks. No Node
 * imports: it runs in the browser too. One `StoredConversation` carries what both wire formats
 * need; `toAnyreach` and `toAvoca` project it (see shared/api/README.md).
 */
import { createRandom, weightedPicker } from './random.js';
import {
  AGENTS,
  AGENT_WEIGHTS,
  CAMPAIGNS,
  CC_ADDRESSES,
  EMAIL_DOMAINS,
  FIRST_NAMES,
  HOSTILE_STRINGS,
  INTERNATIONAL_SUMMARIES,
  LAST_NAMES,
  SENTENCES,
  SHORT_SUMMARIES,
  TAGS,
  TEAM_MEMBERS,
  TRANSCRIPT_OPENINGS,
  TRANSCRIPT_REPLIES,
  TRUNKS,
  WEB_WIDGETS,
  WHOLE_NAMES,
} from './pools.js';

/** @typedef {import('./random.js').Random} Random */
/** @typedef {import('./pools.js').Agent} Agent */
/** @typedef {import('./pools.js').TeamMember} TeamMember */
/** @typedef {'telephone' | 'webrtc' | 'email' | 'text'} AnyreachChannel */
/** @typedef {'open' | 'pending' | 'resolved'} InboxStatus */
/** @typedef {'urgent' | 'high' | 'normal' | 'low'} InboxPriority */
/** @typedef {{ id: string, name: string | null, phone: string | null, email: string | null, servicetitan_id: string | null }} Customer */
/** @typedef {{ id: string, content: string, internal: boolean, created_at: string }} InboxNote */
/** @typedef {string | { address: string, name?: string }} Participant */

/**
 * Everything both projections need. A field left `undefined` is absent on the wire; `null` is
 * sent as `null`. Nested objects are shared with projections: treat them as read-only.
 * @typedef {object} StoredConversation
 * @property {string} id
 * @property {number} createdMs instants are whole seconds, in epoch milliseconds
 * @property {number | null} [updatedMs]
 * @property {number} lastActivityMs
 * @property {number | null} resolvedMs
 * @property {AnyreachChannel} channel
 * @property {'inbound' | 'outbound'} direction
 * @property {string} status Anyreach status
 * @property {string | null} [userId]
 * @property {string} agentId
 * @property {{ id: string, name: string } | null} [agent]
 * @property {string | null} [agentVersionId]
 * @property {string | null} [agentNumber]
 * @property {string | null} webWidgetId
 * @property {string | null} trunkId
 * @property {number | null} [duration] seconds
 * @property {number | null} [userTurnCount]
 * @property {string | null} [summary]
 * @property {Record<string, unknown> | null} [initialContext]
 * @property {Record<string, unknown> | null} [customMetadata]
 * @property {{ participants?: Participant[], messages: { role: string, content: string }[] } | null} [transcript]
 * @property {{ url?: string, duration?: number | null, format?: string } | null} [recordingDetails]
 * @property {InboxStatus} inboxStatus Avoca status
 * @property {InboxPriority} priority
 * @property {Customer} customer
 * @property {TeamMember | null} assignee
 * @property {string[]} [tags]
 * @property {number} messagesCount
 * @property {number} unreadCount
 * @property {Record<string, unknown>} inboxMetadata Avoca `metadata`
 * @property {string} [resolutionNotes]
 * @property {InboxNote[]} [notes]
 */

/**
 * @typedef {object} Dataset
 * @property {StoredConversation[]} conversations newest `created_at` first
 * @property {readonly Agent[]} agents
 * @property {readonly TeamMember[]} teamMembers
 * @property {readonly string[]} tags
 * @property {readonly string[]} campaigns
 */

export const DEFAULT_COUNT = 50000;
export const DEFAULT_NOW = Date.UTC(2026, 10, 1);
const SPAN_SECONDS = 90 * 24 * 3600;
/** Longest run of conversations sharing one `created_at`. */
export const MAX_EQUAL_RUN = 3;
export const ORGANIZATION_ID = 'org_demo';
export const BROKEN_RECORDING_URL = '/api/recordings/broken.wav';

/** Anyreach channel → Avoca channel. */
export const AVOCA_CHANNEL = /** @type {const} */ ({ telephone: 'voice', webrtc: 'live_chat', email: 'email', text: 'sms' });

const LIVE = new Set(['token_created', 'triggered', 'ringing', 'in_progress']);
const VOICE = new Set(['telephone', 'webrtc']);

const pickChannel = weightedPicker({ telephone: 40, webrtc: 30, email: 15, text: 15 });
const pickStatus = weightedPicker({
  completed: 56,
  transferred: 9,
  unanswered: 9,
  failed: 5,
  cancelled: 5,
  in_progress: 3,
  ringing: 2,
  triggered: 2,
});
const pickInboxStatus = weightedPicker({ open: 30, pending: 20, resolved: 50 });
const pickPriority = weightedPicker({ urgent: 5, high: 15, normal: 60, low: 20 });
const pickSummaryKind = weightedPicker({
  absent: 4,
  null: 3,
  empty: 1,
  short: 58,
  multiline: 10,
  long: 8,
  international: 14,
  hostile: 2,
});
const pickAgent = weightedPicker(Object.fromEntries(AGENTS.map((agent, index) => [agent.id, AGENT_WEIGHTS[index]])));
const agentById = new Map(AGENTS.map((agent) => [agent.id, agent]));
/** The `agent` object of the wire format, shared by every conversation of that agent. */
const AGENT_REFS = new Map(AGENTS.map((agent) => [agent.id, { id: agent.id, name: agent.name }]));
/** Share of inbound conversations per channel; web calls are always inbound. */
const INBOUND_SHARE = { telephone: 0.7, webrtc: 1, email: 0.75, text: 0.6 };

/**
 * Builds the data set. 100,000 conversations take a fraction of a second.
 * @param {{ count?: number, seed?: number, now?: number }} [options]
 * @returns {Dataset}
 */
export function generateDataset({ count = DEFAULT_COUNT, seed = 1, now = DEFAULT_NOW } = {}) {
  const random = createRandom(seed);
  const customers = Array.from({ length: Math.max(8, Math.ceil(count / 3)) }, (_, index) => createCustomer(random, index));
  /** @type {StoredConversation[]} */
  const conversations = new Array(count);
  const meanGapSeconds = SPAN_SECONDS / Math.max(count, 1);
  let seconds = Math.floor(now / 1000) - random.int(0, 300);
  let run = 1;
  for (let index = 0; index < count; index += 1) {
    // Short runs of equal timestamps make a timestamp cursor re-serve rows.
    if (index > 0 && run < MAX_EQUAL_RUN && random.chance(0.03)) run += 1;
    else if (index > 0) {
      run = 1;
      seconds -= Math.max(1, Math.round(random.exponential(meanGapSeconds)));
    }
    conversations[index] = createConversation(random, index, seconds * 1000, now, customers);
  }
  return { conversations, agents: AGENTS, teamMembers: TEAM_MEMBERS, tags: TAGS, campaigns: CAMPAIGNS };
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));
/** @type {Map<number, string>} */
const dayPrefixes = new Map();

/**
 * `2026-10-31T12:34:56Z`: ISO 8601 to the second, as both APIs send it. Cheaper than
 * `toISOString` because projections format every timestamp they send.
 * @param {number} ms
 */
export function isoSeconds(ms) {
  const seconds = Math.floor(ms / 1000);
  const day = Math.floor(seconds / 86400);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * 86400000).toISOString().slice(0, 11);
    dayPrefixes.set(day, prefix);
  }
  const second = seconds - day * 86400;
  return `${prefix}${TWO_DIGITS[Math.floor(second / 3600)]}:${TWO_DIGITS[Math.floor(second / 60) % 60]}:${TWO_DIGITS[second % 60]}Z`;
}

/**
 * @param {Random} random
 * @param {number} index
 * @returns {Customer}
 */
function createCustomer(random, index) {
  const whole = random.chance(0.12);
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const name = random.chance(0.1) ? null : whole ? random.pick(WHOLE_NAMES) : `${first} ${last}`;
  const local = whole ? `customer${index}` : `${first}.${last}`.toLowerCase().normalize('NFD').replace(/[^a-z.]/g, '');
  return {
    id: `cust_${(index + 100).toString(36)}${random.hex(3)}`,
    name,
    phone: phoneNumber(random),
    email: random.chance(0.85) ? `${local}${random.int(1, 99)}@${random.pick(EMAIL_DOMAINS)}` : null,
    servicetitan_id: random.chance(0.7) ? String(random.int(10000, 99999)) : null,
  };
}

/** @param {Random} random */
function phoneNumber(random) {
  const digits = String(random.int(0, 9999)).padStart(4, '0');
  if (random.chance(0.85)) return `+1${random.pick(['310', '415', '212', '646', '512', '303'])}555${digits}`;
  return random.pick(['+44207946', '+49305550', '+81355501', '+33155501']) + digits;
}

/**
 * @param {Random} random
 * @param {number} index position in the newest-first list
 * @param {number} createdMs
 * @param {number} now
 * @param {Customer[]} customers
 * @returns {StoredConversation}
 */
function createConversation(random, index, createdMs, now, customers) {
  const id = `conv_${random.hex(6)}${index.toString(16).padStart(6, '0')}`;
  const channel = pickChannel(random);
  const status = channel === 'webrtc' && random.chance(0.1) ? 'token_created' : pickStatus(random);
  const live = LIVE.has(status);
  const direction = random.chance(INBOUND_SHARE[channel]) ? 'inbound' : 'outbound';
  const agent = /** @type {Agent} */ (agentById.get(pickAgent(random)));
  const guestId = channel === 'webrtc' && random.chance(0.6) ? `guest_${random.hex(10)}` : undefined;
  const customer = guestId ? anonymousCustomer(guestId) : random.pick(customers);
  const userId = guestId ?? callerIdFor(random, channel, customer);
  const duration = sometimesMissing(random, durationFor(random, channel, status), 0.04);
  const endMs = createdMs + (duration ?? 0) * 1000;
  // Follow-ups come minutes (calls) or days (threads) later, never after `now`.
  const quietSeconds = Math.max(0, Math.floor((now - endMs) / 1000));
  const lastActivityMs = Math.min(now, endMs + random.int(0, Math.min(VOICE.has(channel) ? 600 : 3 * 86400, quietSeconds)) * 1000);
  const agentNumber = channel === 'email' ? agent.email : channel === 'webrtc' ? null : agent.phone;
  const recordingUrl = recordingUrlFor(random, id, channel, status);
  const inboxStatus = live ? 'open' : pickInboxStatus(random);
  const messagesCount = VOICE.has(channel) ? 1 : random.int(1, 25);
  return {
    id,
    createdMs,
    updatedMs: sometimesMissing(random, Math.min(now, endMs + random.int(0, 120) * 1000), 0.03),
    lastActivityMs,
    resolvedMs: inboxStatus === 'resolved' ? lastActivityMs : null,
    channel,
    direction,
    status,
    userId: sometimesMissing(random, userId, 0.01),
    agentId: agent.id,
    agent: sometimesMissing(random, AGENT_REFS.get(agent.id), 0.03),
    agentVersionId: sometimesMissing(random, agent.versions.length > 0 && random.chance(0.85) ? random.pick(agent.versions) : null, 0.03),
    agentNumber: sometimesMissing(random, agentNumber, 0.02),
    webWidgetId: channel === 'webrtc' ? random.pick(WEB_WIDGETS) : null,
    trunkId: channel === 'telephone' ? random.pick(TRUNKS) : null,
    duration,
    userTurnCount: sometimesMissing(random, live ? 0 : random.int(status === 'unanswered' ? 0 : 1, 40), 0.04),
    summary: live ? (random.chance(0.7) ? undefined : null) : summaryFor(random),
    initialContext: sometimesMissing(random, random.pick(INITIAL_CONTEXTS[channel]), 0.3),
    customMetadata: customMetadataFor(random, direction, customer.name),
    transcript: sometimesMissing(random, transcriptFor(random, channel, live, userId, agentNumber), 0.1),
    recordingDetails: recordingUrl ? { url: recordingUrl, duration, format: 'wav' } : sometimesMissing(random, null, 0.5),
    inboxStatus,
    priority: pickPriority(random),
    customer,
    assignee: random.chance(0.35) ? null : random.pick(TEAM_MEMBERS),
    tags: random.chance(0.01) ? undefined : tagsFor(random),
    messagesCount,
    unreadCount: random.chance(0.7) ? 0 : random.int(1, Math.min(5, messagesCount)),
    inboxMetadata: inboxMetadataFor(random, channel, duration, recordingUrl),
  };
}

/**
 * `value`, but with probability `rate` replaced by `null` or left out (`undefined`), half each.
 * @template T
 * @param {Random} random
 * @param {T} value
 * @param {number} rate
 * @returns {T | null | undefined}
 */
function sometimesMissing(random, value, rate) {
  const roll = random.next();
  if (roll >= rate) return value;
  return roll < rate / 2 ? null : undefined;
}

/** @param {string} guestId @returns {Customer} */
function anonymousCustomer(guestId) {
  return { id: `cust_${guestId}`, name: null, phone: null, email: null, servicetitan_id: null };
}

/**
 * @param {Random} random
 * @param {AnyreachChannel} channel
 * @param {Customer} customer
 */
function callerIdFor(random, channel, customer) {
  if (channel === 'email') return customer.email ?? `unknown.sender${random.int(1, 999)}@example.com`;
  if (channel === 'webrtc') return random.chance(0.5) && customer.email ? customer.email : `usr_${random.hex(8)}`;
  return customer.phone;
}

/**
 * Seconds: 0 for calls never answered, minutes for most, over an hour for a few.
 * @param {Random} random
 * @param {AnyreachChannel} channel
 * @param {string} status
 * @returns {number | null}
 */
function durationFor(random, channel, status) {
  if (status === 'token_created' || status === 'triggered' || status === 'ringing') return random.chance(0.5) ? null : 0;
  if (!VOICE.has(channel)) return random.chance(0.75) ? null : random.int(0, 900);
  if (status === 'unanswered' || status === 'cancelled') return random.int(0, 1) * random.int(0, 20);
  if (status === 'failed') return random.int(0, 60);
  if (random.chance(0.02)) return random.int(3600, 7200);
  return Math.min(3599, Math.round(Math.exp(Math.log(180) + (random.next() + random.next() + random.next() - 1.5) * 2)));
}

/**
 * Most answered voice conversations have a recording; a few point at an unplayable file, and a
 * few failed or unanswered calls carry one too (the inbox offers play only for completed or
 * transferred ones).
 * @param {Random} random
 * @param {string} id
 * @param {AnyreachChannel} channel
 * @param {string} status
 */
function recordingUrlFor(random, id, channel, status) {
  if (!VOICE.has(channel)) return undefined;
  const answered = status === 'completed' || status === 'transferred';
  const has = answered ? random.chance(0.88) : (status === 'failed' || status === 'unanswered') && random.chance(0.08);
  if (!has) return undefined;
  return random.chance(0.02) ? BROKEN_RECORDING_URL : `/api/recordings/${id}.wav`;
}

/** @param {Random} random @returns {string | null | undefined} */
function summaryFor(random) {
  switch (pickSummaryKind(random)) {
    case 'absent':
      return undefined;
    case 'null':
      return null;
    case 'empty':
      return '';
    case 'multiline':
      return sentences(random, 2, 5).join(random.chance(0.5) ? '\n' : '\n\n');
    case 'long':
      return sentences(random, 8, 24).join(' ');
    case 'international':
      return random.pick(INTERNATIONAL_SUMMARIES);
    case 'hostile':
      return random.pick(HOSTILE_STRINGS);
    default:
      return random.pick(SHORT_SUMMARIES);
  }
}

/** @param {Random} random @param {number} min @param {number} max */
function sentences(random, min, max) {
  return Array.from({ length: random.int(min, max) }, () => random.pick(SENTENCES));
}

/** Initial contexts per channel, shared between conversations (read-only). */
/** @type {Record<AnyreachChannel, Record<string, unknown>[]>} */
const INITIAL_CONTEXTS = {
  webrtc: ['pricing', 'contact', 'services/water-heaters'].map((page) => ({ page_url: `https://acme-plumbing.example/${page}`, locale: 'en-US' })),
  telephone: ['en-US', 'es-US', 'ja-JP'].flatMap((language) => ['1', '2', '3'].map((ivr_selection) => ({ ivr_selection, language }))),
  email: [{ source: 'email' }],
  text: [{ source: 'sms' }],
};
/** Two-message transcripts, shared between conversations (read-only). */
const MESSAGE_LISTS = TRANSCRIPT_OPENINGS.flatMap((opening) =>
  TRANSCRIPT_REPLIES.map((reply) => [
    { role: 'user', content: opening },
    { role: 'agent', content: reply },
  ]),
);

/**
 * @param {Random} random
 * @param {'inbound' | 'outbound'} direction
 * @param {string | null} callerName
 * @returns {Record<string, unknown> | null | undefined}
 */
function customMetadataFor(random, direction, callerName) {
  const roll = random.next();
  if (roll < 0.12) return undefined;
  if (roll < 0.17) return null;
  if (roll < 0.22) return {};
  /** @type {Record<string, unknown>} */
  const metadata = {};
  if (callerName && random.chance(0.8)) metadata.caller_name = callerName;
  if (random.chance(direction === 'outbound' ? 0.7 : 0.1)) metadata.anyreach_campaign = random.pick(CAMPAIGNS);
  if (random.chance(0.3)) metadata.crm_id = `crm_${random.hex(6)}`;
  if (random.chance(0.2)) metadata.utm = { source: random.pick(['google', 'newsletter', 'referral']), medium: 'cpc' };
  return metadata;
}

/**
 * @param {Random} random
 * @param {AnyreachChannel} channel
 * @param {boolean} live
 * @param {string | null} userId
 * @param {string | null} agentNumber
 */
function transcriptFor(random, channel, live, userId, agentNumber) {
  const messages = live ? [] : random.pick(MESSAGE_LISTS);
  if (channel !== 'email') return { messages };
  const participants = participantsFor(random, userId, agentNumber);
  return participants ? { participants, messages } : { messages };
}

/**
 * E-mail thread participants: sometimes the caller and the agent, CCs as strings or
 * `{ address }` objects, and duplicates that differ only in case.
 * @param {Random} random
 * @param {string | null} userId
 * @param {string | null} agentAddress
 * @returns {Participant[] | undefined}
 */
function participantsFor(random, userId, agentAddress) {
  if (random.chance(0.3)) return undefined;
  /** @type {Participant[]} */
  const participants = [];
  if (userId && random.chance(0.5)) participants.push(random.chance(0.3) ? userId.toUpperCase() : userId);
  if (agentAddress && random.chance(0.4)) participants.push(agentAddress);
  const extras = random.int(0, 4);
  for (let n = 0; n < extras; n += 1) {
    const address = random.pick(CC_ADDRESSES);
    participants.push(random.chance(0.25) ? { address } : address);
    if (random.chance(0.15)) participants.push(address.toUpperCase());
  }
  return participants;
}

/** @param {Random} random @returns {string[]} */
function tagsFor(random) {
  /** @type {string[]} */
  const tags = [];
  const count = random.chance(0.4) ? 0 : random.int(1, 3);
  while (tags.length < count) {
    const tag = random.pick(TAGS);
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

/**
 * @param {Random} random
 * @param {AnyreachChannel} channel
 * @param {number | null | undefined} duration
 * @param {string | undefined} recordingUrl
 * @returns {Record<string, unknown>}
 */
function inboxMetadataFor(random, channel, duration, recordingUrl) {
  if (channel === 'telephone') {
    return { call_duration: duration ?? null, recording_url: recordingUrl ?? null, transcript_available: random.chance(0.8) };
  }
  const prefix = channel === 'text' ? 'sms_thread' : channel === 'email' ? 'email_thread' : 'chat';
  return { thread_id: `${prefix}_${random.hex(8)}` };
}

/**
 * Copies `value` under `key` unless it is `undefined` (an absent field stays absent).
 * @param {Record<string, unknown>} target
 * @param {string} key
 * @param {unknown} value
 */
function setPresent(target, key, value) {
  if (value !== undefined) target[key] = value;
}

/**
 * The Anyreach `GET /core/conversations` object. Without `sensitive` the fields that need
 * `conversations:read_sensitive` are absent.
 * @param {StoredConversation} c
 * @param {{ sensitive: boolean }} options
 * @returns {Record<string, unknown>}
 */
export function toAnyreach(c, { sensitive }) {
  /** @type {Record<string, unknown>} */
  const out = {
    id: c.id,
    organization_id: ORGANIZATION_ID,
    direction: c.direction,
    channel: c.channel,
    status: c.status,
  };
  setPresent(out, 'user_id', c.userId);
  out.agent_id = c.agentId;
  setPresent(out, 'agent_version_id', c.agentVersionId);
  setPresent(out, 'agent_number', c.agentNumber);
  out.web_widget_id = c.webWidgetId;
  out.trunk_id = c.trunkId;
  setPresent(out, 'duration', c.duration);
  setPresent(out, 'user_turn_count', c.userTurnCount);
  out.created_at = isoSeconds(c.createdMs);
  setPresent(out, 'updated_at', c.updatedMs == null ? c.updatedMs : isoSeconds(c.updatedMs));
  setPresent(out, 'agent', c.agent);
  if (sensitive) {
    setPresent(out, 'summary', c.summary);
    setPresent(out, 'initial_context', c.initialContext);
    setPresent(out, 'custom_metadata', c.customMetadata);
    setPresent(out, 'conversation', c.transcript);
    setPresent(out, 'recording_details', c.recordingDetails);
  }
  return out;
}

/**
 * The Avoca `GET /inbox/conversations` object, with the session's writes (`resolution_notes`
 * and `notes` appear once an action set them).
 * @param {StoredConversation} c
 * @returns {Record<string, unknown>}
 */
export function toAvoca(c) {
  /** @type {Record<string, unknown>} */
  const out = {
    id: c.id,
    channel: AVOCA_CHANNEL[c.channel],
    status: c.inboxStatus,
    priority: c.priority,
    customer: c.customer,
    assignee: c.assignee,
  };
  setPresent(out, 'summary', c.summary);
  out.messages_count = c.messagesCount;
  out.unread_count = c.unreadCount;
  setPresent(out, 'tags', c.tags);
  out.metadata = c.inboxMetadata;
  out.created_at = isoSeconds(c.createdMs);
  out.last_activity_at = isoSeconds(c.lastActivityMs);
  out.resolved_at = c.resolvedMs === null ? null : isoSeconds(c.resolvedMs);
  setPresent(out, 'resolution_notes', c.resolutionNotes);
  setPresent(out, 'notes', c.notes);
  return out;
}
