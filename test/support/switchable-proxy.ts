import { type AddressInfo, connect, createServer, type Socket } from 'node:net';

/**
 * A TCP endpoint in front of DynamoDB Local that can play a store which accepts connections and
 * never answers (`hang()`), then pass traffic through again (`pass()`). Switching closes every open
 * connection, so pooled keep-alive sockets cannot carry on past the switch.
 */
export interface SwitchableProxy {
  endpoint: string;
  hang(): void;
  pass(): void;
  close(): Promise<void>;
}

export async function switchableProxy(target: string): Promise<SwitchableProxy> {
  const { hostname, port } = new URL(target);
  let hanging = false;
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = createServer((client) => {
    track(client);
    if (hanging) return;
    const upstream = connect(Number(port), hostname);
    track(upstream);
    client.pipe(upstream).pipe(client);
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const dropAll = () => {
    for (const socket of open) socket.destroy();
  };
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hang() {
      hanging = true;
      dropAll();
    },
    pass() {
      hanging = false;
      dropAll();
    },
    close() {
      dropAll();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
