// `npm start`: serves the repository and prints the demo's address.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT) || 8000;
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: process.env.HOST || 'localhost', nodeResolve: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port: actual } = server.server.address();
console.log(`crisis-timeline demo: http://localhost:${actual}/demo/`);
console.log('Press Ctrl+C to stop.');
