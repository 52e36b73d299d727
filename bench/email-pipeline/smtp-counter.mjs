// A minimal SMTP sink for the benchmark, in its own process so counting mail never competes with
// the code being measured for the event loop. It accepts everything (pooled, pipelined, no auth,
// no TLS), reads only the header block, and counts messages and distinct X-Asaka-Notification ids.
// Parent protocol (IPC): it sends { type: 'ready', port }, answers { type: 'stats' } with
// { type: 'stats', total, distinct, connections, firstAt, lastAt }, and { type: 'reset' } clears.
import { SMTPServer } from 'smtp-server';

let total = 0;
let connections = 0;
let firstAt = 0;
let lastAt = 0;
let ids = new Set();

function notificationId(raw) {
  const text = raw.toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  const match = /^x-asaka-notification:\s*(\S+)/im.exec(end === -1 ? text : text.slice(0, end));
  return match?.[1];
}

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  hideSTARTTLS: true,
  disableReverseLookup: true,
  logger: false,
  closeTimeout: 1000,
  onConnect(_session, callback) {
    connections += 1;
    callback();
  },
  onData(stream, _session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.once('end', () => {
      const id = notificationId(Buffer.concat(chunks));
      total += 1;
      lastAt = Date.now();
      if (!firstAt) firstAt = lastAt;
      if (id) ids.add(id);
      callback();
    });
  },
});
server.on('error', () => undefined);

server.listen(0, '127.0.0.1', () => process.send({ type: 'ready', port: server.server.address().port }));

process.on('message', (message) => {
  if (message?.type === 'stats') process.send({ type: 'stats', total, distinct: ids.size, connections, firstAt, lastAt });
  if (message?.type === 'reset') {
    total = 0;
    connections = 0;
    firstAt = 0;
    lastAt = 0;
    ids = new Set();
    process.send({ type: 'reset' });
  }
});
// The parent going away (even killed) closes the IPC channel: stop with it.
process.on('disconnect', () => server.close(() => process.exit(0)));
