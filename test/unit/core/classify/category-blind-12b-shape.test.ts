import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_12B } from '../../../vectors/classify/category-blind-12b.js';
describeCorpusShape('category-blind-12b', CATEGORY_BLIND_12B, { documents: 200, positives: 6, unlabelled: 0.35 });
