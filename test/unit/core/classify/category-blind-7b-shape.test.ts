import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_7B } from '../../../vectors/classify/category-blind-7b.js';

describeCorpusShape('category-blind-7b', CATEGORY_BLIND_7B, { documents: 200, positives: 6, unlabelled: 0.35 });
