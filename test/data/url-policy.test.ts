import { expect } from '@open-wc/testing';
import { decodeCharacterReferences, safeUrl } from '../../src/data/url-policy.js';

const BASE = 'https://cdn.example/data/story.json';

// [input, result without base, result with BASE]
const cases: [string, unknown, string | undefined, string | undefined][] = [
  ['https', 'https://example.com/a?b=1#c', 'https://example.com/a?b=1#c', 'https://example.com/a?b=1#c'],
  ['http', 'http://example.com', 'http://example.com', 'http://example.com'],
  ['upper-case scheme', 'HTTPS://example.com/', 'HTTPS://example.com/', 'HTTPS://example.com/'],
  ['mailto', 'mailto:team@example.com', 'mailto:team@example.com', 'mailto:team@example.com'],
  ['relative path', 'img/jack-ma.jpg', 'img/jack-ma.jpg', 'https://cdn.example/data/img/jack-ma.jpg'],
  ['root-relative path', '/about', '/about', 'https://cdn.example/about'],
  ['parent path', '../x.png', '../x.png', 'https://cdn.example/x.png'],
  ['fragment', '#top', '#top', 'https://cdn.example/data/story.json#top'],
  ['protocol-relative', '//evil.example/x', '//evil.example/x', 'https://evil.example/x'],
  ['surrounding spaces trimmed', '  https://example.com/a  ', 'https://example.com/a', 'https://example.com/a'],
  ['an ampersand in a query stays as written', 'https://e.example/?a=1&amp;b=2', 'https://e.example/?a=1&amp;b=2', 'https://e.example/?a=1&amp;b=2'],
  ['javascript:', 'javascript:alert(1)', undefined, undefined],
  ['mixed case javascript:', 'JaVaScRiPt:alert(1)', undefined, undefined],
  ['data:', 'data:text/html,<script>alert(1)</script>', undefined, undefined],
  ['data: image', 'data:image/png;base64,AAAA', undefined, undefined],
  ['vbscript:', 'vbscript:msgbox(1)', undefined, undefined],
  ['file:', 'file:///etc/passwd', undefined, undefined],
  ['ftp:', 'ftp://example.com/', undefined, undefined],
  ['blob:', 'blob:https://example.com/uuid', undefined, undefined],
  ['leading NUL', '\u0000javascript:alert(1)', undefined, undefined],
  ['leading space and tab', ' \tjavascript:alert(1)', undefined, undefined],
  ['leading control characters', '\u0001\u001fjavascript:alert(1)', undefined, undefined],
  ['newline inside the scheme', 'java\nscript:alert(1)', undefined, undefined],
  ['tab inside the scheme', 'java\tscript:alert(1)', undefined, undefined],
  ['carriage return inside the scheme', 'jav\rascript:alert(1)', undefined, undefined],
  ['&colon;', 'javascript&colon;alert(1)', undefined, undefined],
  ['&#58;', 'javascript&#58;alert(1)', undefined, undefined],
  ['&#58 without semicolon', 'javascript&#58alert(1)', undefined, undefined],
  ['&#x3A;', 'javascript&#x3A;alert(1)', undefined, undefined],
  ['&#X3a; upper-case x', 'javascript&#X3a;alert(1)', undefined, undefined],
  ['padded &#0000058;', 'javascript&#0000058;alert(1)', undefined, undefined],
  ['encoded letter', '&#106;avascript:alert(1)', undefined, undefined],
  ['&Tab; inside the scheme', 'java&Tab;script:alert(1)', undefined, undefined],
  ['&NewLine; inside the scheme', 'java&NewLine;script:alert(1)', undefined, undefined],
  ['double-encoded colon', 'javascript&amp;colon;alert(1)', undefined, undefined],
  ['unparseable host', 'https://[oops/', undefined, undefined],
  ['empty', '', undefined, undefined],
  ['blank', '   ', undefined, undefined],
  ['a number', 42, undefined, undefined],
  ['null', null, undefined, undefined],
  ['an object', { href: 'https://example.com' }, undefined, undefined],
];

describe('safeUrl', () => {
  for (const [name, input, plain, based] of cases) {
    it(`${name}: ${JSON.stringify(input)}`, () => {
      expect(safeUrl(input), 'without base').to.equal(plain);
      expect(safeUrl(input, BASE), 'with base').to.equal(based);
    });
  }

  it('drops a relative URL whose base is not an allowed scheme', () => {
    expect(safeUrl('x.png', 'file:///home/me/story.json')).to.equal(undefined);
    expect(safeUrl('https://example.com/x.png', 'file:///home/me/story.json')).to.equal('https://example.com/x.png');
  });

  it('ignores a base that is not a URL', () => {
    expect(safeUrl('x.png', 'not a url')).to.equal('x.png');
    expect(safeUrl('javascript:alert(1)', 'not a url')).to.equal(undefined);
  });
});

describe('decodeCharacterReferences', () => {
  const table: [string, string][] = [
    ['a&colon;b', 'a:b'],
    ['&#106;&#x61;&#X76;', 'jav'],
    ['&#58x', ':x'],
    ['&amp;colon;', ':'],
    ['&#0;', '\ufffd'],
    ['&#xD800;', '\ufffd'],
    ['&#1114112;', '\ufffd'],
    ['&unknown; &constructor; &toString;', '&unknown; &constructor; &toString;'],
    ['no references', 'no references'],
  ];
  for (const [input, output] of table) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(output)}`, () => {
      expect(decodeCharacterReferences(input)).to.equal(output);
    });
  }
});
