import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_6A } from '../../../vectors/classify/category-blind-6a.js';

describeCorpusShape('category-blind-6a', CATEGORY_BLIND_6A, { documents: 240, positives: 8, unlabelled: 0.35 });
