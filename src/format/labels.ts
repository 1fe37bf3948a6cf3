/** Labels shared by the table's cells and the filters' choices. */
export const CHANNEL_LABELS: Record<string, string> = { phone: 'Phone Call', web_chat: 'Web Chat', email: 'Email', text: 'Text' };
export const DIRECTION_LABELS: Record<string, string> = { inbound: 'Inbound', outbound: 'Outbound' };
