import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { TRAIN_H } from '../../../vectors/classify/train/train-h.js';

describeCorpusShape('train-h', TRAIN_H, { documents: 300, positives: 10, unlabelled: 0.4 });
