/** Contact Buyer variants in Chromium (the stories: tests/e2e/queue-variants-steps.ts). */
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { launchChromium, type ChromiumHarness } from '../support/chromium.ts';
import { handOverOnVariant, unknownReasonRemembered, type QueueDriver } from '../queue-variants-steps.ts';
import { controlPage } from './queue-support.ts';

let h: ChromiumHarness;
let d: QueueDriver;

beforeAll(async () => {
  h = await launchChromium();
  d = { site: h.site, control: await controlPage(h), pages: async () => h.context.pages() };
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => h.site.reset());

describe('Chromium: Contact Buyer variants', () => {
  it.each(['snake', 'numeric-de', 'ja-novalue', 'plain'] as const)('hand-over on the %s page: one message', (variant) =>
    handOverOnVariant(d, variant, 'Chromium'),
  );
  it('unknown reason labels: the seller chooses once, Parley remembers', () => unknownReasonRemembered(d, 'Chromium'));
});
