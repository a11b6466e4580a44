// Prints the N-Quads of a JSON-LD file with jsonld.js, refusing any network access.
'use strict';
const fs = require('fs');
const jsonld = require('jsonld');

const offline = async (url) => {
  throw new Error(`remote document requested offline: ${url}`);
};

(async () => {
  const doc = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const nquads = await jsonld.toRDF(doc, {format: 'application/n-quads', documentLoader: offline});
  if (!nquads) throw new Error('no quads');
  process.stdout.write(nquads);
})().catch((e) => {
  console.error(`FAIL: ${e.message}`);
  process.exit(1);
});
