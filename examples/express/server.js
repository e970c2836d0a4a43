// A small document store with optimistic concurrency: clients send the ETag they read in If-Match,
// and a PUT that races another writer is refused instead of silently overwriting it.
const express = require('express');
const crypto = require('crypto');

const app = express();
app.use(express.json({ limit: '100kb' }));

const PORT = Number(process.env.PORT) || 3000;
const SAVE_DEBOUNCE_MS = 500;
const documents = new Map();

const etagOf = (doc) => `"${crypto.createHash('sha1').update(JSON.stringify(doc)).digest('hex').slice(0, 12)}"`;

app.get('/documents/:id', (req, res) => {
  const doc = documents.get(req.params.id);
  if (!doc) {
    return res.status(404).json({ error: 'document not found' });
  }
  res.set('ETag', etagOf(doc)).json(doc);
});

app.post('/documents', (req, res) => {
  if (typeof req.body.title !== 'string') {
    return res.status(422).json({ error: 'title must be a string' });
  }
  const id = crypto.randomUUID();
  documents.set(id, { id, title: req.body.title, body: req.body.body ?? '' });
  res.status(201).location(`/documents/${id}`).json(documents.get(id));
});

app.put('/documents/:id', (req, res) => {
  const doc = documents.get(req.params.id);
  if (!doc) {
    return res.sendStatus(404);
  }
  if (!req.get('If-Match')) {
    return res.status(428).json({ error: 'send If-Match with the ETag you read' });
  }
  if (req.get('If-Match') !== etagOf(doc)) {
    return res.status(412).json({ error: 'the document changed since you read it' });
  }
  Object.assign(doc, req.body);
  scheduleSave();
  res.status(204).end();
});

app.delete('/documents/:id', (req, res) => {
  documents.delete(req.params.id);
  res.sendStatus(204);
});

// Not status codes: a timer, a retry count and a page size. None of these get a hover.
let saveTimer;
function scheduleSave() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => console.log(`saved ${documents.size} documents`), SAVE_DEBOUNCE_MS);
}
const CACHE_SECONDS = 300;
const pageSize = 200;
setTimeout(() => console.log('warm-up done'), 500);

app.use((err, req, res, _next) => {
  console.error(err);
  res.status(500).json({ error: 'internal error' });
});

app.listen(PORT, () => console.log(`listening on http://localhost:${PORT} (cache ${CACHE_SECONDS}s, page size ${pageSize})`));
