/**
 * Link templates: `{id}`, `{agent_id}` and `{agent_version_id}` are replaced by URL-encoded values.
 * Defaults follow shared/api/README.md; a host overrides them per table.
 */
import type { Conversation } from '../data/types.js';

export const DEFAULT_DETAIL_URL = 'https://app.anyreach.ai/conversations/{id}';
export const DEFAULT_AGENT_URL = 'https://app.anyreach.ai/agents/{agent_id}';
/** Appended to the agent link when the version is known. */
export const DEFAULT_AGENT_VERSION_SUFFIX = '/versions/{agent_version_id}';

export function fillTemplate(template: string, values: Record<string, string | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : encodeURIComponent(value);
  });
}

/** Only http(s) and same-origin relative URLs may become links or audio sources. */
export function isSafeUrl(url: string): boolean {
  if (url.startsWith('/') && !url.startsWith('//')) return true;
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export function detailUrl(conversation: Conversation, template = DEFAULT_DETAIL_URL): string | undefined {
  const url = fillTemplate(template, { id: conversation.id });
  return isSafeUrl(url) ? url : undefined;
}

export function agentUrl(
  conversation: Conversation,
  template = DEFAULT_AGENT_URL,
  versionSuffix = DEFAULT_AGENT_VERSION_SUFFIX,
): string | undefined {
  const agent = conversation.agent;
  if (!agent?.id) return undefined;
  const full = agent.versionId ? template + versionSuffix : template;
  const url = fillTemplate(full, { agent_id: agent.id, agent_version_id: agent.versionId });
  return isSafeUrl(url) ? url : undefined;
}
