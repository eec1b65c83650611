// A minimal SMTP sink on 127.0.0.1 (plain SMTP, no TLS, no auth), enough for lettre: it keeps
// every message's recipients and raw text. `stop()` closes it (connections refused: "SMTP
// down"), `start()` listens again on the same port.

import { createServer } from 'node:net';

export function smtpSink() {
  const messages = [];
  const sockets = new Set();
  let server = null;
  let port = 0;

  const handle = (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let envelope = { to: [] };
    let data = '';
    const reply = (line) => socket.write(`${line}\r\n`);
    reply('220 local-cluster sink');
    socket.on('data', (chunk) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            messages.push({ to: envelope.to, text: data });
            envelope = { to: [] };
            data = '';
            reply('250 queued');
          } else {
            data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') reply('250-local-cluster\r\n250 8BITMIME');
        else if (verb === 'HELO') reply('250 local-cluster');
        else if (verb === 'MAIL') { envelope = { to: [] }; reply('250 ok'); }
        else if (verb === 'RCPT') {
          envelope.to.push(line.replace(/^RCPT TO:\s*<?([^>]*)>?.*$/i, '$1').toLowerCase());
          reply('250 ok');
        } else if (verb === 'DATA') { inData = true; reply('354 end with .'); }
        else if (verb === 'QUIT') { reply('221 bye'); socket.end(); }
        else if (verb === 'RSET') { envelope = { to: [] }; reply('250 ok'); }
        else reply('250 ok');
      }
    });
  };

  return {
    messages,
    get port() { return port; },
    async start() {
      server = createServer(handle);
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', resolve);
      });
      port = server.address().port;
    },
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
      server = null;
    },
    /** Messages to `address` so far. */
    to(address) {
      return messages.filter((message) => message.to.includes(address.toLowerCase()));
    },
  };
}
