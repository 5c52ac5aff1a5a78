// A ProviderContext for tests that start a provider directly: in-memory ETag cache and a
// meter the test can read.
import type { ProviderContext } from '../../src/resources/provider-contract.js';
import { ProviderTraffic } from '../../src/transport/provider-traffic.js';

export async function testContext(name: string, settings: Readonly<Record<string, unknown>>, configDir: string, stateDir?: string): Promise<ProviderContext & { traffic: ProviderTraffic }> {
  const traffic = new ProviderTraffic(stateDir);
  return { ...(await traffic.contextFor(name, settings, configDir)), traffic };
}
