import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onJobChanges } from '@/lib/background/history';
import { readHistory } from '@/lib/background/contacts-items';
import { onQueueChange, readJobs, unsealPersonal } from '@/lib/background/queue-store';
import { emailInput, ORDER, RELAY, send, sellerCentralAnswers, TEXT } from './contacts-fixtures';

// The runner is the queue's business (tests/unit/queue-handlers.test.ts): an email job never runs in it.
vi.mock('@/lib/background/queue-runner', () => ({ kick: vi.fn() }));

let stop: () => void;
beforeEach(() => {
  // History follows the queue as in the worker (handlers/contacts.ts setupContacts).
  const pending: Promise<unknown>[] = [];
  const off = onQueueChange((changes) => void pending.push(onJobChanges(changes)));
  stop = () => off();
  Object.assign(globalThis, { historyWrites: pending });
});
afterEach(() => stop());
const historySettled = () => Promise.all((globalThis as unknown as { historyWrites: Promise<unknown>[] }).historyWrites);

describe('an unapproved sender: held, then released on approval', () => {
  it('holds the message, says why, releases it when the address is approved, then hands it off', async () => {
    const { opened } = sellerCentralAnswers();
    const held = await send('contacts/emailHandoff', emailInput({ from: 'new-alias@shop.example' }));
    expect(held).toMatchObject({ ok: true, value: { state: 'held', heldFor: 'senderNotApproved' } });
    const jobId = held.value.jobId as string;
    expect((await readJobs()).find((j) => j.id === jobId)).toMatchObject({
      state: 'held',
      heldFor: 'senderNotApproved',
      transport: 'email',
    });
    expect(opened).not.toHaveBeenCalled();

    const listed = await send('contacts/senders', {});
    expect(listed.value.waiting).toEqual([{ jobId, orderId: ORDER, from: 'new-alias@shop.example', state: 'held' }]);

    // Adding the address as "not yet approved" releases nothing.
    expect(await send('contacts/senderAdd', { address: 'New-Alias@SHOP.example', status: 'pending' })).toMatchObject({
      ok: true,
      value: { released: 0 },
    });
    expect((await readJobs())[0]!.state).toBe('held');
    const approved = await send('contacts/senderSetStatus', { address: 'new-alias@shop.example', status: 'approved' });
    expect(approved).toMatchObject({ ok: true, value: { released: 1 } });
    expect((await readJobs())[0]).toMatchObject({ id: jobId, state: 'queued', transport: 'email' });

    const handed = await send('contacts/handOff', { jobId, client: 'gmail' });
    expect(handed).toMatchObject({ ok: true, value: { state: 'handedOff', client: 'gmail', opened: true } });
    expect(opened).toHaveBeenCalledWith({ url: handed.value.url, active: true });
    const job = (await readJobs())[0]!;
    expect(job).toMatchObject({ state: 'sent' });
    expect(job.history.map((h) => h.event)).toEqual(['hold', 'release', 'handedToEmail']);
    expect(await unsealPersonal(job)).toEqual({
      text: TEXT,
      subject: `Your Amazon order ${ORDER}`,
      from: 'new-alias@shop.example',
      to: RELAY,
    });

    await historySettled();
    const { records } = await readHistory();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ orderId: ORDER, outcome: 'handedToEmail', transport: 'email', from: 'new-alias@shop.example' });
  });

  it('holds released messages again when approval is withdrawn before they were opened', async () => {
    sellerCentralAnswers();
    await send('contacts/senderAdd', { address: 'later@shop.example', status: 'pending' });
    await send('contacts/emailHandoff', emailInput({ from: 'later@shop.example' }));
    await send('contacts/senderSetStatus', { address: 'later@shop.example', status: 'approved' });
    expect((await readJobs())[0]!.state).toBe('queued');
    expect(await send('contacts/senderSetStatus', { address: 'later@shop.example', status: 'blocked' })).toMatchObject({
      value: { heldAgain: 1 },
    });
    expect((await readJobs())[0]).toMatchObject({ state: 'held', heldFor: 'senderNotApproved' });
    const refused = await send('contacts/handOff', { jobId: (await readJobs())[0]!.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'action-refused' } });
  });
});

