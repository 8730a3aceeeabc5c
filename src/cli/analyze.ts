// Entry of `npm run analyze`: the process around `main` (see ./main.ts).
import { main } from './main.ts';

process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
