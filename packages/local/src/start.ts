import { DEV_KEYS_FILE, DYNAMO_DATA_DIR, HASH_SECRET_FILE, LOCAL_TABLE_NAME } from './local-paths.js';

/** `pnpm start`: the whole product on localhost until Ctrl-C. */
async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
  }
  console.log('OpenHall: loading the product…');
  // Imported here, after the first line, so the seconds of loading are not silent.
  const { startLocalProduct } = await import('./local-product.js');
  const product = await startLocalProduct({
    port,
    dynamoDataDir: DYNAMO_DATA_DIR,
    tableName: LOCAL_TABLE_NAME,
    keysFile: DEV_KEYS_FILE,
    hashSecretFile: HASH_SECRET_FILE,
    clock: process.argv.includes('--clock'),
    log: (line) => console.log(`OpenHall: ${line}`),
  });
  console.log(`OpenHall is running on ${product.url}`);
  console.log(`  citizen pages  ${product.url}/t/zibo`);
  console.log(`  API reference  ${product.url}/v1/docs`);
  console.log(`  SMS outbox     ${product.url}/dev/outbox`);
  console.log('  admin token    pnpm token --tenant zibo --role district-admin');
  console.log('Press Ctrl-C to stop.');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    await product.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
