import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_13B } from '../../../vectors/classify/category-blind-13b.js';
describeCorpusShape('category-blind-13b', CATEGORY_BLIND_13B, { documents: 200, positives: 6, unlabelled: 0.35 });
