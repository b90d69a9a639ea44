import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { TRAIN_K } from '../../../vectors/classify/train/train-k.js';
describeCorpusShape('train-k', TRAIN_K, { documents: 280, positives: 10, unlabelled: 0.35 });
