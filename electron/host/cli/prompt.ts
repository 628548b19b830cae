import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/**
 * Asks for a secret on the terminal without echoing it. Null when there is no terminal to ask on
 * (a script, CI): the caller then says which environment variable to set instead.
 */
export async function askSecret(question: string, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stderr): Promise<string | null> {
  if (!input.isTTY) return null;
  let muted = false;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      if (!muted) output.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input, output: sink, terminal: true });
  try {
    return await new Promise<string>((resolve) => {
      rl.question(question, (answer) => {
        output.write('\n');
        resolve(answer);
      });
      muted = true;
    });
  } finally {
    rl.close();
  }
}
