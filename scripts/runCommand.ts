/**
 * Runs a command's `main` and exits with the code it returns; an error
 * thrown ends the command with its message alone and exit code 1 (a bad
 * input file is the user's to fix, not a stack trace to read).
 */
export function runCommand(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
