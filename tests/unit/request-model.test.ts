import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequestModel } from '../../server/triggers/request-model';
import { trainingFingerprint } from '../../server/triggers/bench/corpus-files';
import { FEATURE_VERSION } from '../../server/triggers/request-features';

const committed = JSON.parse(readFileSync(new URL('../../server/triggers/request-model.json', import.meta.url), 'utf8'));

describe('request model', () => {
  it('scores a long message by its most request-like sentence, and keeps that sentence as evidence', () => {
    const model = createRequestModel({ featureVersion: FEATURE_VERSION, fingerprint: 'hand-made', bias: -2, weights: { 'w:human': 3, 'w:please': 1 } });
    const short = model.score('human please');
    const long = model.score('I ordered a sofa in May and it came with a broken leg. The photos are attached. Human please.');
    expect(short.score).toBeGreaterThan(0.5);
    expect(long.score).toBeCloseTo(short.score, 5);
    expect(long.phrase).toBe('Human please');
    expect(model.score('I ordered a sofa in May').score).toBeLessThan(0.2);
  });

  it('as committed, was trained on the current development files, word lists and features (else run npm run train:triggers)', () => {
    expect(committed.featureVersion).toBe(FEATURE_VERSION);
    expect(committed.fingerprint).toBe(trainingFingerprint());
    expect(Object.keys(committed.weights).length).toBeGreaterThan(1000);
  });
});
