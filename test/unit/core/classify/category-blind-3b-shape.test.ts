import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_3B } from '../../../vectors/classify/category-blind-3b.js';

describeCorpusShape('category-blind-3b', CATEGORY_BLIND_3B, { documents: 160, positives: 6, unlabelled: 0.35 });
