/**
 * The action form and the bulk-run confirmation dialog, fetched and registered on the first action
 * (in the script-tag bundle each is a chunk beside the bundle).
 */
import { defineElement } from '../define.js';
import { lazy } from '../shared/lazy.js';

export const actionElements = lazy(async () => {
  const [{ InboxActionForm }, { InboxConfirmDialog }] = await Promise.all([import('./action-form.js'), import('../inbox-confirm/confirm-dialog.js')]);
  defineElement('inbox-action-form', InboxActionForm);
  defineElement('inbox-confirm-dialog', InboxConfirmDialog);
});
