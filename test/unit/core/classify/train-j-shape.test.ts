import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { TRAIN_J } from '../../../vectors/classify/train/train-j.js';

describeCorpusShape('train-j', TRAIN_J, { documents: 300, positives: 8, unlabelled: 0.3 });
