// The Smart Alerts handler against office-addin-mock: one completed() per send, decisions the user
// notices, messages that name the kind and place of data but never the data.
import { createOnMessageSendHandler, ONSEND_LIMITS } from '../../../src/addin/onsend/on-message-send.js';
import { MAX_MESSAGE_LENGTH, TASKPANE_COMMAND_ID } from '../../../src/addin/onsend/send-decision.js';
import { DEFAULT_POLICY, type Policy } from '../../../src/core/policy/index.js';
import { testEvent, testOffice, type TestDraft } from './office-mailbox.js';

const PNR = '19121212-1212';

async function send(draft: TestDraft, policy: Policy = DEFAULT_POLICY, deadlineMs = 10_000) {
  const logged: string[] = [];
  const handler = createOnMessageSendHandler(testOffice(draft), { policy, deadlineMs, limits: ONSEND_LIMITS, log: (c) => logged.push(c) });
  const event = testEvent();
  await handler(event);
  expect(event.calls).toHaveLength(1);
  return { answer: event.calls[0]!, logged };
}

describe('OnMessageSend handler', () => {
  it('lets a clean mail go at once', async () => {
    const { answer } = await send({ subject: 'Möte på torsdag', html: '<p>Hej! Vi ses klockan tio.</p>' });
    expect(answer).toEqual({ allowEvent: true });
  });

  it('holds a personnummer in the body with a Swedish message and the Kryptera button', async () => {
    const { answer } = await send({ subject: 'Remiss', html: `<p>Patientens personnummer är ${PNR}.</p>` });
    expect(answer.allowEvent).toBe(false);
    expect(answer.commandId).toBe(TASKPANE_COMMAND_ID);
    expect(answer.cancelLabel).toBe('Kryptera');
    expect(answer.errorMessage).toContain('personnummer (i texten)');
    expect(answer.errorMessage).not.toContain('1212');
    expect(answer.errorMessage!.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  });

  it('speaks English when Outlook does', async () => {
    const { answer } = await send({ language: 'en-GB', html: `<p>personnummer ${PNR}</p>` });
    expect(answer.cancelLabel).toBe('Encrypt');
    expect(answer.errorMessage).toContain('personal identity numbers (in the body)');
  });

  it('blocks a personnummer in the subject and names the fix', async () => {
    const { answer } = await send({ subject: `Ang. pnr ${PNR}`, html: '<p>Se bifogat.</p>' });
    expect(answer.allowEvent).toBe(false);
    expect(answer.errorMessage).toMatch(/^Ämnesraden innehåller personnummer\..*Åtgärda ämne/);
    expect(answer.cancelLabel).toBe('Åtgärda ämne');
    expect(answer.errorMessage).not.toContain('1212');
  });

  it('names the attachment that holds the data, and never a name that is itself sensitive', async () => {
    const text = new TextEncoder().encode(`personnummer;namn\n${PNR};Test Testsson\n`);
    const { answer } = await send({ html: '<p>Lista bifogad.</p>', attachments: [{ name: 'lista.csv', contentType: 'text/csv', bytes: text }] });
    expect(answer.errorMessage).toContain('i bilagan "lista.csv"');
    const leaky = await send({ html: '<p>Lista bifogad.</p>', attachments: [{ name: `pnr ${PNR}.txt`, contentType: 'text/plain', bytes: text }] });
    expect(leaky.answer.errorMessage).toContain('i bilaga 1');
    expect(leaky.answer.errorMessage).not.toContain('1212');
  });

  it('falls back to the text body when HTML cannot be read', async () => {
    const { answer } = await send({ text: `personnummer ${PNR}` });
    expect(answer.allowEvent).toBe(false);
  });

  it('fails closed when Office cannot give the subject, and logs only the code', async () => {
    const { answer, logged } = await send({ subject: 'x', html: '<p>x</p>', failing: 'subject' });
    expect(answer.allowEvent).toBe(false);
    expect(answer.errorMessage).toMatch(/^Kuvert kunde inte kontrollera/);
    expect(logged).toEqual(['OFFICE_CALL_FAILED']);
  });

  it('lets the policy allow on failure when an organisation chooses so', async () => {
    const { answer } = await send({ html: '<p>x</p>', failing: 'subject' }, { ...DEFAULT_POLICY, onClassificationFailure: 'allow' });
    expect(answer).toEqual({ allowEvent: true });
  });

  it('fails closed at its deadline and still completes exactly once', async () => {
    const office = testOffice({ html: '<p>x</p>' });
    office.context.mailbox.item!.subject.getAsync = () => undefined; // Outlook never answers
    const event = testEvent();
    await createOnMessageSendHandler(office, { policy: DEFAULT_POLICY, deadlineMs: 50, limits: ONSEND_LIMITS }).call(null, event);
    expect(event.calls).toEqual([expect.objectContaining({ allowEvent: false })]);
  });

  it('treats an unreadable attachment as uninspectable: the policy warns and lets the sender choose', async () => {
    const { answer } = await send({ html: '<p>Hej</p>', attachments: [{ name: 'a.txt', contentType: 'text/plain', bytes: new Uint8Array([65]), fail: true }] });
    expect(answer).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    expect(answer.errorMessage).toContain('bilagor som inte kunde kontrolleras (i bilagan "a.txt")');
  });

  it('on Mailbox 1.12 holds without the action button, and lets warnings through', async () => {
    const held = await send({ mailbox: '1.12', html: `<p>personnummer ${PNR}</p>` });
    expect(held.answer.allowEvent).toBe(false);
    expect(held.answer.commandId).toBeUndefined();
    expect(held.answer.cancelLabel).toBeUndefined();
    const warned = await send({ mailbox: '1.12', html: '<p>Hej</p>', attachments: [{ name: 'link', format: 'url' }] });
    expect(warned.answer).toEqual({ allowEvent: true });
  });

  it('holds a message whose findings would overflow 500 characters to 500', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `bilaga-med-ganska-langt-namn-${i}.txt`);
    const bytes = new TextEncoder().encode(`personnummer ${PNR}`);
    const { answer } = await send({ html: `<p>personnummer ${PNR}</p>`, attachments: names.map((name) => ({ name, contentType: 'text/plain', bytes })) });
    expect(answer.errorMessage!.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  });
});
