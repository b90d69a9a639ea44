import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_3A } from '../../../vectors/classify/category-blind-3a.js';

describeCorpusShape('category-blind-3a', CATEGORY_BLIND_3A, { documents: 200, positives: 9, unlabelled: 0.4 });
