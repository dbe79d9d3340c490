/**
 * The mock Seller Central for e2e tests: started by a launcher (and closed with
 * it) unless the test passes its own `site` to share one between browsers.
 */
import { startMockSellerCentral, type MockSite } from '../../fixtures/seller-central/server.ts';

export type { MockSite };

export interface SiteLease {
  site: MockSite;
  /** Closes the site only if this lease started it. */
  release(): Promise<void>;
}

export async function leaseSite(shared?: MockSite, port?: number): Promise<SiteLease> {
  if (shared) return { site: shared, release: async () => {} };
  const site = await startMockSellerCentral(port === undefined ? {} : { port });
  return { site, release: () => site.close() };
}
