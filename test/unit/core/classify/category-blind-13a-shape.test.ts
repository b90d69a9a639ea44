import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_13A } from '../../../vectors/classify/category-blind-13a.js';
describeCorpusShape('category-blind-13a', CATEGORY_BLIND_13A, { documents: 280, positives: 10, unlabelled: 0.35 });
