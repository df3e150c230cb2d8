import { describe, expect, it } from 'vitest';
import { createRequestModel } from '../../server/triggers/request-model';
import { trainRequestModel, type RequestExample } from '../../server/triggers/train-request-model';

const asks = ['can I talk to someone', 'talk to someone please', 'I want to talk to someone now', 'let me talk to someone about my order', 'could someone call me back', 'someone call me please'];
const not = ['what are your opening hours', 'do you deliver on sundays', 'how much is delivery', 'my order is late', 'where is my parcel', 'what sizes do you have', 'is the shop open today', 'thanks that helped'];
const examples: RequestExample[] = [...asks.map((text) => ({ text, asks: true })), ...not.map((text) => ({ text, asks: false }))];

describe('training the request model', () => {
  it('learns to tell requests from questions, and scores new sentences of each kind', () => {
    const model = createRequestModel(trainRequestModel(examples, 'toy', { minCount: 1, epochs: 30 }));
    expect(model.score('please can someone call me').score).toBeGreaterThan(0.6);
    expect(model.score('what are the delivery hours').score).toBeLessThan(0.4);
  });

  it('gives the same model for the same data, and records the fingerprint', () => {
    const a = trainRequestModel(examples, 'fp-1');
    expect(trainRequestModel(examples, 'fp-1')).toEqual(a);
    expect(a.fingerprint).toBe('fp-1');
  });

  it('keeps only features seen in at least minCount messages', () => {
    const weights = trainRequestModel(examples, 'toy', { minCount: 2 }).weights;
    expect(weights['w:someone']).toBeGreaterThan(0);
    expect(weights['w:parcel']).toBeUndefined();
    expect(trainRequestModel(examples, 'toy', { minCount: 1 }).weights['w:parcel']).toBeLessThan(0);
  });
});
