/** Text extraction from generated OOXML and ODF documents, and what the classifier then finds in them. */
import { classifyDraft } from '../../../../src/core/classify/classify-draft.js';
import { extractAttachmentText } from '../../../../src/core/classify/extract/index.js';
import { luhnCheckDigit } from '../../../../src/core/classify/luhn.js';
import { makeDocx, makeOdt, makePptx, makeXlsx, noiseBytes } from '../../../bench/classify-fixtures.mjs';

const number = `080512-988${luhnCheckDigit('080512988')}`;
const now = new Date(Date.UTC(2026, 0, 15));

describe('office attachments', () => {
  it('reads a .docx, paragraphs on their own lines, next to an embedded image', async () => {
    const bytes = makeDocx(['Elevärende', `Eleven ${number} är sjukskriven.`], 6, noiseBytes(200_000));
    expect(await extractAttachmentText({ name: 'arende.docx', bytes })).toBe(`Elevärende\nEleven ${number} är sjukskriven.\n\n`);
  });
  it('reads the cells of an .xlsx, one row per line', async () => {
    const bytes = makeXlsx([['Namn', 'Personnummer'], ['Kim', number]]);
    const text = await extractAttachmentText({ name: 'lista.xlsx', bytes });
    expect(text).toContain(`Kim\t${number}`);
  });
  it('reads every slide of a .pptx in slide order', async () => {
    const slides = Array.from({ length: 11 }, (_, i) => [`Bild ${i + 1}`]);
    slides[9] = ['Bild 10', `Pnr ${number}`];
    const text = await extractAttachmentText({ name: 'dragning.pptx', bytes: makePptx(slides) });
    expect(text.indexOf('Bild 2\n')).toBeLessThan(text.indexOf('Bild 10\n'));
    expect(text).toContain(`Pnr ${number}`);
  });
  it('reads an .odt', async () => {
    const text = await extractAttachmentText({ name: 'brev.odt', bytes: makeOdt(['Hej!', 'Lösenord: Vår2025!x']) });
    expect(text).toBe('Hej!\nLösenord: Vår2025!x\n\n');
  });
  it('finds the identity number inside each format, located at the attachment', async () => {
    const attachments = [
      { name: 'a.docx', bytes: makeDocx([`Personnummer ${number}`]) },
      { name: 'b.xlsx', bytes: makeXlsx([['Personnummer', number]]) },
      { name: 'c.pptx', bytes: makePptx([[`Personnummer ${number}`]]) },
      { name: 'd.odt', bytes: makeOdt([`Personnummer ${number}`]) },
    ];
    const located = await classifyDraft({ subject: '', body: '', attachments }, { now });
    for (const [index, { name }] of attachments.entries()) {
      const at = located.find((l) => l.location.name === name);
      expect(at?.location).toEqual({ kind: 'attachment', name, index });
      expect(at?.findings).toContainEqual(expect.objectContaining({ type: 'personnummer', normalized: `20${number.replace('-', '')}` }));
    }
  });
});
