import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/format/url.js';

describe('safeUrl (the gate before any link or audio source)', () => {
  it('lets http(s) URLs and same-origin paths through unchanged', () => {
    for (const url of ['https://recordings.avoca.ai/call_abc123.mp3', 'http://localhost:8000/a.wav', 'HTTPS://EXAMPLE.COM/x', '/api/recordings/c.wav']) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });

  it('refuses every other scheme, however it is disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      'java\tscript:alert(1)',
      'data:audio/wav;base64,AAAA',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.com/uuid',
      'ftp://example.com/a.wav',
    ]) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('refuses protocol-relative and malformed URLs, and anything that is not a string', () => {
    for (const value of ['//evil.example/a.wav', '/\\evil.example/a.wav', 'recordings/a.wav', 'http://', '', '   ', null, undefined, 42, { href: 'https://x' }]) {
      expect(safeUrl(value), JSON.stringify(value)).to.equal(undefined);
    }
  });

  it('refuses same-origin paths where only absolute http(s) is allowed (avatars)', () => {
    expect(safeUrl('/me.png', { allowRelative: false })).to.equal(undefined);
    expect(safeUrl('https://avatars.avoca.ai/sarah.jpg', { allowRelative: false })).to.equal('https://avatars.avoca.ai/sarah.jpg');
  });
});
