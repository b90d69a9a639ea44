import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_5A } from '../../../vectors/classify/category-blind-5a.js';

describeCorpusShape('category-blind-5a', CATEGORY_BLIND_5A, { documents: 200, positives: 8, unlabelled: 0.4 });
