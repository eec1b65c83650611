// A real SMTP server in this process: the release server delivers its mail here, and the
// tests read it back parsed.

import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * Starts an SMTP server on 127.0.0.1 at a free port. No TLS, no auth required: the server
 * under test is configured with `smtp://127.0.0.1:<port>`.
 */
export async function startSmtp() {
  /** @type {import('mailparser').ParsedMail[]} */
  const messages = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    banner: 'ClusterKeep e2e',
    // Closing waits this long for open connections (the server under test is stopped first).
    closeTimeout: 2_000,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mail.envelopeTo = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
          messages.push(mail);
          callback();
        })
        .catch((error) => callback(error));
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => process.stderr.write(`e2e SMTP server: ${error.message}\n`));
  const { port } = server.server.address();

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,

    /** The first message to `address`, waiting up to `timeoutMs` for it to arrive. */
    async waitForMailTo(address, { timeoutMs = 20_000 } = {}) {
      const wanted = address.toLowerCase();
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.find((mail) => mail.envelopeTo.includes(wanted));
        if (found) return found;
        if (Date.now() > deadline) {
          const seen = messages.map((mail) => `${mail.envelopeTo.join(',')}: ${mail.subject}`).join('; ') || 'none';
          throw new Error(`no email to ${address} arrived within ${timeoutMs} ms (received: ${seen})`);
        }
        // Polling for mail is the one place a fixed pause is right.
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },

    async stop() {
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
