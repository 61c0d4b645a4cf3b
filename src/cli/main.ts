import { Command } from 'commander';
import { setHeapGrowth } from '../server/heap-growth';
import { registerDb } from './commands/db';
import { registerDedup } from './commands/dedup';
import { registerDemo } from './commands/demo';
import { registerJobs } from './commands/jobs';
import { registerMatch } from './commands/match';
import { registerReference } from './commands/reference';
import { registerServe } from './commands/serve';
import { registerUsers } from './commands/users';
import { registerWorkers } from './commands/workers';
import { failAndExit } from './run';

const program = new Command('homeward')
  .description('Homeward: the information system of the Migrant Worker Resource Centres')
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)');

registerServe(program);
registerDb(program);
registerUsers(program);
registerReference(program);
registerWorkers(program);
registerDedup(program);
registerDemo(program);
registerJobs(program);
registerMatch(program);

try {
  setHeapGrowth();
} catch (error) {
  failAndExit(error);
}
program.parseAsync(process.argv).catch(failAndExit);
