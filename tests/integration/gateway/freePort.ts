import net from 'node:net';

/** A port free on 127.0.0.1 now, for a server whose address must be known before it starts (a URL in its configuration). */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
