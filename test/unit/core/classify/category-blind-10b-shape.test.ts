import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_10B } from '../../../vectors/classify/category-blind-10b.js';
describeCorpusShape('category-blind-10b', CATEGORY_BLIND_10B, { documents: 200, positives: 6, unlabelled: 0.35 });
