import type { Command } from 'commander';
import { readSettings } from '../../server/config';
import { startServer } from '../../server/start';
import { buildWebIfNeeded } from '../web-build';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'Migrate the database, create the first admin if there is none, and serve the API and web app',
    )
    .option('-p, --port <port>', 'port to listen on (default: PORT or 8080)')
    .option('--build-if-needed', 'build the web app first when it is missing or older than its sources')
    .action(async (opts: { port?: string; buildIfNeeded?: boolean }) => {
      const settings = readSettings(opts.port ? { ...process.env, PORT: opts.port } : process.env);
      if (opts.buildIfNeeded) await buildWebIfNeeded();
      const server = await startServer(settings);
      const where = settings.databaseUrl ? 'PostgreSQL server' : `embedded database in ${settings.dataDir}`;
      console.log(`Homeward is running at ${server.url} (${where})`);
      if (server.firstAdmin) {
        console.log(`First admin: ${server.firstAdmin.email}`);
        if (server.firstAdmin.generatedPassword) {
          console.log(`Generated password (shown only now): ${server.firstAdmin.generatedPassword}`);
        }
      }
      const stop = async () => {
        await server.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
