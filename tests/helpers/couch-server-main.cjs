// A real CouchDB-protocol server for the sync tests: PouchDB Server's core (express-pouchdb) on
// LevelDB in a folder, on 127.0.0.1 and a free port, with CouchDB's `require_valid_user`
// behaviour (every request needs a valid Basic user:password, else 401). Run as its own process so
// a test can stop it, or kill it, in the middle of a sync.
//   node couch-server-main.cjs DATA_DIR USERS_JSON [PORT]   → prints {"origin":"http://127.0.0.1:PORT"}
const path = require('node:path');
const express = require('express');
const PouchDB = require('pouchdb-node');
const expressPouchDB = require('express-pouchdb');

const [dataDir, usersJson, port] = process.argv.slice(2);
const users = JSON.parse(usersJson || '{}');
const Pouch = PouchDB.defaults({ prefix: `${path.resolve(dataDir)}${path.sep}` });
const app = express();
app.use((req, res, next) => {
  if (!Object.keys(users).length) return next();
  const header = req.headers.authorization || '';
  const [scheme, encoded] = header.split(' ');
  if (scheme === 'Basic' && encoded) {
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    const at = decoded.indexOf(':');
    if (at > 0 && users[decoded.slice(0, at)] === decoded.slice(at + 1)) return next();
  }
  res.status(401).set('WWW-Authenticate', 'Basic realm="server"').json({ error: 'unauthorized', reason: 'Name or password is incorrect.' });
});
app.use('/', expressPouchDB(Pouch, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: path.join(dataDir, 'log.txt') }));
const server = app.listen(Number(port) || 0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ origin: `http://127.0.0.1:${server.address().port}` })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