describe('email hand-off with an approved sender', () => {
  beforeEach(async () => {
    await send('contacts/senderAdd', { address: 'seller@shop.example', status: 'approved' });
  });

  it.each([
    ['gmail', `https://mail.google.com/mail/?view=cm&fs=1&to=${encodeURIComponent(RELAY)}&su=Your%20Amazon%20order%20${ORDER}&body=`],
    [
      'outlook',
      `https://outlook.office.com/mail/deeplink/compose?to=${encodeURIComponent(RELAY)}&subject=Your%20Amazon%20order%20${ORDER}&body=`,
    ],
    ['mailto', `mailto:${RELAY}?subject=Your%20Amazon%20order%20${ORDER}&body=`],
  ])('opens %s compose with the relay address resolved by a Seller Central tab', async (client, start) => {
    const { asked, opened } = sellerCentralAnswers();
    const answer = await send('contacts/emailHandoff', emailInput({ client }));
    expect(answer).toMatchObject({ ok: true, value: { state: 'handedOff', client, opened: true } });
    const url = answer.value.url as string;
    expect(url.startsWith(start)).toBe(true);
    expect(url).toContain(encodeURIComponent('Zoë').replace(/%20/g, ' '));
    expect(opened).toHaveBeenCalledWith({ url, active: true });
    // The content script is asked about this one order, nothing else.
    expect(asked).toHaveBeenCalledWith(
      7,
      { parley: 1, type: 'contacts/relayAddress', input: { orderId: ORDER, marketplaceId: 'ATVPDKIKX0DER' } },
      { frameId: 0 },
    );
    expect((await readJobs())[0]).toMatchObject({ state: 'sent', transport: 'email' });
  });

  it('says why when the address cannot be found, and queues nothing', async () => {
    sellerCentralAnswers({ code: 'logged-out' });
    expect(await send('contacts/emailHandoff', emailInput())).toMatchObject({
      ok: false,
      error: { code: 'relay', message: 'Seller Central asks you to sign in. Sign in, then try again.' },
    });
    expect(await readJobs()).toEqual([]);
  });

  it('says to open Seller Central when no tab of that marketplace is open', async () => {
    sellerCentralAnswers();
    const answer = await send('contacts/emailHandoff', emailInput({ host: 'sellercentral.amazon.de', marketplaceId: 'A1PA6795UKMFR9' }));
    expect(answer.error?.message).toMatch(/^Open Seller Central/);
  });

  it('refuses [Important] for a reason that is not critical, allows it for a critical one', async () => {
    sellerCentralAnswers();
    const refused = await send('contacts/emailHandoff', emailInput({ subject: '[Important] your order' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'subject' } });
    expect(refused.error?.message).toMatch(/critical/);
    const critical = await send('contacts/emailHandoff', emailInput({ subject: '[Important] your order', reason: 'unexpectedProblem' }));
    expect(critical).toMatchObject({ ok: true, value: { state: 'handedOff' } });
  });

  it('says a message is too long for a mailto link instead of cutting it, and opens without the body on request', async () => {
    const { opened } = sellerCentralAnswers();
    const long = emailInput({ client: 'mailto', text: `${TEXT} ${'ä'.repeat(1500)}` });
    const tooLong = await send('contacts/emailHandoff', long);
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'email-too-long' } });
    expect(opened).not.toHaveBeenCalled();
    const without = await send('contacts/emailHandoff', { ...long, omitBody: true });
    expect(without).toMatchObject({ ok: true, value: { bodyOmitted: true } });
    expect(without.value.url).not.toContain('body=');
  });

  it('refuses the same message twice, and a relay address it did not resolve', async () => {
    sellerCentralAnswers();
    expect((await send('contacts/emailHandoff', emailInput())).ok).toBe(true);
    expect(await send('contacts/emailHandoff', emailInput())).toMatchObject({ ok: false, error: { code: 'duplicate-sent' } });
    sellerCentralAnswers({ address: 'someone@gmail.com' });
    expect(await send('contacts/emailHandoff', emailInput({ text: `${TEXT} 2` }))).toMatchObject({ ok: false, error: { code: 'relay' } });
  });

  it('refuses an invalid From and an unknown reason', async () => {
    expect(await send('contacts/emailHandoff', emailInput({ from: 'abc@marketplace.amazon.com' }))).toMatchObject({
      ok: false,
      error: { code: 'from' },
    });
    expect(await send('contacts/emailHandoff', emailInput({ reason: 'requestReview' }))).toMatchObject({
      ok: false,
      error: { code: 'reason' },
    });
  });
});
