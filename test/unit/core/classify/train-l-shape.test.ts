import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { TRAIN_L } from '../../../vectors/classify/train/train-l.js';
describeCorpusShape('train-l', TRAIN_L, { documents: 200, positives: 6, unlabelled: 0.35 });
