/** Date presets and ranges as exact instants in a set time zone, daylight-saving days included. */
import { expect } from '@open-wc/testing';
import { civilDateOf, dayRange, knownTimeZone, parseCivilDate, presetRange, startOfDay } from '../../src/format/date-presets.js';

const at = (iso: string) => new Date(iso);
const day = (value: string) => parseCivilDate(value)!;

describe('date presets', () => {
  describe('America/New_York on the spring-forward day (2026-03-08, 23 hours)', () => {
    const now = at('2026-03-08T15:00:00Z'); // 11:00 EDT
    const zone = 'America/New_York';

    it('Today runs from midnight EST to the last millisecond before midnight EDT', () => {
      expect(presetRange('today', now, zone)).to.deep.equal({ after: '2026-03-08T05:00:00.000Z', before: '2026-03-09T03:59:59.999Z' });
    });

    it('Yesterday is a whole EST day ending where today begins', () => {
      expect(presetRange('yesterday', now, zone)).to.deep.equal({ after: '2026-03-07T05:00:00.000Z', before: '2026-03-08T04:59:59.999Z' });
    });

    it('Last 7 days and Last 30 days include today and start at a local midnight', () => {
      expect(presetRange('last7', now, zone)).to.deep.equal({ after: '2026-03-02T05:00:00.000Z', before: '2026-03-09T03:59:59.999Z' });
      expect(presetRange('last30', now, zone)).to.deep.equal({ after: '2026-02-07T05:00:00.000Z', before: '2026-03-09T03:59:59.999Z' });
    });

    it('This month starts on the 1st', () => {
      expect(presetRange('thisMonth', now, zone)).to.deep.equal({ after: '2026-03-01T05:00:00.000Z', before: '2026-03-09T03:59:59.999Z' });
    });
  });

  describe('Europe/Berlin on the fall-back day (2026-10-25, 25 hours)', () => {
    const now = at('2026-10-25T12:00:00Z'); // 13:00 CET
    const zone = 'Europe/Berlin';

    it('Today runs from midnight CEST to the last millisecond before midnight CET', () => {
      expect(presetRange('today', now, zone)).to.deep.equal({ after: '2026-10-24T22:00:00.000Z', before: '2026-10-25T22:59:59.999Z' });
    });

    it('Yesterday, Last 7 days, Last 30 days and This month', () => {
      expect(presetRange('yesterday', now, zone)).to.deep.equal({ after: '2026-10-23T22:00:00.000Z', before: '2026-10-24T21:59:59.999Z' });
      expect(presetRange('last7', now, zone).after).to.equal('2026-10-18T22:00:00.000Z');
      expect(presetRange('last30', now, zone).after).to.equal('2026-09-25T22:00:00.000Z');
      expect(presetRange('thisMonth', now, zone).after).to.equal('2026-09-30T22:00:00.000Z');
    });
  });

  it('computes "today" in the given zone, not the viewer’s: 01:30 UTC is still yesterday in New York', () => {
    const now = at('2026-07-15T01:30:00Z');
    expect(presetRange('today', now, 'America/New_York').after).to.equal('2026-07-14T04:00:00.000Z');
    expect(presetRange('today', now, 'Asia/Tokyo')).to.deep.equal({ after: '2026-07-14T15:00:00.000Z', before: '2026-07-15T14:59:59.999Z' });
    expect(presetRange('today', now, 'UTC')).to.deep.equal({ after: '2026-07-15T00:00:00.000Z', before: '2026-07-15T23:59:59.999Z' });
  });

  it('rolls over months and years', () => {
    const now = at('2026-01-03T12:00:00Z');
    expect(presetRange('last7', now, 'UTC').after).to.equal('2025-12-28T00:00:00.000Z');
    expect(presetRange('yesterday', now, 'Asia/Kolkata')).to.deep.equal({ after: '2026-01-01T18:30:00.000Z', before: '2026-01-02T18:29:59.999Z' });
  });

  it('starts a day whose midnight is skipped at the moment the clocks jump', () => {
    // Chile springs forward from 00:00 to 01:00.
    expect(new Date(startOfDay(day('2026-09-06'), 'America/Santiago')).toISOString()).to.equal('2026-09-06T04:00:00.000Z');
    expect(new Date(startOfDay(day('2026-03-08'), 'America/Havana')).toISOString()).to.equal('2026-03-08T05:00:00.000Z');
  });

  it('starts a day after a fall-back at midnight at its one midnight', () => {
    // Brazil fell back from 00:00 to 23:00 the day before; 2018-02-17 had 25 hours.
    expect(dayRange(day('2018-02-17'), day('2018-02-17'), 'America/Sao_Paulo')).to.deep.equal({
      after: '2018-02-17T02:00:00.000Z',
      before: '2018-02-18T02:59:59.999Z',
    });
  });

  it('gives a custom range of whole days, either end open', () => {
    expect(dayRange(day('2026-11-01'), day('2026-11-01'), 'America/New_York')).to.deep.equal({
      after: '2026-11-01T04:00:00.000Z',
      before: '2026-11-02T04:59:59.999Z',
    });
    expect(dayRange(day('2026-03-01'), undefined, 'Europe/Berlin')).to.deep.equal({ after: '2026-02-28T23:00:00.000Z', before: undefined });
    expect(dayRange(undefined, day('2026-03-01'), 'Europe/Berlin')).to.deep.equal({ after: undefined, before: '2026-03-01T22:59:59.999Z' });
  });

  it('reads dates and instants back as calendar days in the zone', () => {
    expect(parseCivilDate('2026-02-28')).to.deep.equal({ year: 2026, month: 2, day: 28 });
    expect(parseCivilDate('2026-02-30')).to.equal(undefined);
    expect(parseCivilDate('28.02.2026')).to.equal(undefined);
    expect(civilDateOf('2026-03-09T03:59:59.999Z', 'America/New_York')).to.equal('2026-03-08');
    expect(civilDateOf('not a date', 'UTC')).to.equal('');
  });

  it('falls back to the viewer’s zone for an unknown time zone instead of throwing', () => {
    expect(knownTimeZone('Mars/Olympus_Mons')).to.equal(undefined);
    expect(knownTimeZone('Europe/Berlin')).to.equal('Europe/Berlin');
    const viewer = presetRange('today', at('2026-07-15T12:00:00Z'));
    expect(presetRange('today', at('2026-07-15T12:00:00Z'), 'Mars/Olympus_Mons')).to.deep.equal(viewer);
  });
});
