import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_4B } from '../../../vectors/classify/category-blind-4b.js';

describeCorpusShape('category-blind-4b', CATEGORY_BLIND_4B, { documents: 150, positives: 6, unlabelled: 0.35 });
