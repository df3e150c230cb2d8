import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { requestExamples } from '../request-examples';
import { trainRequestModel } from '../train-request-model';
import { DEVELOPMENT, loadCorpus, trainingFingerprint } from './corpus-files';

/** `npm run train:triggers`: trains the request model on the development files (never the held-out ones) and writes request-model.json. */
const examples = requestExamples(DEVELOPMENT.flatMap(loadCorpus));
const model = trainRequestModel(examples, trainingFingerprint());
const out = fileURLToPath(new URL('../request-model.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(model)}\n`);
const asks = examples.filter((e) => e.asks).length;
console.log(`trained on ${examples.length} visitor messages (${asks} requests) from ${DEVELOPMENT.length} files: ${Object.keys(model.weights).length} weights, fingerprint ${model.fingerprint}`);
