import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { TRAIN_N } from '../../../vectors/classify/train/train-n.js';
describeCorpusShape('train-n', TRAIN_N, { documents: 200, positives: 6, unlabelled: 0.35 });
