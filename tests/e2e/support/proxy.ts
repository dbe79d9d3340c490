/**
 * A tiny HTTPS (CONNECT) proxy for Firefox. Firefox can map host names to
 * 127.0.0.1 (network.dns.localDomains) but not ports, so without this every
 * URL would carry the mock's port (https://sellercentral.amazon.com:41234/),
 * unlike the real site. Through the proxy Firefox asks for
 * sellercentral.amazon.com:443 and we tunnel it to the mock's random port: the
 * page sees the real origin, parallel runs never clash, nothing needs root.
 * Anything else is refused, so a test can never reach the internet.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface TunnelProxy {
  port: number;
  close(): Promise<void>;
}

export async function startTunnelProxy(hosts: readonly string[], targetPort: number): Promise<TunnelProxy> {
  const allowed = new Set(hosts.map((h) => h.toLowerCase()));
  const server = createServer((_req, res) => {
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('Parley e2e proxy: https only, mock hosts only.\n');
  });
  const sockets = new Set<Socket>();
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const [host = '', port = ''] = (req.url ?? '').toLowerCase().split(':');
    if (port !== '443' || !allowed.has(host)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    }
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
