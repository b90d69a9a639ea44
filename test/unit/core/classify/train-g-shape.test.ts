import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { TRAIN_G } from '../../../vectors/classify/train/train-g.js';

describeCorpusShape('train-g', TRAIN_G, { documents: 300, positives: 3, unlabelled: 0.4 });

describe('train-g health share', () => {
  it('has at least 120 health positives', () => {
    expect(TRAIN_G.filter((doc) => doc.labels.includes('health')).length).toBeGreaterThanOrEqual(120);
  });
});
