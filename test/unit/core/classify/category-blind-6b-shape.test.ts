import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_6B } from '../../../vectors/classify/category-blind-6b.js';

describeCorpusShape('category-blind-6b', CATEGORY_BLIND_6B, { documents: 170, positives: 6, unlabelled: 0.35 });
