// Entry of `npm run analyze`: the process around `main` (see ./main.ts).
import { main } from './main.ts';

// npm runs scripts from the package root; paths on the command line are meant from where the user typed them.
const invokedFrom = process.env.INIT_CWD;
if (invokedFrom) {
  try {
    process.chdir(invokedFrom);
  } catch {
    // The folder is gone: paths then resolve from the package root, as npm left them.
  }
}

process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
