import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_7A } from '../../../vectors/classify/category-blind-7a.js';

describeCorpusShape('category-blind-7a', CATEGORY_BLIND_7A, { documents: 280, positives: 10, unlabelled: 0.35 });
