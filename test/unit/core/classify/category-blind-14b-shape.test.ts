import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_14B } from '../../../vectors/classify/category-blind-14b.js';
describeCorpusShape('category-blind-14b', CATEGORY_BLIND_14B, { documents: 200, positives: 6, unlabelled: 0.35 });
