import { expect } from '@open-wc/testing';
import { columnName, xmlText } from '../../src/export/xlsx-workbook.js';
import { dateSerial, isoWithOffset, resolvedTimeZone } from '../../src/export/zoned-time.js';

describe('instants in a chosen zone, and the workbook’s text', () => {
  it('writes ISO 8601 with the offset in force, either side of a daylight-saving change', () => {
    // New York moves from -05:00 to -04:00 at 2026-03-08T07:00:00Z.
    expect(isoWithOffset(new Date('2026-03-08T06:59:59Z'), 'America/New_York')).to.equal('2026-03-08T01:59:59-05:00');
    expect(isoWithOffset(new Date('2026-03-08T07:00:00Z'), 'America/New_York')).to.equal('2026-03-08T03:00:00-04:00');
    expect(isoWithOffset(new Date('2026-03-08T07:14:30Z'), 'America/New_York')).to.equal('2026-03-08T03:14:30-04:00');
    expect(isoWithOffset(new Date('2026-01-01T00:00:00.900Z'), 'UTC')).to.equal('2026-01-01T00:00:00+00:00');
    expect(isoWithOffset(new Date('2026-06-01T12:00:00Z'), 'Asia/Kathmandu')).to.equal('2026-06-01T17:45:00+05:45');
  });

  it('gives the spreadsheet serial of the zone’s wall clock', () => {
    expect(dateSerial(new Date('1970-01-01T00:00:00Z'), 'UTC')).to.equal(25569);
    expect(dateSerial(new Date('2026-03-08T07:00:00Z'), 'America/New_York')).to.equal(dateSerial(new Date('2026-03-08T03:00:00Z'), 'UTC'));
    expect(dateSerial(new Date('2026-03-08T06:00:00Z'), 'America/New_York')).to.equal(dateSerial(new Date('2026-03-08T01:00:00Z'), 'UTC'));
  });

  it('falls back to the viewer’s zone for an unknown one', () => {
    expect(resolvedTimeZone('Mars/Olympus')).to.equal(new Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(resolvedTimeZone('UTC')).to.equal('UTC');
  });

  it('escapes markup, keeps CR, replaces what XML cannot hold and shows Excel escapes as typed', () => {
    expect(xmlText('a < b & c > d')).to.equal('a &lt; b &amp; c &gt; d');
    expect(xmlText('\r=1')).to.equal('&#13;=1');
    expect(xmlText('bell\u0007 lone\uD800')).to.equal('bell\uFFFD lone\uFFFD');
    expect(xmlText('👋🏽')).to.equal('👋🏽');
    expect(xmlText('_x0041_')).to.equal('_x005F_x0041_');
    expect([0, 25, 26, 701, 702].map(columnName)).to.deep.equal(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});
