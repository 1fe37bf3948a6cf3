import { expect } from '@open-wc/testing';
import { encodeField, encodeRecord } from '../../src/export/csv.js';
import { parseCsv } from './csv-file.js';

describe('CSV encoding (RFC 4180 + OWASP)', () => {
  it('leaves plain fields bare and writes a missing value as an empty field', () => {
    expect(encodeRecord(['plain', undefined, '', '42', 'Ünïcødé 名前'])).to.equal('plain,,,42,Ünïcødé 名前\r\n');
  });

  it('quotes fields with commas, quotes, CR or LF and doubles the quotes', () => {
    expect(encodeField('a,b')).to.equal('"a,b"');
    expect(encodeField('say "hi"')).to.equal('"say ""hi"""');
    expect(encodeField('line 1\nline 2')).to.equal('"line 1\nline 2"');
    expect(encodeField('line 1\r\nline 2')).to.equal('"line 1\r\nline 2"');
  });

  for (const payload of ['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://evil.example","x")']) {
    it(`neutralizes a cell beginning with ${JSON.stringify(payload[0])}: leading quote, quoted`, () => {
      expect(encodeField(payload)).to.equal(`"'${payload.replaceAll('"', '""')}"`);
    });
  }

  it('writes a value that is only an E.164 number as it is, and neutralizes anything more', () => {
    expect(encodeField('+16465555195')).to.equal('+16465555195');
    expect(encodeField('+4930555012')).to.equal('+4930555012');
    expect(encodeField('+123456')).to.equal(`"'+123456"`, 'too short for E.164');
    expect(encodeField('+1234567890123456')).to.equal(`"'+1234567890123456"`, 'too long for E.164');
    expect(encodeField('+1 646 555 5195')).to.equal(`"'+1 646 555 5195"`);
    expect(encodeField('+16465555195+1')).to.equal(`"'+16465555195+1"`);
    expect(encodeField('+1646555519\n=1')).to.equal(`"'+1646555519\n=1"`);
  });

  it('does not touch cells where the trigger is not the first character', () => {
    expect(encodeField('a=1')).to.equal('a=1');
    expect(encodeField(' =1')).to.equal(' =1');
  });

  it('round-trips through a real CSV parser', async () => {
    const fields = ['"quoted", with comma', 'multi\r\nline\nvalue', '=cmd|\' /C calc\'!A0', 'Ελληνικά, 日本語, عربي 👋🏽', ''];
    const text = encodeRecord(['a', 'b', 'c', 'd', 'e']) + encodeRecord(fields);
    expect(await parseCsv(text)).to.deep.equal([
      ['a', 'b', 'c', 'd', 'e'],
      ['"quoted", with comma', 'multi\r\nline\nvalue', `'=cmd|' /C calc'!A0`, 'Ελληνικά, 日本語, عربي 👋🏽', ''],
    ]);
  });
});
