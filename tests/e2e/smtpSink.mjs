// A mail server for the end-to-end run whose app sends email (playwright.config.ts): it accepts
// every message and keeps nothing. The specs read what was sent from the app's outbox table.
import { SMTPServer } from 'smtp-server';

const port = Number(process.argv[2] ?? 3302);
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  onData(stream, _session, done) {
    stream.on('end', () => done());
    stream.resume();
  },
});
server.listen(port, '127.0.0.1');
