import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_8B } from '../../../vectors/classify/category-blind-8b.js';

describeCorpusShape('category-blind-8b', CATEGORY_BLIND_8B, { documents: 200, positives: 6, unlabelled: 0.35 });
