import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { TRAIN_I } from '../../../vectors/classify/train/train-i.js';

describeCorpusShape('train-i', TRAIN_I, { documents: 200, positives: 5, unlabelled: 0.3 });
