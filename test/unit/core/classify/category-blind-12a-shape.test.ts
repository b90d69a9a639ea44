import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_12A } from '../../../vectors/classify/category-blind-12a.js';
describeCorpusShape('category-blind-12a', CATEGORY_BLIND_12A, { documents: 280, positives: 10, unlabelled: 0.35 });
