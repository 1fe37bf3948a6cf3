/** What the view editor asks `<inbox-views>` to do. */
export type ViewEdit =
  | { kind: 'create'; name: string }
  | { kind: 'rename'; id: string; name: string }
  | { kind: 'delete'; id: string }
  | { kind: 'move'; id: string; by: -1 | 1 }
  | { kind: 'close' };

/** The view editor's request; `<inbox-views>` applies it and stops it there. */
export class ViewEditEvent extends Event {
  static readonly type = 'inbox-view-edit';
  constructor(readonly change: ViewEdit) {
    super(ViewEditEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'inbox-view-edit': ViewEditEvent;
  }
}
