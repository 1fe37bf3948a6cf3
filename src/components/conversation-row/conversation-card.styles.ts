import { css } from 'lit';

/**
 * A row in card mode (`card`): one cell of four lines (who and when, the status cues, a two-line
 * summary, duration and Play) in the card height of the table's density. Its controls are 44px
 * touch targets; what does not fit a line is cut at its end, and the summary's full text shows on tap.
 */
export const cardStyles = css`
  conversation-row[card] {
    grid-template-columns: minmax(0, 1fr);
    height: var(--inbox-card-height, 168px);
    align-items: stretch;
  }
  .cell.card {
    display: grid;
    grid-template-rows: 44px minmax(0, 1fr) 44px 44px;
    align-items: center;
    padding: 4px var(--inbox-cell-padding, 10px);
    line-height: 1.35;
    white-space: nowrap;
    /* Card parts are narrower than a phone's cards at 320px: each cuts its own text. */
    container-type: inline-size;
  }
  .card-head,
  .card-foot,
  .card-cues {
    display: flex;
    align-items: center;
    gap: 8px;
    min-width: 0;
    overflow: hidden;
  }
  .card-channel {
    flex: none;
    display: inline-flex;
    color: var(--inbox-muted-color, #5f6672);
  }
  .card-channel .icon {
    width: 20px;
    height: 20px;
  }
  .card-caller {
    flex: 1 1 auto;
    display: flex;
    align-items: center;
    gap: 6px;
    min-width: 0;
    overflow: hidden;
  }
  .card-name {
    flex: 0 1 auto;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    font-weight: 600;
  }
  .card-id {
    flex: 1 1 0;
    min-width: 4ch;
    overflow: hidden;
    text-overflow: ellipsis;
    color: var(--inbox-muted-color, #5f6672);
  }
  .cell.card .bubble {
    flex: none;
    margin: 0;
  }
  .card-name + .card-id {
    font-size: 0.9em;
  }
  .card-caller > .card-id:first-child {
    color: inherit;
    font-weight: 600;
  }
  .cell.card button {
    width: auto;
    min-width: 44px;
    height: 44px;
    padding: 0 6px;
  }
  .cell.card .icon {
    width: 18px;
    height: 18px;
  }
  .card-time {
    flex: none;
    color: var(--inbox-muted-color, #5f6672);
    font-size: 0.9em;
  }
  .cell.card .card-summary {
    display: block;
    width: 100%;
    padding: 0;
    text-align: start;
    white-space: normal;
    overflow: hidden;
  }
  .card-summary > span {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    overflow-wrap: anywhere;
    line-height: 20px;
    max-height: 40px;
  }
  span.card-summary.missing {
    color: var(--inbox-muted-color, #5f6672);
  }
  .card-duration {
    flex: 1 1 auto;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    color: var(--inbox-muted-color, #5f6672);
  }
  .card-play {
    flex: none;
    display: inline-flex;
    flex-direction: column;
    align-items: center;
  }
  /* Once playing: the compact player, its controls touch-sized, the time beside its timeline. */
  .card-play recording-player {
    --inbox-player-target-size: 44px;
    box-sizing: border-box;
    width: var(--inbox-card-player-width, 168px);
    height: 44px;
  }
  .card-select {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 44px;
    height: 44px;
    cursor: pointer;
  }
  .card-select input[type='checkbox'] {
    width: 20px;
    height: 20px;
    margin: 0;
  }
  /* The cues' line takes what the three 44px lines leave (23px in compact density). */
  .card-cues {
    align-self: stretch;
  }
  .card-cues .pill,
  .card-cues .priority-badge {
    line-height: 1.4;
  }
  /* Badges stay whole; the status pill (and a stale note) give way, cut at their end. */
  .card-cues .live-badge,
  .card-cues .fresh-badge,
  .card-cues .unread-badge,
  .card-cues .priority-badge {
    flex: none;
  }
  .card-cues .pill,
  .card-cues > span,
  .card-cues .stale-note {
    flex: 0 1 auto;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .card-cues > span {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  @container (max-width: 300px) {
    /* A 320px phone: the name and the id stack, so both keep room beside the time. */
    .card-caller {
      flex-direction: column;
      align-items: stretch;
      gap: 0;
      line-height: 1.2;
    }
    .card-id {
      flex: none;
    }
  }
`;
