import { expect } from '@open-wc/testing';
import { InboxError } from '../../src/data/errors.js';
import { EventStreamParser } from '../../src/data/live.js';

/** Feeds `chunks` to one parser and returns every event, as `type|data|lastEventId`. */
function parse(chunks: string[], parser = new EventStreamParser()): string[] {
  return chunks.flatMap((chunk) => parser.push(chunk)).map((event) => `${event.type}|${event.data}|${event.lastEventId}`);
}

describe('EventStreamParser (text/event-stream)', () => {
  it('reads events with id, event and data fields, defaulting the type to message', () => {
    expect(parse(['id: 1\nevent: created\ndata: {"a":1}\n\ndata: plain\n\n'])).to.deep.equal(['created|{"a":1}|1', 'message|plain|1']);
  });

  it('joins multi-line data with newlines and keeps a value\'s spaces after the first', () => {
    expect(parse(['data:  two spaces\ndata:\ndata: third\n\n'])).to.deep.equal(['message| two spaces\n\nthird|']);
  });

  it('accepts CRLF, CR and LF line endings, even split between chunks', () => {
    expect(parse(['data: a\r', '\n\r', '\ndata: b\r\r', 'data: c\n', '\n'])).to.deep.equal(['message|a|', 'message|b|', 'message|c|']);
  });

  it('completes events split anywhere across chunks', () => {
    const text = 'id: 7\nevent: updated\ndata: {"conversation":{"id":"c1"}}\n\n';
    const chunks = [...text];
    expect(parse(chunks)).to.deep.equal(['updated|{"conversation":{"id":"c1"}}|7']);
  });

  it('ignores comments, unknown fields, retry and a leading byte order mark', () => {
    expect(parse(['\uFEFF: keep-alive\n\nretry: 10\nfoo: bar\ndata: x\n\n'])).to.deep.equal(['message|x|']);
  });

  it('keeps the last id across events and parsers; an id-only event moves it without dispatching', () => {
    const parser = new EventStreamParser('41');
    expect(parse(['data: a\n\n'], parser)).to.deep.equal(['message|a|41']);
    expect(parse(['id: 42\n\n'], parser)).to.deep.equal([]);
    expect(parser.lastEventId).to.equal('42');
    expect(parse(['id: bad\u0000id\ndata: b\n\n'], parser), 'an id with NUL is ignored').to.deep.equal(['message|b|42']);
  });

  it('does not dispatch an event cut off before its blank line, nor move the id', () => {
    const parser = new EventStreamParser('3');
    expect(parse(['id: 4\nevent: created\ndata: {"partial"'], parser)).to.deep.equal([]);
    expect(parser.lastEventId).to.equal('3');
  });

  it('throws a bad_response InboxError for an event too large to hold', () => {
    const parser = new EventStreamParser();
    let error: unknown;
    try {
      for (let index = 0; index < 20; index += 1) parser.push(`data: ${'x'.repeat(100_000)}\n`);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(InboxError);
    expect((error as InboxError).kind).to.equal('bad_response');
  });
});
