/**
 * Link templates: `{id}`, `{agent_id}` and `{agent_version_id}` are replaced by URL-encoded values.
 * Defaults follow shared/api/README.md; a host overrides them per table.
 */
import type { Conversation } from '../data/types.js';
import { safeUrl } from './url.js';

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

export function detailUrl(conversation: Conversation, template = DEFAULT_DETAIL_URL): string | undefined {
  return safeUrl(fillTemplate(template, { id: conversation.id }));
}

export function agentUrl(
  conversation: Conversation,
  template = DEFAULT_AGENT_URL,
  versionSuffix = DEFAULT_AGENT_VERSION_SUFFIX,
): string | undefined {
  const agent = conversation.agent;
  if (!agent?.id) return undefined;
  const full = agent.versionId ? template + versionSuffix : template;
  return safeUrl(fillTemplate(full, { agent_id: agent.id, agent_version_id: agent.versionId }));
}
