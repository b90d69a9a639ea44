import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { TRAIN_M } from '../../../vectors/classify/train/train-m.js';
describeCorpusShape('train-m', TRAIN_M, { documents: 280, positives: 10, unlabelled: 0.35 });
