import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { TRAIN_F } from '../../../vectors/classify/train/train-f.js';

describeCorpusShape('training set F', TRAIN_F, { documents: 300, positives: 8, unlabelled: 0.35 });
