import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_9B } from '../../../vectors/classify/category-blind-9b.js';
describeCorpusShape('category-blind-9b', CATEGORY_BLIND_9B, { documents: 200, positives: 6, unlabelled: 0.35 });
